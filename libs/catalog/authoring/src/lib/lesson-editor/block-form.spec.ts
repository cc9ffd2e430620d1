import { BLOCK_TYPES, type BlockDocument } from '@culture-d/catalog/contracts';
import {
  EDITOR_BLOCK_TYPES,
  type EditorBlock,
  activityPath,
  blockIssues,
  emptyBlock,
  fieldOfPointer,
  lessonIssues,
  toDocumentBlock,
  toEditorBlock,
  toLessonDocument,
} from './block-form';
import { previewBlocks } from './preview';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
const blocking = (block: BlockDocument, taken?: Set<string>) =>
  blockIssues(block, '', taken)
    .filter((i) => i.blocking)
    .map((i) => `${i.field}:${i.key.split('.').pop()}`);

describe('lesson editor blocks', () => {
  it('offers every block type of the document format', () => {
    expect(EDITOR_BLOCK_TYPES).toEqual(BLOCK_TYPES);
  });

  it('starts every block type empty, and an empty block is never saved (every type has a required field)', () => {
    for (const type of BLOCK_TYPES) {
      const block = emptyBlock(type);
      expect(block.type).toBe(type);
      expect(blocking(block).length).toBeGreaterThan(0);
    }
  });

  it('gives a new dataset a key no other dataset of the parcours has', () => {
    expect(emptyBlock('dataset', new Set(['donnees', 'donnees-2']))).toMatchObject({ key: 'donnees-3' });
  });

  it('wants an alt text for an image, unless it is decorative', () => {
    const image: BlockDocument = { type: 'image', src: PNG, alt: '  ', decorative: false, caption: '', credit: '' };
    expect(blocking(image)).toEqual(['alt:altMissing']);
    expect(blocking({ ...image, decorative: true })).toEqual([]);
    expect(blocking({ ...image, alt: 'Un graphique en barres du budget 2024' })).toEqual([]);
  });

  it('accepts only the image types of the document format, as data: URIs', () => {
    const image = (src: string): BlockDocument => ({ type: 'image', src, alt: 'x', decorative: false, caption: '', credit: '' });
    expect(blocking(image(''))).toEqual(['src:imageMissing']);
    expect(blocking(image('data:image/bmp;base64,Qk0='))).toEqual(['src:imageType']);
    expect(blocking(image('data:image/svg+xml;base64,PHN2Zy8+'))).toEqual([]);
  });

  it('refuses a video outside the allowed PeerTube hosts, and only warns about a missing transcript', () => {
    const video: BlockDocument = { type: 'video', url: 'https://www.youtube.com/watch?v=x', title: 'Les données', transcript: '' };
    expect(blocking(video)).toEqual(['url:videoHost']);
    const ok = { ...video, url: 'https://framatube.org/w/abc' };
    expect(blocking(ok)).toEqual([]);
    expect(blockIssues(ok).map((i) => `${i.field}:${i.key.split('.').pop()}:${i.blocking}`)).toEqual(['transcript:transcriptMissing:false']);
  });

  it('refuses files the document format refuses: HTML, over 5 MB', () => {
    const resource = (file: string, mediaType: string): BlockDocument => ({ type: 'resource', title: 'Fiche', description: '', file, fileName: 'fiche.pdf', mediaType });
    expect(blocking(resource('data:application/pdf;base64,JVBERi0=', 'application/pdf'))).toEqual([]);
    expect(blocking(resource('data:text/html;base64,PGI+', 'text/html'))).toEqual(['file:fileType']);
    const big = `data:application/pdf;base64,${'A'.repeat(7_000_000)}`;
    expect(blocking(resource(big, 'application/pdf'))).toEqual(['file:fileTooLarge']);
  });

  it('wants a dataset key in kebab-case, unique in the parcours, and data', () => {
    const dataset: BlockDocument = { type: 'dataset', key: 'Budget 2024', title: 'Budget', description: '', csv: '', source: 'Fictif' };
    expect(blocking(dataset)).toEqual(['key:key', 'csv:csvMissing']);
    expect(blocking({ ...dataset, key: 'budget', csv: 'a\n1\n' }, new Set(['budget']))).toEqual(['key:keyTaken']);
    expect(blocking({ ...dataset, key: 'budget', csv: 'a\n1\n' })).toEqual([]);
  });

  it('refuses links that are not absolute http(s) addresses', () => {
    const link = (url: string): BlockDocument => ({ type: 'link', url, title: 'Portail', description: '' });
    expect(blocking(link('javascript:alert(1)'))).toEqual(['url:linkUrl']);
    expect(blocking(link('www.data.gouv.fr'))).toEqual(['url:linkUrl']);
    expect(blocking(link('https://www.data.gouv.fr/'))).toEqual([]);
  });

  it('checks the lesson title, minutes, and dataset keys across the lesson, each field named with its block', () => {
    const blocks: EditorBlock[] = [
      { uid: 4, block: { type: 'dataset', key: 'budget', title: 'A', description: '', csv: 'a\n1\n', source: 'Fictif' } },
      { uid: 9, block: { type: 'dataset', key: 'budget', title: 'B', description: '', csv: 'a\n1\n', source: 'Fictif' } },
    ];
    const issues = lessonIssues({ title: ' ', minutes: '1,5', blocks });
    expect(issues.map((i) => `${i.field}:${i.key.split('.').pop()}`)).toEqual(['title:required', 'minutes:minutes', 'b9-key:keyTaken']);
  });

  it('writes the document format: optional texts left out when empty, a decorative image with an empty alt', () => {
    const image: BlockDocument = { type: 'image', src: PNG, alt: 'oublié', decorative: true, caption: '', credit: 'Culture D' };
    expect(toDocumentBlock(image)).toEqual({ type: 'image', src: PNG, alt: '', decorative: true, credit: 'Culture D' });
    expect(toDocumentBlock({ type: 'callout', variant: 'exemple', title: '', markdown: 'Texte' })).toEqual({ type: 'callout', variant: 'exemple', markdown: 'Texte' });
    const lesson = toLessonDocument('lecon-1', { title: ' Lire un tableau ', minutes: '12', blocks: [{ uid: 1, block: { type: 'markdown', markdown: 'Bonjour' } }] });
    expect(lesson).toEqual({ key: 'lecon-1', type: 'lesson', title: 'Lire un tableau', minutes: 12, blocks: [{ type: 'markdown', markdown: 'Bonjour' }] });
  });

  it('round-trips a saved block through the editor unchanged', () => {
    const saved: BlockDocument[] = [
      { type: 'callout', variant: 'attention', title: 'Prudence', markdown: 'x' },
      { type: 'image', src: PNG, alt: 'Carte', caption: 'Une carte' },
      { type: 'link', url: 'https://example.fr', title: 'Exemple' },
    ];
    expect(saved.map((b) => toDocumentBlock(toEditorBlock(b)))).toEqual(saved);
  });

  it('finds the field of an API error path inside this lesson, and nothing for another place', () => {
    const blocks: EditorBlock[] = [
      { uid: 7, block: { type: 'markdown', markdown: 'x' } },
      { uid: 8, block: emptyBlock('image') },
    ];
    const path = activityPath([{ activities: [{ key: 'intro' }] }, { activities: [{ key: 'quiz' }, { key: 'lecon' }] }], 'lecon');
    expect(path).toBe('/parcours/modules/1/activities/1');
    expect(fieldOfPointer('/parcours/modules/1/activities/1/blocks/1/alt', path ?? '', blocks)).toBe('b8-alt');
    expect(fieldOfPointer('/parcours/modules/1/activities/1/blocks/0', path ?? '', blocks)).toBe('b7-markdown');
    expect(fieldOfPointer('/parcours/modules/1/activities/1/title', path ?? '', blocks)).toBe('title');
    expect(fieldOfPointer('/parcours/modules/1/activities/10/title', path ?? '', blocks)).toBeNull();
    expect(fieldOfPointer('/parcours/slug', path ?? '', blocks)).toBeNull();
  });
});

describe('lesson preview', () => {
  it('renders Markdown the way the server does: raw HTML shown as text, unsafe links dropped', () => {
    const [markdown] = previewBlocks([{ type: 'markdown', markdown: '# Titre\n\n<script>alert(1)</script> [lien](javascript:alert(1)) [sûr](https://data.gouv.fr)' }]);
    expect(markdown).toEqual({
      type: 'markdown',
      html: '<h2>Titre</h2>\n<p>&lt;script&gt;alert(1)&lt;/script&gt; [lien](javascript:alert(1)) <a href="https://data.gouv.fr" rel="noopener noreferrer">sûr</a></p>\n',
    });
  });

  it('shows a dataset as the learner table, and leaves out what cannot be shown yet', () => {
    const preview = previewBlocks([
      { type: 'dataset', key: 'ds', title: 'Quartiers', description: '', csv: 'nom,habitants\nCentre,1200\n', source: 'Fictif' },
      { type: 'dataset', key: 'bad', title: 'Cassé', description: '', csv: 'a,b\n1\n', source: 'Fictif' },
      emptyBlock('image'),
      emptyBlock('link'),
    ]);
    expect(preview).toHaveLength(1);
    expect(preview[0]).toMatchObject({
      type: 'dataset',
      columns: [
        { name: 'nom', type: 'text' },
        { name: 'habitants', type: 'integer' },
      ],
      rows: [['Centre', 1200]],
    });
  });
});
