/**
 * The learning record takes xAPI 1.0.3-shaped statements, each with an id made by the client, so that a retry or an
 * offline replay is counted once. What is accepted here is a deliberate subset of xAPI: the ADL verbs the product
 * uses, activities as objects, and no `actor`, `authority` or `stored` — the server sets them (the actor is the
 * session's person: a statement cannot speak for someone else).
 */
export const ADL_VERBS = ['experienced', 'attempted', 'answered', 'completed', 'passed', 'failed', 'registered', 'attended'] as const;
export type AdlVerb = (typeof ADL_VERBS)[number];
export const ADL_VERB_PREFIX = 'http://adlnet.gov/expapi/verbs/';
export const MAX_STATEMENTS_PER_BATCH = 100;
/** One statement, as JSON: room for a rich `definition` or `context`, not for a document. */
export const MAX_STATEMENT_LENGTH = 16_384;

export interface StatementScore {
  scaled?: number;
  raw?: number;
  min?: number;
  max?: number;
}

export interface StatementResult {
  score?: StatementScore;
  success?: boolean;
  completion?: boolean;
  /** ISO 8601 duration (`PT4M30S`). */
  duration?: string;
  response?: string;
  extensions?: Record<string, unknown>;
}

export interface StatementObject {
  id: string;
  objectType?: 'Activity';
  definition?: Record<string, unknown>;
}

/** A statement that passed validation, normalised (lower-case id, timestamp as UTC ISO with milliseconds). */
export interface ValidStatement {
  id: string;
  verb: AdlVerb;
  object: StatementObject;
  result: StatementResult | null;
  context: Record<string, unknown> | null;
  /** Null when the client gave none: the server's time of storage stands for it. */
  timestamp: string | null;
}

export interface StatementFieldError {
  field: string;
  message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/;
const DURATION = /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
const SERVER_SET = new Set(['actor', 'authority', 'stored']);
const STATEMENT_KEYS = new Set(['id', 'verb', 'object', 'result', 'context', 'timestamp']);
const RESULT_KEYS = new Set(['score', 'success', 'completion', 'duration', 'response', 'extensions']);
const SCORE_KEYS = new Set(['scaled', 'raw', 'min', 'max']);
const OBJECT_KEYS = new Set(['id', 'objectType', 'definition']);
const VERB_KEYS = new Set(['id', 'display']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The request body `{ statements: [...] }`, nothing else, then each statement (`validateStatements`). */
export function validateStatementBatch(body: unknown): { statements: ValidStatement[]; errors: StatementFieldError[] } {
  if (!isPlainObject(body)) return { statements: [], errors: [{ field: 'statements', message: 'the body must be an object with statements' }] };
  const unknown = Object.keys(body).filter((key) => key !== 'statements');
  if (unknown.length) return { statements: [], errors: unknown.map((key) => ({ field: key, message: `${key} is not accepted` })) };
  return validateStatements(body.statements);
}

/**
 * Checks a whole batch; any fault refuses the batch (nothing is written) and is named by its path, e.g.
 * `statements[3].verb.id`. At most 50 faults are reported.
 */
export function validateStatements(input: unknown): { statements: ValidStatement[]; errors: StatementFieldError[] } {
  const errors: StatementFieldError[] = [];
  if (!Array.isArray(input)) return { statements: [], errors: [{ field: 'statements', message: 'statements must be an array' }] };
  if (input.length === 0) return { statements: [], errors: [{ field: 'statements', message: 'statements must contain at least one statement' }] };
  if (input.length > MAX_STATEMENTS_PER_BATCH)
    return { statements: [], errors: [{ field: 'statements', message: `a batch holds at most ${MAX_STATEMENTS_PER_BATCH} statements` }] };
  const statements: ValidStatement[] = [];
  input.forEach((raw, index) => {
    const statement = validateStatement(raw, `statements[${index}]`, errors);
    if (statement) statements.push(statement);
  });
  return errors.length ? { statements: [], errors: errors.slice(0, 50) } : { statements, errors: [] };
}

function validateStatement(raw: unknown, at: string, errors: StatementFieldError[]): ValidStatement | null {
  const before = errors.length;
  const fail = (field: string, message: string) => errors.push({ field: `${at}${field}`, message });
  if (!isPlainObject(raw)) {
    fail('', 'a statement must be an object');
    return null;
  }
  const json = JSON.stringify(raw);
  if (json.length > MAX_STATEMENT_LENGTH) fail('', `a statement must be at most ${MAX_STATEMENT_LENGTH} characters of JSON`);
  // PostgreSQL's jsonb cannot hold the NUL character.
  if (json.includes('\\u0000')) fail('', 'a statement must not contain the NUL character');
  for (const key of Object.keys(raw)) {
    if (SERVER_SET.has(key)) fail(`.${key}`, `${key} is set by the server (the actor is the signed-in person)`);
    else if (!STATEMENT_KEYS.has(key)) fail(`.${key}`, `${key} is not accepted`);
  }
  if (typeof raw.id !== 'string' || !UUID.test(raw.id)) fail('.id', 'id must be a UUID made by the client');

  let verb: AdlVerb | null = null;
  if (!isPlainObject(raw.verb)) fail('.verb', 'verb must be an object with an id');
  else {
    for (const key of Object.keys(raw.verb)) if (!VERB_KEYS.has(key)) fail(`.verb.${key}`, `${key} is not accepted`);
    const name = typeof raw.verb.id === 'string' && raw.verb.id.startsWith(ADL_VERB_PREFIX) ? raw.verb.id.slice(ADL_VERB_PREFIX.length) : null;
    if (name && (ADL_VERBS as readonly string[]).includes(name)) verb = name as AdlVerb;
    else fail('.verb.id', `verb.id must be one of ${ADL_VERBS.map((v) => ADL_VERB_PREFIX + v).join(', ')}`);
    if (raw.verb.display !== undefined && !isLanguageMap(raw.verb.display)) fail('.verb.display', 'display must map language tags to strings');
  }

  if (!isPlainObject(raw.object)) fail('.object', 'object must be an object with an id');
  else {
    for (const key of Object.keys(raw.object)) if (!OBJECT_KEYS.has(key)) fail(`.object.${key}`, `${key} is not accepted`);
    const id = raw.object.id;
    if (typeof id !== 'string' || id.length > 2048 || !(UUID.test(id) || IRI.test(id))) fail('.object.id', 'object.id must be an IRI or an activity id');
    if (raw.object.objectType !== undefined && raw.object.objectType !== 'Activity') fail('.object.objectType', 'objectType must be Activity');
    if (raw.object.definition !== undefined && !isPlainObject(raw.object.definition)) fail('.object.definition', 'definition must be an object');
  }

  if (raw.result !== undefined && raw.result !== null) validateResult(raw.result, `${at}.result`, errors);
  if (raw.context !== undefined && raw.context !== null && !isPlainObject(raw.context)) fail('.context', 'context must be an object');

  let timestamp: string | null = null;
  if (raw.timestamp !== undefined && raw.timestamp !== null) {
    const instant = typeof raw.timestamp === 'string' && DATE_TIME.test(raw.timestamp) && isCalendarDate(raw.timestamp.slice(0, 10)) ? new Date(raw.timestamp) : null;
    if (!instant || Number.isNaN(instant.getTime())) fail('.timestamp', 'timestamp must be an ISO 8601 date and time with its offset');
    else timestamp = instant.toISOString();
  }

  if (errors.length > before) return null;
  const object = raw.object as Record<string, unknown>;
  return {
    id: (raw.id as string).toLowerCase(),
    verb: verb as AdlVerb,
    object: {
      id: object.id as string,
      ...(object.objectType !== undefined ? { objectType: 'Activity' as const } : {}),
      ...(object.definition !== undefined ? { definition: object.definition as Record<string, unknown> } : {}),
    },
    result: isPlainObject(raw.result) ? (raw.result as StatementResult) : null,
    context: isPlainObject(raw.context) ? raw.context : null,
    timestamp,
  };
}

function validateResult(result: unknown, at: string, errors: StatementFieldError[]): void {
  const fail = (field: string, message: string) => errors.push({ field: `${at}${field}`, message });
  if (!isPlainObject(result)) {
    fail('', 'result must be an object');
    return;
  }
  for (const key of Object.keys(result)) if (!RESULT_KEYS.has(key)) fail(`.${key}`, `${key} is not accepted`);
  if (result.success !== undefined && typeof result.success !== 'boolean') fail('.success', 'success must be true or false');
  if (result.completion !== undefined && typeof result.completion !== 'boolean') fail('.completion', 'completion must be true or false');
  if (result.duration !== undefined && (typeof result.duration !== 'string' || !DURATION.test(result.duration)))
    fail('.duration', 'duration must be an ISO 8601 duration (PT4M30S)');
  if (result.response !== undefined && (typeof result.response !== 'string' || result.response.length > 4096))
    fail('.response', 'response must be a string of at most 4096 characters');
  if (result.extensions !== undefined && !isPlainObject(result.extensions)) fail('.extensions', 'extensions must be an object');
  if (result.score === undefined) return;
  if (!isPlainObject(result.score)) {
    fail('.score', 'score must be an object');
    return;
  }
  const score = result.score;
  for (const key of Object.keys(score)) {
    if (!SCORE_KEYS.has(key)) fail(`.score.${key}`, `${key} is not accepted`);
    else if (typeof score[key] !== 'number' || !Number.isFinite(score[key])) fail(`.score.${key}`, `${key} must be a number`);
  }
  const n = (key: string) => (typeof score[key] === 'number' && Number.isFinite(score[key]) ? (score[key] as number) : undefined);
  const [scaled, raw, min, max] = [n('scaled'), n('raw'), n('min'), n('max')];
  if (scaled !== undefined && (scaled < -1 || scaled > 1)) fail('.score.scaled', 'scaled must be between -1 and 1');
  if (min !== undefined && max !== undefined && min >= max) fail('.score.min', 'min must be less than max');
  if (raw !== undefined && ((min !== undefined && raw < min) || (max !== undefined && raw > max))) fail('.score.raw', 'raw must be between min and max');
}

/** `2026-02-30` is not a day (the platform's parser would roll it over to March). */
function isCalendarDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

function isLanguageMap(value: unknown): boolean {
  return isPlainObject(value) && Object.values(value).every((v) => typeof v === 'string');
}

/**
 * The statement as it is compared with a replay: keys sorted at every level, so that the same statement sent twice
 * with its properties in another order is the same body. `verb.display` is not part of it (labels, not meaning).
 */
export function canonicalStatementBody(statement: ValidStatement): string {
  return canonicalJson({ verb: statement.verb, object: statement.object, result: statement.result, context: statement.context, timestamp: statement.timestamp });
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
