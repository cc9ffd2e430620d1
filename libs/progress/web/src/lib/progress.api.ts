import { Injectable, inject } from '@angular/core';
import type { ActivityCompletionResponse, EnrolmentResponse } from '@culture-d/progress/contracts';
import type { ProblemDetails } from '@culture-d/shared/contracts';
import { ApiClient, ApiError } from '@culture-d/shared/web';
import type { Observable } from 'rxjs';

/** The learner's writes on progress: enrol in a parcours, complete a lesson. (Reads use `apiResource`.) */
@Injectable({ providedIn: 'root' })
export class ProgressApi {
  private readonly http = inject(ApiClient);

  /** 201 when new, 200 when already enrolled: either way, enrolled afterwards. */
  enrol(slug: string): Observable<EnrolmentResponse> {
    return this.http.post<EnrolmentResponse>(`/api/parcours/${encodeURIComponent(slug)}/enrolment`, {});
  }

  /** Completes a lesson (enrolling if needed); 409 `ACTIVITY_LOCKED` while prerequisite modules are missing. */
  complete(activityId: string): Observable<ActivityCompletionResponse> {
    return this.http.post<ActivityCompletionResponse>(`/api/activities/${encodeURIComponent(activityId)}/completion`, {});
  }
}

/** `GET /api/me/parcours/:slug/progress`. */
export function progressUrl(slug: string): string {
  return `/api/me/parcours/${encodeURIComponent(slug)}/progress`;
}

/** A translation key and its parameters. */
export interface Message {
  readonly key: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** The problem's `code`, if the body is a problem document. */
export function problemCode(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const body = error.body as Partial<ProblemDetails> | null;
  return body && typeof body === 'object' && typeof body.code === 'string' ? body.code : null;
}

/** Codes with their own message (`progress.errors.<CODE>`). */
const KNOWN_CODES = new Set([
  'NOT_ENROLLED',
  'PARCOURS_NOT_FOUND',
  'ACTIVITY_NOT_FOUND',
  'ACTIVITY_LOCKED',
  'ACTIVITY_NEEDS_QUIZ',
  'ACTIVITY_NEEDS_ATTENDANCE',
  'ENROLLED_IN_OTHER_VERSION',
  'CERTIFICATE_NOT_FOUND',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
]);

/** The message for a failed request, from the API's `code` (never its English `detail`). */
export function problemMessage(error: unknown): Message {
  if (error instanceof ApiError && error.status === 0) return { key: 'progress.errors.NETWORK' };
  const code = problemCode(error);
  return code && KNOWN_CODES.has(code) ? { key: `progress.errors.${code}` } : { key: 'progress.errors.UNKNOWN' };
}

/** Whether a progress read failed only because the learner is not enrolled (a normal state, not an error). */
export function isNotEnrolled(error: unknown): boolean {
  return problemCode(error) === 'NOT_ENROLLED';
}
