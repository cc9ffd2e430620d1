import type { ActivityDocument, BlockDocument, ParcoursDocument, RenderedBlock } from '@culture-d/catalog/contracts';
import { parseDataset, renderMarkdown } from '@culture-d/catalog/domain';
import { randomUUID } from 'node:crypto';

export interface MaterialisedModule {
  id: string;
  key: string;
  slug: string;
  title: string;
  summary: string;
  position: number;
  minutes: number;
  objectives: string[];
  competencies: string[];
  prerequisites: string[];
}

export interface MaterialisedActivity {
  id: string;
  moduleId: string;
  key: string;
  type: ActivityDocument['type'];
  title: string;
  position: number;
  minutes: number;
  content: Record<string, unknown>;
}

/** Size in bytes of a `data:` URI's payload. */
function dataUriSize(uri: string): number {
  const comma = uri.indexOf(',');
  const payload = uri.slice(comma + 1);
  return uri.slice(0, comma).endsWith(';base64') ? Math.floor((payload.length * 3) / 4) - (payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0) : decodeURIComponent(payload).length;
}

function renderBlock(block: BlockDocument, activityId: string, index: number): RenderedBlock {
  switch (block.type) {
    case 'markdown':
      return { type: 'markdown', html: renderMarkdown(block.markdown) };
    case 'callout':
      return { type: 'callout', variant: block.variant, ...(block.title ? { title: block.title } : {}), html: renderMarkdown(block.markdown) };
    case 'image':
      return { type: 'image', src: block.src, alt: block.decorative ? '' : block.alt, decorative: Boolean(block.decorative), ...(block.caption ? { caption: block.caption } : {}), ...(block.credit ? { credit: block.credit } : {}) };
    case 'video':
      return { type: 'video', url: block.url, title: block.title, transcriptHtml: renderMarkdown(block.transcript) };
    case 'resource':
      return {
        type: 'resource',
        title: block.title,
        ...(block.description ? { description: block.description } : {}),
        fileName: block.fileName,
        mediaType: block.mediaType,
        sizeBytes: dataUriSize(block.file),
        href: `/api/activities/${activityId}/resources/${index}`,
      };
    case 'dataset': {
      const parsed = parseDataset(block.csv);
      if (!parsed.ok) throw new Error(`dataset ${block.key} does not parse`);
      return { type: 'dataset', key: block.key, title: block.title, description: block.description, source: block.source, columns: parsed.columns, rows: parsed.rows, csvHref: `/api/activities/${activityId}/datasets/${block.key}.csv` };
    }
    case 'link':
      return { type: 'link', url: block.url, title: block.title, ...(block.description ? { description: block.description } : {}) };
  }
}

function activityContent(activity: ActivityDocument, id: string): Record<string, unknown> {
  switch (activity.type) {
    case 'lesson':
      return { blocks: activity.blocks.map((block, index) => renderBlock(block, id, index)) };
    case 'quiz':
      // Settings and a count only: questions and answers stay in the version's document (quiz domain).
      return {
        settings: activity.settings,
        questionCount: activity.questions.length + (activity.draw ?? []).reduce((total, rule) => total + rule.count, 0),
        diagnostic: Boolean(activity.diagnostic),
      };
    case 'workshop':
      return { role: activity.role, workshops: activity.workshops, instructionsHtml: renderMarkdown(activity.instructions) };
  }
}

/** Turns a valid, publishable document into the rows of a version: rendered once, served many times. */
export function materialise(document: ParcoursDocument): { modules: MaterialisedModule[]; activities: MaterialisedActivity[]; searchText: string } {
  const modules: MaterialisedModule[] = [];
  const activities: MaterialisedActivity[] = [];
  document.parcours.modules.forEach((module, position) => {
    const moduleId = randomUUID();
    modules.push({ id: moduleId, key: module.key, slug: module.slug, title: module.title, summary: module.summary, position, minutes: module.minutes, objectives: module.objectives, competencies: module.competencies, prerequisites: module.prerequisites });
    module.activities.forEach((activity, activityPosition) => {
      const id = randomUUID();
      activities.push({ id, moduleId, key: activity.key, type: activity.type, title: activity.title, position: activityPosition, minutes: activity.minutes, content: activityContent(activity, id) });
    });
  });
  const p = document.parcours;
  const searchText = [p.title, p.summary, ...p.objectives, ...p.modules.map((m) => `${m.title} ${m.summary}`)].join(' \n');
  return { modules, activities, searchText };
}

/** Human-readable differences between two versions, for the history. */
export function describeChanges(previous: ParcoursDocument | undefined, next: ParcoursDocument): string[] {
  if (!previous) return ['Première version publiée'];
  const changes: string[] = [];
  const before = new Map(previous.parcours.modules.map((m) => [m.key, m]));
  const after = new Map(next.parcours.modules.map((m) => [m.key, m]));
  for (const [key, module] of after) {
    const old = before.get(key);
    if (!old) {
      changes.push(`Module ajouté : ${module.title}`);
      continue;
    }
    if (old.title !== module.title) changes.push(`Module renommé : ${old.title} → ${module.title}`);
    const oldActivities = new Map(old.activities.map((a) => [a.key, a]));
    for (const activity of module.activities) {
      const was = oldActivities.get(activity.key);
      if (!was) changes.push(`Étape ajoutée dans « ${module.title} » : ${activity.title}`);
      else if (JSON.stringify(was) !== JSON.stringify(activity)) changes.push(`Étape modifiée dans « ${module.title} » : ${activity.title}`);
    }
    for (const activity of old.activities) if (!module.activities.some((a) => a.key === activity.key)) changes.push(`Étape retirée de « ${module.title} » : ${activity.title}`);
  }
  for (const [key, module] of before) if (!after.has(key)) changes.push(`Module retiré : ${module.title}`);
  const { modules: _a, ...meta } = next.parcours;
  const { modules: _b, ...oldMeta } = previous.parcours;
  if (JSON.stringify(meta) !== JSON.stringify(oldMeta)) changes.push('Présentation du parcours modifiée');
  if (previous.parcours.modules.map((m) => m.key).join() !== next.parcours.modules.map((m) => m.key).join() && !changes.some((c) => c.startsWith('Module'))) changes.push('Modules réordonnés');
  return changes.length ? changes : ['Aucun changement de contenu'];
}
