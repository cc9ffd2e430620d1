import { ApiError } from '@culture-d/shared/web';

/** What a failed load means for the person: a page that does not exist, or a failure worth retrying. */
export function failureKind(error: unknown): 'notFound' | 'failed' {
  return error instanceof ApiError && (error.status === 404 || error.status === 400) ? 'notFound' : 'failed';
}
