import { HttpErrorResponse } from '@angular/common/http';

/** What a failed load means for the person: a page that does not exist, or a failure worth retrying. */
export function failureKind(error: unknown): 'notFound' | 'failed' {
  return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400) ? 'notFound' : 'failed';
}
