import type { ImageRef, ParcoursDocument } from '@culture-d/catalog/contracts';
import { parseDataset } from './dataset';

export const PUBLISH_ISSUE_CODES = [
  'PARCOURS_EMPTY',
  'MODULE_EMPTY',
  'LESSON_EMPTY',
  'QUIZ_EMPTY',
  'WORKSHOP_STEP_EMPTY',
  'ALT_MISSING',
  'TRANSCRIPT_MISSING',
  'DATASET_INVALID',
  'DATASET_UNRESOLVED',
] as const;
export type PublishIssueCode = (typeof PUBLISH_ISSUE_CODES)[number];

export interface PublishIssue {
  /** JSON Pointer into the document. */
  path: string;
  message: string;
  code: PublishIssueCode;
}

export interface PublishOptions {
  /**
   * Reads a file the document refers to by a relative path (`datasets/budget.csv` in `content/`). Returns
   * `undefined` when there is no such file. Without it, a dataset given by path cannot be checked and is reported
   * as `DATASET_UNRESOLVED`; the domain does no I/O itself.
   */
  readFile?: (relativePath: string) => string | undefined;
}

/** In `content/`, a dataset block's `csv` is a relative path; in an export it is the CSV text itself. */
const CSV_PATH = /^(?!\/)[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*\.csv$/i;

/**
 * What stops a valid document (see validateParcoursDocument) from being published: empty parcours, modules,
 * lessons, quizzes or workshop steps, images without an alt text, videos without a transcript, datasets that do not
 * parse. An empty list means publishable. Codes are stable; messages are for authors.
 */
export function checkPublishable(document: ParcoursDocument, options: PublishOptions = {}): PublishIssue[] {
  const issues: PublishIssue[] = [];
  const add = (path: string, code: PublishIssueCode, message: string) => issues.push({ path, message, code });
  const parcours = document.parcours;

  if (parcours.modules.length === 0) add('/parcours/modules', 'PARCOURS_EMPTY', 'a parcours needs at least one module');
  if (parcours.cover) checkAlt(parcours.cover, '/parcours/cover', add);

  parcours.modules.forEach((module, m) => {
    const modulePath = `/parcours/modules/${m}`;
    if (module.activities.length === 0) add(`${modulePath}/activities`, 'MODULE_EMPTY', `module "${module.title}" has no activity`);
    module.activities.forEach((activity, a) => {
      const activityPath = `${modulePath}/activities/${a}`;
      switch (activity.type) {
        case 'lesson':
          if (activity.blocks.length === 0) add(`${activityPath}/blocks`, 'LESSON_EMPTY', `lesson "${activity.title}" has no content block`);
          activity.blocks.forEach((block, b) => {
            const blockPath = `${activityPath}/blocks/${b}`;
            if (block.type === 'image') checkAlt(block, blockPath, add);
            if (block.type === 'video' && block.transcript.trim() === '') {
              add(`${blockPath}/transcript`, 'TRANSCRIPT_MISSING', `video "${block.title}" needs a transcript`);
            }
            if (block.type === 'dataset') checkDataset(block.csv, `${blockPath}/csv`, options, add);
          });
          break;
        case 'quiz':
          if (activity.questions.length === 0 && !activity.draw?.length) add(`${activityPath}/questions`, 'QUIZ_EMPTY', `quiz "${activity.title}" has no question`);
          break;
        case 'workshop':
          if (activity.workshops.length === 0) {
            add(`${activityPath}/workshops`, 'WORKSHOP_STEP_EMPTY', `workshop step "${activity.title}" points to no workshop`);
          }
          break;
      }
    });
  });
  return issues;
}

function checkAlt(image: ImageRef, path: string, add: (path: string, code: PublishIssueCode, message: string) => void): void {
  if (image.decorative !== true && (image.alt ?? '').trim() === '') {
    add(`${path}/alt`, 'ALT_MISSING', 'the image needs a text alternative (or decorative: true)');
  }
}

function checkDataset(
  csv: string,
  path: string,
  options: PublishOptions,
  add: (path: string, code: PublishIssueCode, message: string) => void,
): void {
  let text = csv;
  if (CSV_PATH.test(csv.trim())) {
    const file = options.readFile?.(csv.trim());
    if (file === undefined) {
      add(path, 'DATASET_UNRESOLVED', options.readFile ? `file ${csv.trim()} not found` : `file ${csv.trim()} was not read, so it cannot be checked`);
      return;
    }
    text = file;
  }
  const parsed = parseDataset(text);
  if (!parsed.ok) {
    for (const error of parsed.errors) {
      add(path, 'DATASET_INVALID', error.line === null ? error.message : `line ${error.line}: ${error.message}`);
    }
  }
}
