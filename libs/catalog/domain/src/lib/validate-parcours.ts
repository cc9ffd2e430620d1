import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { BlockDocument, ImageRef, ParcoursDocument } from '@culture-d/catalog/contracts';
import type { ClozeBlank, NumericAnswer, QuestionDocument } from '@culture-d/quiz/contracts';
import { PARCOURS_DOCUMENT_SCHEMA, QUESTION_SCHEMA } from './parcours.schema';
import { findPrerequisiteCycle, formatCycle } from './prerequisites';
import { isSlug } from './slugify';
import { checkLinkUrl, checkVideoUrl } from './video-hosts';

/** Where (a JSON Pointer into the document, `/parcours/modules/2/activities/0/blocks/3/alt`) and what. */
export interface DocumentIssue {
  path: string;
  message: string;
}

export type ParcoursValidation = { ok: true; document: ParcoursDocument } | { ok: false; errors: DocumentIssue[] };

/** Keys (modules, activities, questions, datasets): kebab-case, like slugs. */
const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** `images/cycle.svg`, `datasets/budget.csv`: relative, inside the parcours folder. */
const RELATIVE_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
const IMAGE_DATA_URI = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml|avif);base64,[A-Za-z0-9+/]+={0,2}$/;
const ANY_DATA_URI = /^data:[a-z]+\/[a-zA-Z0-9.+-]+;base64,[A-Za-z0-9+/]+={0,2}$/;
const CLOZE_PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

let compiled: ValidateFunction<ParcoursDocument> | undefined;

/** Compiled once, on first use (Ajv generates code; see ADR 0009). Strict, except for `required` inside `if`/`not`. */
function schemaValidator(): ValidateFunction<ParcoursDocument> {
  compiled ??= new Ajv({ allErrors: true, discriminator: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile<ParcoursDocument>(
    PARCOURS_DOCUMENT_SCHEMA,
  );
  return compiled;
}

/**
 * Validates a parcours document (`culture-d/parcours@1`): its shape against the JSON Schema (every error at once),
 * then — only when the shape is right — the rules that span the document. Errors are sorted by path, then message.
 */
export function validateParcoursDocument(input: unknown): ParcoursValidation {
  const validate = schemaValidator();
  if (!validate(input)) {
    const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'if').map(schemaIssue);
    // A missing discriminator (`type`, `kind`) is also reported as "must be a string": keep "is required" only.
    const missing = new Set(errors.filter((issue) => issue.message === 'is required').map((issue) => issue.path));
    return { ok: false, errors: sortIssues(dedupe(errors.filter((issue) => issue.message === 'is required' || !missing.has(issue.path)))) };
  }
  const errors = semanticIssues(input);
  return errors.length === 0 ? { ok: true, document: input } : { ok: false, errors: sortIssues(errors) };
}

function schemaIssue(error: ErrorObject): DocumentIssue {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: `${error.instancePath}/${escapePointer(String(params['missingProperty']))}`, message: 'is required' };
    case 'additionalProperties':
      return { path: `${error.instancePath}/${escapePointer(String(params['additionalProperty']))}`, message: 'is not allowed here' };
    case 'enum':
      return { path: error.instancePath, message: `must be one of: ${(params['allowedValues'] as unknown[]).map(String).join(', ')}` };
    case 'const':
      return { path: error.instancePath, message: `must be ${JSON.stringify(params['allowedValue'])}` };
    case 'not':
      // Only numeric answers use `not`: a value and a range at once.
      return { path: error.instancePath, message: 'give either "value" (with an optional "tolerance") or "min" and "max", not both' };
    case 'discriminator':
      return {
        path: `${error.instancePath}/${String(params['tag'])}`,
        message: params['error'] === 'mapping' ? 'is not a known type' : 'must be a string',
      };
    default:
      return { path: error.instancePath, message: error.message ?? 'is invalid' };
  }
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function dedupe(issues: DocumentIssue[]): DocumentIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const id = `${issue.path}\u0000${issue.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function sortIssues(issues: DocumentIssue[]): DocumentIssue[] {
  // Numeric segments sort as numbers, so that /modules/10 comes after /modules/2.
  const collator = new Intl.Collator('en', { numeric: true });
  return issues.sort((a, b) => collator.compare(a.path, b.path) || collator.compare(a.message, b.message));
}

function semanticIssues(document: ParcoursDocument): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const parcours = document.parcours;
  const keys = {
    module: new KeyRegistry('module', add),
    activity: new KeyRegistry('activity', add),
    question: new KeyRegistry('question', add),
    dataset: new KeyRegistry('dataset', add),
  };
  const moduleSlugs = new Map<string, number>();

  if (!isSlug(parcours.slug)) add('/parcours/slug', slugMessage);
  if (parcours.cover) checkImage(parcours.cover, '/parcours/cover', add);

  // Dataset keys first: a question may come before the lesson that holds its dataset.
  const datasetKeys = new Set<string>();
  parcours.modules.forEach((module, m) =>
    module.activities.forEach((activity, a) => {
      if (activity.type !== 'lesson') return;
      activity.blocks.forEach((block, b) => {
        if (block.type === 'dataset') {
          datasetKeys.add(block.key);
          keys.dataset.register(block.key, `/parcours/modules/${m}/activities/${a}/blocks/${b}/key`);
        }
      });
    }),
  );

  const moduleKeys = new Set(parcours.modules.map((module) => module.key));
  let diagnosticPath: string | undefined;

  parcours.modules.forEach((module, m) => {
    const modulePath = `/parcours/modules/${m}`;
    keys.module.register(module.key, `${modulePath}/key`);
    if (!isSlug(module.slug)) add(`${modulePath}/slug`, slugMessage);
    const earlier = moduleSlugs.get(module.slug);
    if (earlier === undefined) moduleSlugs.set(module.slug, m);
    else add(`${modulePath}/slug`, `duplicate module slug "${module.slug}" (also /parcours/modules/${earlier}/slug)`);

    const seenPrerequisites = new Set<string>();
    module.prerequisites.forEach((prerequisite, p) => {
      const path = `${modulePath}/prerequisites/${p}`;
      if (prerequisite === module.key) add(path, 'a module cannot be its own prerequisite');
      else if (!moduleKeys.has(prerequisite)) add(path, `no module has the key "${prerequisite}"`);
      else if (seenPrerequisites.has(prerequisite)) add(path, `"${prerequisite}" is listed twice`);
      seenPrerequisites.add(prerequisite);
    });

    module.activities.forEach((activity, a) => {
      const activityPath = `${modulePath}/activities/${a}`;
      keys.activity.register(activity.key, `${activityPath}/key`);
      switch (activity.type) {
        case 'lesson':
          activity.blocks.forEach((block, b) => checkBlock(block, `${activityPath}/blocks/${b}`, add));
          break;
        case 'quiz':
          if (activity.diagnostic === true) {
            if (diagnosticPath === undefined) diagnosticPath = activityPath;
            else add(`${activityPath}/diagnostic`, `a parcours has at most one diagnostic quiz (already ${diagnosticPath})`);
          }
          activity.questions.forEach((question, q) => {
            const questionPath = `${activityPath}/questions/${q}`;
            keys.question.register(question.key, `${questionPath}/key`);
            checkQuestion(question, questionPath, datasetKeys, add);
          });
          checkDraw(activity.draw ?? [], `${activityPath}/draw`, add);
          break;
        case 'workshop':
          activity.workshops.forEach((slug, w) => {
            if (!isSlug(slug)) add(`${activityPath}/workshops/${w}`, slugMessage);
          });
          break;
      }
    });
  });

  // Self-references are reported above; look for longer cycles among the existing modules only.
  const cycle = findPrerequisiteCycle(
    parcours.modules.map((module) => ({ key: module.key, prerequisites: module.prerequisites.filter((p) => p !== module.key) })),
  );
  if (cycle) {
    const index = parcours.modules.findIndex((module) => module.key === cycle[0]);
    add(`/parcours/modules/${index}/prerequisites`, `cycle: ${formatCycle(cycle)}`);
  }
  return issues;
}

const slugMessage = 'must be lower-case letters and digits separated by single hyphens, at most 80 characters (e.g. "donnees-ouvertes")';

class KeyRegistry {
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly kind: string,
    private readonly add: (path: string, message: string) => void,
  ) {}

  register(key: string, path: string): void {
    if (!KEY_PATTERN.test(key)) this.add(path, 'must be kebab-case: lower-case letters and digits separated by single hyphens');
    const earlier = this.seen.get(key);
    if (earlier === undefined) this.seen.set(key, path);
    else this.add(path, `duplicate ${this.kind} key "${key}" (also ${earlier})`);
  }
}

function checkImage(image: ImageRef, path: string, add: (path: string, message: string) => void): void {
  if (image.decorative !== true && image.alt.trim() === '') add(`${path}/alt`, 'must describe the image (or mark it decorative: true)');
  if (!RELATIVE_PATH.test(image.src) && !IMAGE_DATA_URI.test(image.src)) {
    add(`${path}/src`, 'must be a relative path inside the parcours folder or a base64 data:image URI (png, jpeg, gif, webp, svg+xml, avif)');
  }
}

function checkBlock(block: BlockDocument, path: string, add: (path: string, message: string) => void): void {
  switch (block.type) {
    case 'markdown':
    case 'callout':
      return;
    case 'image':
      return checkImage(block, path, add);
    case 'video': {
      const problem = checkVideoUrl(block.url);
      if (problem) add(`${path}/url`, problem);
      return;
    }
    case 'link': {
      const problem = checkLinkUrl(block.url);
      if (problem) add(`${path}/url`, problem);
      return;
    }
    case 'resource':
      if (!RELATIVE_PATH.test(block.file) && !ANY_DATA_URI.test(block.file)) {
        add(`${path}/file`, 'must be a relative path inside the parcours folder or a base64 data: URI');
      }
      if (/[/\\]/.test(block.fileName)) add(`${path}/fileName`, 'must be a file name, without folders');
      if (!RESOURCE_MEDIA_TYPES.includes(block.mediaType)) add(`${path}/mediaType`, `must be one of ${RESOURCE_MEDIA_TYPES.join(', ')}`);
      if (ANY_DATA_URI.test(block.file) && dataUriBytes(block.file) > RESOURCE_MAX_BYTES) add(`${path}/file`, `must be at most ${RESOURCE_MAX_BYTES / 1048576} MB`);
      return;
    case 'dataset':
      return; // key registered beforehand; the CSV is parsed when publishing (publishable.ts)
  }
}

function checkQuestion(question: QuestionDocument, path: string, datasetKeys: ReadonlySet<string>, add: (path: string, message: string) => void): void {
  switch (question.type) {
    case 'single_choice':
      return checkExactlyOneCorrect(question.choices, `${path}/choices`, add);
    case 'multiple_choice': {
      const positive = question.choices.filter((choice) => choice.weight > 0);
      const sum = positive.reduce((total, choice) => total + choice.weight, 0);
      if (positive.length === 0) add(`${path}/choices`, 'at least one choice must have a positive weight');
      else if (Math.abs(sum - 100) > 1e-9) add(`${path}/choices`, `positive weights must sum to 100 (they sum to ${round(sum)})`);
      return;
    }
    case 'true_false':
    case 'ordering':
    case 'matching':
      return;
    case 'short_text':
      return checkFullCredit(question.answers, `${path}/answers`, add);
    case 'numeric':
      checkRanges(question.answers, `${path}/answers`, add);
      return checkFullCredit(question.answers, `${path}/answers`, add);
    case 'cloze':
      return checkCloze(question.text, question.blanks, path, add);
    case 'dataset':
      if (!datasetKeys.has(question.dataset)) add(`${path}/dataset`, `no dataset block has the key "${question.dataset}"`);
      if (question.answer.kind === 'choice') return checkExactlyOneCorrect(question.answer.choices, `${path}/answer/choices`, add);
      checkRanges(question.answer.answers, `${path}/answer/answers`, add);
      return checkFullCredit(question.answer.answers, `${path}/answer/answers`, add);
  }
}

function checkDraw(draw: { competency: string }[], path: string, add: (path: string, message: string) => void): void {
  const seen = new Map<string, number>();
  draw.forEach((rule, i) => {
    const earlier = seen.get(rule.competency);
    if (earlier === undefined) seen.set(rule.competency, i);
    else add(`${path}/${i}/competency`, `"${rule.competency}" is already drawn (also ${path}/${earlier}/competency): add the counts`);
  });
}

let compiledQuestion: ValidateFunction<QuestionDocument> | undefined;

export type QuestionValidation = { ok: true; question: QuestionDocument } | { ok: false; errors: DocumentIssue[] };

/**
 * Validates one question on its own (the question bank): the same shape and rules as inside a parcours, with paths
 * relative to the question (`/choices/0/text`). Dataset questions are checked against `datasetKeys` when given.
 */
export function validateQuestionDocument(input: unknown, datasetKeys?: ReadonlySet<string>): QuestionValidation {
  compiledQuestion ??= new Ajv({ allErrors: true, discriminator: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile<QuestionDocument>(
    QUESTION_SCHEMA,
  );
  if (!compiledQuestion(input)) {
    const errors = (compiledQuestion.errors ?? []).filter((error) => error.keyword !== 'if').map(schemaIssue);
    const missing = new Set(errors.filter((issue) => issue.message === 'is required').map((issue) => issue.path));
    return { ok: false, errors: sortIssues(dedupe(errors.filter((issue) => issue.message === 'is required' || !missing.has(issue.path)))) };
  }
  const issues: DocumentIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (!KEY_PATTERN.test(input.key)) add('/key', 'must be kebab-case: lower-case letters and digits separated by single hyphens');
  checkQuestion(input, '', datasetKeys ?? new Set([input.type === 'dataset' ? input.dataset : '']), add);
  return issues.length === 0 ? { ok: true, question: input } : { ok: false, errors: sortIssues(issues) };
}

function checkExactlyOneCorrect(choices: { correct: boolean }[], path: string, add: (path: string, message: string) => void): void {
  const correct = choices.filter((choice) => choice.correct).length;
  if (correct !== 1) add(path, `exactly one choice must be correct (${correct} are)`);
}

function checkFullCredit(answers: { credit: number }[], path: string, add: (path: string, message: string) => void): void {
  if (!answers.some((answer) => answer.credit === 100)) add(path, 'at least one answer must give full credit (credit: 100)');
}

function checkRanges(answers: NumericAnswer[], path: string, add: (path: string, message: string) => void): void {
  answers.forEach((answer, i) => {
    if ('min' in answer && answer.min > answer.max) add(`${path}/${i}`, 'min must not be greater than max');
  });
}

function checkCloze(text: string, blanks: ClozeBlank[], path: string, add: (path: string, message: string) => void): void {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(CLOZE_PLACEHOLDER)) {
    const n = Number(match[1]);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  for (let n = 1; n <= blanks.length; n++) {
    const count = counts.get(n) ?? 0;
    if (count === 0) add(`${path}/text`, `placeholder {{${n}}} is missing (there are ${blanks.length} blanks)`);
    if (count > 1) add(`${path}/text`, `placeholder {{${n}}} appears ${count} times`);
  }
  for (const n of [...counts.keys()].sort((a, b) => a - b)) {
    if (n < 1 || n > blanks.length) add(`${path}/text`, `placeholder {{${n}}} has no blank (blanks are numbered 1 to ${blanks.length})`);
  }
  blanks.forEach((blank, i) => {
    if (blank.kind === 'choice' && blank.correct >= blank.choices.length) {
      add(`${path}/blanks/${i}/correct`, `must be the index of one of the ${blank.choices.length} choices (0 to ${blank.choices.length - 1})`);
    }
    if (blank.kind === 'short_text') checkFullCredit(blank.answers, `${path}/blanks/${i}/answers`, add);
  });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Downloadable resources: documents and data people can open without special software; no HTML, SVG or executables. */
export const RESOURCE_MEDIA_TYPES: readonly string[] = [
  'application/pdf',
  'text/plain',
  'text/markdown',
  'text/csv',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'image/png',
  'image/jpeg',
];
export const RESOURCE_MAX_BYTES = 5 * 1048576;

/** Decoded size of a data: URI's payload, without decoding it. */
export function dataUriBytes(uri: string): number {
  const comma = uri.indexOf(',');
  const payload = uri.slice(comma + 1);
  if (!uri.slice(0, comma).endsWith(';base64')) return new TextEncoder().encode(decodeURIComponent(payload)).length;
  return Math.floor((payload.length * 3) / 4) - (payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0);
}
