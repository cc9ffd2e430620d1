import type { AbstractControl, FormGroup } from '@angular/forms';
import type { ProblemDetails } from '@culture-d/shared/contracts';
import { ApiError } from '../api/api-client';

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

/** How one form reads the API's problems. */
export interface ProblemMapping {
  /** Translation namespace of the form: `<namespace>.errors.<CODE>`, `<namespace>.fields.<field>.required|invalid`. */
  readonly namespace: string;
  /** The form's fields, in the order they appear: field errors are listed in this order. */
  readonly fields: readonly string[];
  /** Codes with their own text in `<namespace>.errors`; the codes every route may give read from `form.errors`. */
  readonly knownCodes?: readonly string[];
  /** Codes that concern one field although the API names none, e.g. `WRONG_PASSWORD` → `currentPassword`. */
  readonly codeFields?: Readonly<Record<string, string>>;
  /** API field names that the form shows under another control name, e.g. `password` → `newPassword`. */
  readonly renamedFields?: Readonly<Record<string, string>>;
}

/** Codes any route may answer, translated once in `form.errors`. */
const COMMON_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'CSRF_REJECTED', 'VALIDATION_FAILED', 'NOT_FOUND', 'PAYLOAD_TOO_LARGE']);

/** The problem+json body of a failed request, if there is one. */
export function problemOf(error: unknown): Partial<ProblemDetails> | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const body: unknown = error.body;
  return body !== null && typeof body === 'object' && typeof (body as { code?: unknown }).code === 'string' ? (body as Partial<ProblemDetails>) : undefined;
}

/** The problem's stable `code`, if the body is a problem document. */
export function problemCode(error: unknown): string | null {
  return problemOf(error)?.code ?? null;
}

/** Whole minutes to wait before retrying, from `Retry-After` (seconds), at least 1. */
function waitMinutes(error: ApiError, problem: Partial<ProblemDetails> | undefined): number {
  const header = Number(error.headers?.get('Retry-After'));
  const body = Number((problem as { retryAfter?: unknown } | undefined)?.retryAfter);
  const seconds = Number.isFinite(header) && header > 0 ? header : Number.isFinite(body) && body > 0 ? body : 60;
  return Math.max(1, Math.ceil(seconds / 60));
}

/**
 * The message for a failed request as a whole, from its `code`: the form's own text when it has one, the common
 * text otherwise, and a generic failure for anything else (never the API's English `detail`).
 */
export function problemMessage(error: unknown, namespace: string, knownCodes: readonly string[] = []): Message {
  if (!(error instanceof ApiError)) return { key: 'form.errors.UNKNOWN' };
  if (error.status === 0) return { key: 'form.errors.NETWORK' };
  const problem = problemOf(error);
  const code = problem?.code ?? '';
  if (knownCodes.includes(code)) return { key: `${namespace}.errors.${code}` };
  if (code === 'RATE_LIMITED' || error.status === 429) return { key: 'form.errors.RATE_LIMITED', params: { minutes: waitMinutes(error, problem) } };
  if (COMMON_CODES.has(code)) return { key: `form.errors.${code}` };
  return { key: 'form.errors.UNKNOWN' };
}

/**
 * Turns a failed request into what the form shows: API `errors[].field` become field errors (in the form's order),
 * `code` becomes a translated message. Field errors of `VALIDATION_FAILED` read as the field's own "invalid" text.
 */
export function mapProblem(error: unknown, mapping: ProblemMapping): FormProblem {
  const problem = problemOf(error);
  const code = problem?.code ?? '';
  const known = mapping.knownCodes?.includes(code) ?? false;
  const rename = (field: string) => mapping.renamedFields?.[field] ?? field;
  const named = (problem?.errors ?? []).map((e) => rename(e.field)).filter((field) => mapping.fields.includes(field));
  const codeField = mapping.codeFields?.[code];
  if (codeField && !named.includes(codeField)) named.push(codeField);
  if (named.length > 0 && code !== 'RATE_LIMITED') {
    const fields = mapping.fields
      .filter((field) => named.includes(field))
      .map((field) => ({ field, key: known && code !== 'VALIDATION_FAILED' ? `${mapping.namespace}.errors.${code}` : `${mapping.namespace}.fields.${field}.invalid` }));
    return { fields };
  }
  return { fields: [], message: problemMessage(error, mapping.namespace, mapping.knownCodes) };
}

/**
 * Client-side errors, mirroring the API's rules, in the form's order: `required` reads as
 * `<namespace>.fields.<field>.required`, any other failed validator as `<namespace>.fields.<field>.invalid`.
 */
export function clientProblem(form: FormGroup, fields: readonly string[], namespace: string): FormProblem | null {
  const errors: FieldError[] = [];
  for (const field of fields) {
    const control: AbstractControl | null = form.get(field);
    if (!control || control.valid) continue;
    errors.push({ field, key: control.hasError('required') ? `${namespace}.fields.${field}.required` : `${namespace}.fields.${field}.invalid` });
  }
  return errors.length > 0 ? { fields: errors } : null;
}
