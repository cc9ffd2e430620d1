import type { FormGroup } from '@angular/forms';
import { type FormProblem, type Message, clientProblem as checkForm, mapProblem as mapForm, problemMessage as messageOf } from '@culture-d/shared/web';

export { type FormProblem, problemCode } from '@culture-d/shared/web';

/** Codes with their own text in `workshops.errors`; the codes any route may give read from the shared `form.errors`. */
const WORKSHOP_CODES = ['ALREADY_REGISTERED', 'REGISTRATION_CLOSED', 'GUEST_DETAILS_REQUIRED', 'REGISTRATION_NOT_FOUND', 'WORKSHOP_NOT_FOUND'];

/** The message for a failed request: the API `code` translated (never the API's English `detail`). */
export function problemMessage(error: unknown): Message {
  return messageOf(error, 'workshops', WORKSHOP_CODES);
}

/**
 * Turns a failed guest registration into what the form shows: `errors[].field` of the API (`guest.email`, or
 * `email`) become field errors in the form's order; any other code is a message for the whole form.
 */
export function mapProblem(error: unknown, fields: readonly string[]): FormProblem {
  const renamedFields = Object.fromEntries(fields.map((field) => [`guest.${field}`, field]));
  return mapForm(error, { namespace: 'workshops', knownCodes: WORKSHOP_CODES, fields, renamedFields });
}

/** Client-side errors, in the form's order: `workshops.fields.<field>.required`, or `.invalid` for another validator. */
export function clientProblem(form: FormGroup, fields: readonly string[]): FormProblem | null {
  return checkForm(form, fields, 'workshops');
}
