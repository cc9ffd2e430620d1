import type { BlockDocument, BlockType, LessonDocument } from '@culture-d/catalog/contracts';
import { RESOURCE_MAX_BYTES, RESOURCE_MEDIA_TYPES, checkLinkUrl, checkVideoUrl, dataUriBytes, parseDataset } from '@culture-d/catalog/domain';

/**
 * The lesson editor's form logic, without Angular: blocks as the editor holds them (every optional text present,
 * as ''), back to the document format, and the checks the API would make (validate-parcours.ts), each naming the
 * field it concerns with a translation key, so that autosave sends only what the API accepts.
 */

/** One block in the editor; `uid` is stable while the page is open (the DOM ids and the drag and drop track it). */
export interface EditorBlock {
  readonly uid: number;
  readonly block: BlockDocument;
}

/** The lesson as the form holds it. */
export interface LessonForm {
  readonly title: string;
  /** As typed: checked and turned into a whole number on save. */
  readonly minutes: string;
  readonly blocks: readonly EditorBlock[];
}

/**
 * A problem with one field: `field` is `title`, `minutes` or `b<uid>-<block field>` (also the input's id after the
 * form's prefix); `key` is a translation key of the `lessonEditor` section. `blocking` problems stop the save (the API
 * would refuse the draft); the others only stop publishing (a video without transcript, a dataset that does not parse).
 */
export interface FieldIssue {
  readonly field: string;
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly blocking: boolean;
}

/** The document format's limits (libs/catalog/domain/src/lib/parcours.schema.ts). */
export const LIMITS = {
  title: 200,
  markdown: 20_000,
  transcript: 200_000,
  alt: 500,
  caption: 500,
  url: 2000,
  description: 2000,
  source: 1000,
  fileName: 200,
  key: 80,
  minutes: 10_000,
  /** Characters of an image's or a file's `src`/`file` (a base64 data: URI): about 11 MB of image. */
  dataUri: 15_000_000,
} as const;

/**
 * Block types in the order the "add a block" list offers them. The web imports only types from contracts: the record
 * makes the compiler list every type of `BlockType` here.
 */
const BLOCK_TYPE_SET: Readonly<Record<BlockType, true>> = { markdown: true, callout: true, image: true, video: true, resource: true, dataset: true, link: true };
export const EDITOR_BLOCK_TYPES = Object.keys(BLOCK_TYPE_SET) as readonly BlockType[];

/** Image types the document format accepts as data: URIs. */
export const IMAGE_MEDIA_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml', 'image/avif'];
export const IMAGE_MAX_BYTES = Math.floor((LIMITS.dataUri - 'data:image/svg+xml;base64,'.length) * 0.75);
export { RESOURCE_MAX_BYTES, RESOURCE_MEDIA_TYPES };

const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const RELATIVE_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
const IMAGE_DATA_URI = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml|avif);base64,[A-Za-z0-9+/]+={0,2}$/;
const ANY_DATA_URI = /^data:[a-z]+\/[a-zA-Z0-9.+-]+;base64,[A-Za-z0-9+/]+={0,2}$/;

/** A new, empty block of `type`; a dataset gets a key no other dataset of the parcours has. */
export function emptyBlock(type: BlockType, takenDatasetKeys: ReadonlySet<string> = new Set()): BlockDocument {
  switch (type) {
    case 'markdown':
      return { type, markdown: '' };
    case 'callout':
      return { type, variant: 'retenir', title: '', markdown: '' };
    case 'image':
      return { type, src: '', alt: '', decorative: false, caption: '', credit: '' };
    case 'video':
      return { type, url: '', title: '', transcript: '' };
    case 'resource':
      return { type, title: '', description: '', file: '', fileName: '', mediaType: '' };
    case 'dataset':
      return { type, key: freeKey('donnees', takenDatasetKeys), title: '', description: '', csv: '', source: '' };
    case 'link':
      return { type, url: '', title: '', description: '' };
  }
}

function freeKey(stem: string, taken: ReadonlySet<string>): string {
  let key = stem;
  for (let i = 2; taken.has(key); i++) key = `${stem}-${i}`;
  return key;
}

/** A block of the draft as the editor holds it: optional texts present (''), `decorative` a boolean. */
export function toEditorBlock(block: BlockDocument): BlockDocument {
  switch (block.type) {
    case 'callout':
      return { ...block, title: block.title ?? '' };
    case 'image':
      return { ...block, decorative: block.decorative === true, caption: block.caption ?? '', credit: block.credit ?? '' };
    case 'resource':
    case 'link':
      return { ...block, description: block.description ?? '' };
    case 'markdown':
    case 'video':
    case 'dataset':
      return { ...block };
  }
}

/** Back to the document format: empty optional texts left out, a decorative image with an empty alt. */
export function toDocumentBlock(block: BlockDocument): BlockDocument {
  const optional = (name: string, value: string | undefined) => (value && value.trim() !== '' ? { [name]: value } : {});
  switch (block.type) {
    case 'callout':
      return { type: 'callout', variant: block.variant, ...optional('title', block.title), markdown: block.markdown };
    case 'image':
      return {
        type: 'image',
        src: block.src,
        alt: block.decorative ? '' : block.alt,
        ...(block.decorative ? { decorative: true } : {}),
        ...optional('caption', block.caption),
        ...optional('credit', block.credit),
      };
    case 'resource':
      return { type: 'resource', title: block.title, ...optional('description', block.description), file: block.file, fileName: block.fileName, mediaType: block.mediaType };
    case 'link':
      return { type: 'link', url: block.url, title: block.title, ...optional('description', block.description) };
    case 'markdown':
    case 'video':
    case 'dataset':
      return { ...block };
  }
}

/** The lesson in the document format, ready for `PATCH /api/authoring/activities/:id`. */
export function toLessonDocument(key: string, form: LessonForm): LessonDocument {
  return { key, type: 'lesson', title: form.title.trim(), minutes: Number(form.minutes), blocks: form.blocks.map((b) => toDocumentBlock(b.block)) };
}

/**
 * Every problem of the lesson, in the order of the page. `otherDatasetKeys` are the dataset keys used elsewhere in
 * the parcours (a key is unique in the whole parcours: dataset questions refer to it).
 */
export function lessonIssues(form: LessonForm, otherDatasetKeys: ReadonlySet<string> = new Set()): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const title = form.title.trim();
  if (title === '') issues.push(required('title'));
  else if (title.length > LIMITS.title) issues.push(tooLong('title', LIMITS.title));
  const minutes = form.minutes.trim();
  if (minutes === '') issues.push(required('minutes'));
  else if (!/^\d+$/.test(minutes) || Number(minutes) > LIMITS.minutes)
    issues.push({ field: 'minutes', key: 'lessonEditor.issues.minutes', params: { max: LIMITS.minutes }, blocking: true });
  const seen = new Set(otherDatasetKeys);
  for (const { uid, block } of form.blocks) {
    issues.push(...blockIssues(block, `b${uid}-`, seen));
    if (block.type === 'dataset') seen.add(block.key);
  }
  return issues;
}

/** The problems of one block; `prefix` goes before each field name; `takenKeys` are the dataset keys used before it. */
export function blockIssues(block: BlockDocument, prefix = '', takenKeys: ReadonlySet<string> = new Set()): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const text = (field: string, value: string | undefined, max: number, isRequired: boolean) => {
    const trimmed = (value ?? '').trim();
    if (trimmed === '' && isRequired) issues.push(required(prefix + field));
    else if ((value ?? '').length > max) issues.push(tooLong(prefix + field, max));
  };
  switch (block.type) {
    case 'markdown':
      text('markdown', block.markdown, LIMITS.markdown, true);
      break;
    case 'callout':
      text('title', block.title, LIMITS.title, false);
      text('markdown', block.markdown, LIMITS.markdown, true);
      break;
    case 'image':
      if (block.src === '') issues.push({ field: `${prefix}src`, key: 'lessonEditor.issues.imageMissing', blocking: true });
      else if (!IMAGE_DATA_URI.test(block.src) && !RELATIVE_PATH.test(block.src)) issues.push({ field: `${prefix}src`, key: 'lessonEditor.issues.imageType', blocking: true });
      else if (block.src.length > LIMITS.dataUri)
        issues.push({ field: `${prefix}src`, key: 'lessonEditor.issues.imageTooLarge', params: { max: megabytes(IMAGE_MAX_BYTES) }, blocking: true });
      if (!block.decorative) {
        if (block.alt.trim() === '') issues.push({ field: `${prefix}alt`, key: 'lessonEditor.issues.altMissing', blocking: true });
        else if (block.alt.length > LIMITS.alt) issues.push(tooLong(`${prefix}alt`, LIMITS.alt));
      }
      text('caption', block.caption, LIMITS.caption, false);
      text('credit', block.credit, LIMITS.caption, false);
      break;
    case 'video':
      if (block.url.trim() === '') issues.push(required(`${prefix}url`));
      else if (checkVideoUrl(block.url) !== null) issues.push({ field: `${prefix}url`, key: 'lessonEditor.issues.videoHost', blocking: true });
      text('title', block.title, LIMITS.title, true);
      if (block.transcript.trim() === '') issues.push({ field: `${prefix}transcript`, key: 'lessonEditor.issues.transcriptMissing', blocking: false });
      else if (block.transcript.length > LIMITS.transcript) issues.push(tooLong(`${prefix}transcript`, LIMITS.transcript));
      break;
    case 'resource':
      text('title', block.title, LIMITS.title, true);
      text('description', block.description, LIMITS.description, false);
      if (block.file === '') issues.push({ field: `${prefix}file`, key: 'lessonEditor.issues.fileMissing', blocking: true });
      else if (!RELATIVE_PATH.test(block.file) && !ANY_DATA_URI.test(block.file)) issues.push({ field: `${prefix}file`, key: 'lessonEditor.issues.fileInvalid', blocking: true });
      else if (!RESOURCE_MEDIA_TYPES.includes(block.mediaType)) issues.push({ field: `${prefix}file`, key: 'lessonEditor.issues.fileType', blocking: true });
      else if (ANY_DATA_URI.test(block.file) && dataUriBytes(block.file) > RESOURCE_MAX_BYTES) {
        issues.push({ field: `${prefix}file`, key: 'lessonEditor.issues.fileTooLarge', params: { max: megabytes(RESOURCE_MAX_BYTES) }, blocking: true });
      }
      break;
    case 'dataset':
      if (block.key === '') issues.push(required(`${prefix}key`));
      else if (!KEY_PATTERN.test(block.key) || block.key.length > LIMITS.key) issues.push({ field: `${prefix}key`, key: 'lessonEditor.issues.key', blocking: true });
      else if (takenKeys.has(block.key)) issues.push({ field: `${prefix}key`, key: 'lessonEditor.issues.keyTaken', params: { key: block.key }, blocking: true });
      text('title', block.title, LIMITS.title, true);
      text('description', block.description, LIMITS.description, false);
      if (block.csv.trim() === '') issues.push({ field: `${prefix}csv`, key: 'lessonEditor.issues.csvMissing', blocking: true });
      else if (!RELATIVE_PATH.test(block.csv.trim()) && !parseDataset(block.csv).ok) issues.push({ field: `${prefix}csv`, key: 'lessonEditor.issues.csvInvalid', blocking: false });
      text('source', block.source, LIMITS.source, true);
      break;
    case 'link':
      if (block.url.trim() === '') issues.push(required(`${prefix}url`));
      else if (checkLinkUrl(block.url) !== null) issues.push({ field: `${prefix}url`, key: 'lessonEditor.issues.linkUrl', blocking: true });
      else if (block.url.length > LIMITS.url) issues.push(tooLong(`${prefix}url`, LIMITS.url));
      text('title', block.title, LIMITS.title, true);
      text('description', block.description, LIMITS.description, false);
      break;
  }
  return issues;
}

function required(field: string): FieldIssue {
  return { field, key: 'lessonEditor.issues.required', blocking: true };
}

function tooLong(field: string, max: number): FieldIssue {
  return { field, key: 'lessonEditor.issues.tooLong', params: { max }, blocking: true };
}

function megabytes(bytes: number): number {
  return Math.floor(bytes / 1_048_576);
}

/**
 * The editor's field for an API error path (a JSON Pointer into the whole document, DOCUMENT_INVALID): `title`,
 * `minutes`, or `b<uid>-<field>` for a block of this lesson; `null` when the path is elsewhere in the parcours.
 */
export function fieldOfPointer(pointer: string, lessonPath: string, blocks: readonly EditorBlock[]): string | null {
  if (!pointer.startsWith(`${lessonPath}/`)) return null;
  const [first, second, third] = pointer.slice(lessonPath.length + 1).split('/');
  if (first === 'title' || first === 'minutes') return first;
  if (first !== 'blocks' || second === undefined) return null;
  const block = blocks[Number(second)];
  if (!block) return null;
  return `b${block.uid}-${third && third !== 'type' ? third : firstField(block.block)}`;
}

/** The first field of a block's form (where a problem with the block as a whole takes the focus). */
export function firstField(block: BlockDocument): string {
  switch (block.type) {
    case 'markdown':
      return 'markdown';
    case 'callout':
      return 'variant';
    case 'image':
      return 'src';
    case 'video':
    case 'link':
      return 'url';
    case 'resource':
      return 'file';
    case 'dataset':
      return 'title';
  }
}

/** `/parcours/modules/<m>/activities/<a>` of the activity with `key`, or null. */
export function activityPath(modules: readonly { activities: readonly { key: string }[] }[], key: string): string | null {
  for (const [m, module] of modules.entries()) {
    const a = module.activities.findIndex((activity) => activity.key === key);
    if (a >= 0) return `/parcours/modules/${m}/activities/${a}`;
  }
  return null;
}
