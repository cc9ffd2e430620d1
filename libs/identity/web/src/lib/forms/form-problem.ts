import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl, FormGroup } from '@angular/forms';
import type { ProblemDetails } from '@culture-d/shared/contracts';

/** A translation key and its parameters: the interface never shows the API's English `detail`. */
export interface Message {
  readonly key: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** An error attached to one field of a form; `field` is the control name, which is also the API's field name. */
export interface FieldError extends Message {
  readonly field: string;
}

/** What went wrong with a submission: errors per field, and a message for the form as a whole. */
export interface FormProblem {
  readonly fields: readonly FieldError[];
  readonly message?: Message;
}

/** Codes whose translation is `identity.errors.<CODE>`; any other code reads as a generic failure. */
const KNOWN_CODES = new Set([
  'INVALID_CREDENTIALS',
  'EMAIL_TAKEN',
  'PASSWORD_TOO_COMMON',
  'PASSWORD_TOO_SHORT',
  'RESET_TOKEN_INVALID',
  'WRONG_PASSWORD',
  'RATE_LIMITED',
  'UNAUTHENTICATED',
  'CSRF_REJECTED',
  'VALIDATION_FAILED',
]);

export interface ProblemMapping {
  /** The form's fields, in the order they appear: field errors are listed in this order. */
  readonly fields: readonly string[];
  /** Codes that concern one field although the API names none, e.g. `WRONG_PASSWORD` → `currentPassword`. */
  readonly codeFields?: Readonly<Record<string, string>>;
  /** API field names that the form shows under another control name, e.g. `password` → `newPassword`. */
  readonly renamedFields?: Readonly<Record<string, string>>;
}

/** The problem+json body of a failed request, if there is one. */
export function problemOf(error: unknown): Partial<ProblemDetails> | undefined {
  if (!(error instanceof HttpErrorResponse)) return undefined;
  const body: unknown = error.error;
  return body !== null && typeof body === 'object' && typeof (body as { code?: unknown }).code === 'string'
    ? (body as Partial<ProblemDetails>)
    : undefined;
}

/** Whole minutes to wait before retrying, from `Retry-After` (seconds), at least 1. */
function waitMinutes(error: HttpErrorResponse, problem: Partial<ProblemDetails> | undefined): number {
  const header = Number(error.headers?.get('Retry-After'));
  const body = Number((problem as { retryAfter?: unknown } | undefined)?.retryAfter);
  const seconds = Number.isFinite(header) && header > 0 ? header : Number.isFinite(body) && body > 0 ? body : 60;
  return Math.max(1, Math.ceil(seconds / 60));
}

/**
 * Turns a failed request into what the form shows: API `errors[].field` become field errors (in the form's order),
 * `code` becomes a translated message. Field errors of `VALIDATION_FAILED` read as the field's own "invalid" text.
 */
export function mapProblem(error: unknown, mapping: ProblemMapping): FormProblem {
  if (!(error instanceof HttpErrorResponse)) return { fields: [], message: { key: 'identity.errors.UNKNOWN' } };
  if (error.status === 0) return { fields: [], message: { key: 'identity.errors.NETWORK' } };
  const problem = problemOf(error);
  const code = problem?.code ?? '';
  if (code === 'RATE_LIMITED' || error.status === 429) {
    return { fields: [], message: { key: 'identity.errors.RATE_LIMITED', params: { minutes: waitMinutes(error, problem) } } };
  }
  const known = KNOWN_CODES.has(code);
  const rename = (field: string) => mapping.renamedFields?.[field] ?? field;
  const named = (problem?.errors ?? []).map((e) => rename(e.field)).filter((field) => mapping.fields.includes(field));
  const codeField = mapping.codeFields?.[code];
  if (codeField && !named.includes(codeField)) named.push(codeField);

  if (named.length > 0) {
    const fields = mapping.fields
      .filter((field) => named.includes(field))
      .map((field) => ({
        field,
        key: known && code !== 'VALIDATION_FAILED' ? `identity.errors.${code}` : `identity.fields.${field}.invalid`,
      }));
    return { fields };
  }
  if (known) return { fields: [], message: { key: `identity.errors.${code}` } };
  return { fields: [], message: { key: 'identity.errors.UNKNOWN' } };
}

/**
 * Client-side errors, mirroring the API's rules, in the form's order: `required` reads as
 * `identity.fields.<field>.required`, any other failed validator as `identity.fields.<field>.invalid`.
 */
export function clientProblem(form: FormGroup, fields: readonly string[]): FormProblem | null {
  const errors: FieldError[] = [];
  for (const field of fields) {
    const control: AbstractControl | null = form.get(field);
    if (!control || control.valid) continue;
    errors.push({ field, key: control.hasError('required') ? `identity.fields.${field}.required` : `identity.fields.${field}.invalid` });
  }
  return errors.length > 0 ? { fields: errors } : null;
}

/** A path of this site to go to after signing in, or `fallback`: never another origin (`//host`, `/\host`, `https:`). */
export function safeReturnUrl(value: unknown, fallback = '/compte'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if ([...value].some((character) => character.charCodeAt(0) < 0x20)) return fallback;
  return value;
}
