import { HttpErrorResponse } from '@angular/common/http';
import type { FormGroup } from '@angular/forms';
import type { ProblemDetails } from '@culture-d/shared/contracts';
import type { Message } from '../util/format';

/** An error attached to one field of a form; `field` is the control name, which is also the API's field name. */
export interface FieldError extends Message {
  readonly field: string;
}

/** What went wrong with a submission: errors per field, and a message for the form as a whole. */
export interface FormProblem {
  readonly fields: readonly FieldError[];
  readonly message?: Message;
}

/** Codes whose translation is `workshops.errors.<CODE>`; any other code reads as a generic failure. */
const KNOWN_CODES = new Set([
  'ALREADY_REGISTERED',
  'REGISTRATION_CLOSED',
  'GUEST_DETAILS_REQUIRED',
  'REGISTRATION_NOT_FOUND',
  'WORKSHOP_NOT_FOUND',
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'CSRF_REJECTED',
  'RATE_LIMITED',
]);

/** The problem's `code`, if the body is a problem document. */
export function problemCode(error: unknown): string | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body = error.error as Partial<ProblemDetails> | null;
  return body && typeof body === 'object' && typeof body.code === 'string' ? body.code : null;
}

/** The message for a failed request: the API `code` translated (never the API's English `detail`). */
export function problemMessage(error: unknown): Message {
  if (error instanceof HttpErrorResponse && error.status === 0) return { key: 'workshops.errors.NETWORK' };
  const code = problemCode(error);
  return code && KNOWN_CODES.has(code) ? { key: `workshops.errors.${code}` } : { key: 'workshops.errors.UNKNOWN' };
}

/**
 * Turns a failed guest registration into what the form shows: `errors[].field` of the API (`guest.email`, or
 * `email`) become field errors in the form's order; any other code is a message for the whole form.
 */
export function mapProblem(error: unknown, fields: readonly string[]): FormProblem {
  const code = problemCode(error);
  if (error instanceof HttpErrorResponse && code === 'VALIDATION_FAILED') {
    const body = error.error as Partial<ProblemDetails>;
    const named = (body.errors ?? []).map((e) => e.field.replace(/^guest\./, ''));
    const found = fields.filter((field) => named.includes(field));
    if (found.length > 0) return { fields: found.map((field) => ({ field, key: `workshops.fields.${field}.invalid` })) };
  }
  return { fields: [], message: problemMessage(error) };
}

/**
 * Client-side errors, mirroring the API's rules, in the form's order: `required` (and an unchecked consent) reads as
 * `workshops.fields.<field>.required`, any other failed validator as `workshops.fields.<field>.invalid`.
 */
export function clientProblem(form: FormGroup, fields: readonly string[]): FormProblem | null {
  const errors: FieldError[] = [];
  for (const field of fields) {
    const control = form.get(field);
    if (!control || control.valid) continue;
    errors.push({ field, key: control.hasError('required') ? `workshops.fields.${field}.required` : `workshops.fields.${field}.invalid` });
  }
  return errors.length > 0 ? { fields: errors } : null;
}
