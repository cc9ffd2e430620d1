import type { ProblemDetails } from '@culture-d/shared/contracts';
import { ApiError } from '@culture-d/shared/web';

/** A translation key and its parameters. */
export interface Message {
  readonly key: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** Codes of the quiz API with their own message (`quiz.errors.<CODE>`); any other reads as a generic failure. */
const KNOWN_CODES = new Set([
  'QUIZ_MAX_ATTEMPTS',
  'ATTEMPT_ALREADY_SUBMITTED',
  'ATTEMPT_NOT_FOUND',
  'QUIZ_NOT_FOUND',
  'ACTIVITY_LOCKED',
  'NOT_ENROLLED',
  'UNAUTHENTICATED',
  'VALIDATION_FAILED',
  'RATE_LIMITED',
]);

/** The problem's `code`, if the body is a problem document. */
export function problemCode(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const body = error.body as Partial<ProblemDetails> | null;
  return body && typeof body === 'object' && typeof body.code === 'string' ? body.code : null;
}

/** The message for a failed request: the API's `code` translated (never its English `detail`). */
export function problemMessage(error: unknown): Message {
  if (error instanceof ApiError && error.status === 0) return { key: 'quiz.errors.NETWORK' };
  const code = problemCode(error);
  return code && KNOWN_CODES.has(code) ? { key: `quiz.errors.${code}` } : { key: 'quiz.errors.UNKNOWN' };
}
