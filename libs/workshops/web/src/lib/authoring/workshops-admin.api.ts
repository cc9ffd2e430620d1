import { Injectable, inject } from '@angular/core';
import type { AuthoringWorkshopResponse } from '@culture-d/workshops/contracts';
import { ApiClient } from '@culture-d/shared/web';
import { type Observable, map } from 'rxjs';
import type { WorkshopBody } from './workshop-form';

const base = (id: string) => `/api/authoring/workshops/${encodeURIComponent(id)}`;

/** The authors' writes (reads use `apiResource`). */
@Injectable({ providedIn: 'root' })
export class WorkshopsAdminApi {
  private readonly http = inject(ApiClient);

  create(body: WorkshopBody): Observable<AuthoringWorkshopResponse> {
    return this.http.post<AuthoringWorkshopResponse>('/api/authoring/workshops', body);
  }

  update(id: string, body: WorkshopBody): Observable<AuthoringWorkshopResponse> {
    return this.http.patch<AuthoringWorkshopResponse>(base(id), body);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(base(id)).pipe(map(() => undefined));
  }

  cancel(id: string, reason: string): Observable<void> {
    return this.http.post<void>(`${base(id)}/cancel`, reason.trim() ? { reason: reason.trim() } : {}).pipe(map(() => undefined));
  }
}

/** The authoring API's address of a workshop. */
export function authoringWorkshopUrl(id: string): string {
  return base(id);
}

/** The spreadsheet of the survey's results (`separator=semicolon` for French spreadsheet software). */
export function surveyResultsCsvUrl(id: string, separator: 'comma' | 'semicolon'): string {
  return `/api/workshops/${encodeURIComponent(id)}/survey/results?format=csv${separator === 'semicolon' ? '&separator=semicolon' : ''}`;
}
