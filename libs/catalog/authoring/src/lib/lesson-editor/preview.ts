import type { BlockDocument, RenderedBlock } from '@culture-d/catalog/contracts';
import { type ParsedDataset, dataUriBytes, parseDataset, renderMarkdown } from '@culture-d/catalog/domain';

/**
 * The lesson's blocks as the learner page receives them (materialise.ts on the server), rendered in the browser with
 * the same functions: Markdown through markdown-it without raw HTML, then the sanitize-html allow-list. A block not
 * complete enough to show (an image not chosen yet, a dataset that does not parse) is left out of the preview.
 */
export function previewBlocks(blocks: readonly BlockDocument[]): RenderedBlock[] {
  return blocks.flatMap((block): RenderedBlock[] => {
    switch (block.type) {
      case 'markdown':
        return [{ type: 'markdown', html: renderMarkdown(block.markdown) }];
      case 'callout':
        return [{ type: 'callout', variant: block.variant, ...(block.title ? { title: block.title } : {}), html: renderMarkdown(block.markdown) }];
      case 'image':
        if (!block.src.startsWith('data:image/')) return [];
        return [
          {
            type: 'image',
            src: block.src,
            alt: block.decorative ? '' : block.alt,
            decorative: Boolean(block.decorative),
            ...(block.caption ? { caption: block.caption } : {}),
            ...(block.credit ? { credit: block.credit } : {}),
          },
        ];
      case 'video':
        if (block.url.trim() === '') return [];
        return [{ type: 'video', url: block.url, title: block.title, transcriptHtml: renderMarkdown(block.transcript) }];
      case 'resource':
        if (!block.file.startsWith('data:')) return [];
        return [
          {
            type: 'resource',
            title: block.title,
            ...(block.description ? { description: block.description } : {}),
            fileName: block.fileName,
            mediaType: block.mediaType,
            sizeBytes: dataUriBytes(block.file),
            href: block.file,
          },
        ];
      case 'dataset': {
        const parsed = parsedOnce(block.csv);
        if (!parsed) return [];
        const csvHref = `data:text/csv;charset=utf-8,${encodeURIComponent(block.csv)}`;
        return [{ type: 'dataset', key: block.key, title: block.title, description: block.description, source: block.source, columns: parsed.columns, rows: parsed.rows, csvHref }];
      }
      case 'link':
        if (block.url.trim() === '') return [];
        return [{ type: 'link', url: block.url, title: block.title, ...(block.description ? { description: block.description } : {}) }];
    }
  });
}

/** The preview is rebuilt at every key stroke: a CSV of up to 1 MB is parsed once, not at each letter typed elsewhere. */
const parsedCsv = new Map<string, ParsedDataset | null>();

function parsedOnce(csv: string): ParsedDataset | null {
  const known = parsedCsv.get(csv);
  if (known !== undefined) return known;
  const result = parseDataset(csv);
  const parsed = result.ok ? result : null;
  if (parsedCsv.size >= 8) parsedCsv.delete(parsedCsv.keys().next().value as string);
  parsedCsv.set(csv, parsed);
  return parsed;
}
