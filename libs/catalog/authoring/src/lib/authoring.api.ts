import { Injectable, inject } from '@angular/core';
import type {
  ActivityDocument,
  AuthoringParcoursResponse,
  AuthoringParcoursSummary,
  DraftPreviewResponse,
  ModuleDocument,
  ParcoursDocument,
  VersionResponse,
} from '@culture-d/catalog/contracts';
import { ApiClient } from '@culture-d/shared/web';
import { type Observable, map } from 'rxjs';

/** The module fields the structure routes take (`PATCH /api/authoring/modules/:id`). */
export type ModuleFields = Partial<Pick<ModuleDocument, 'title' | 'summary' | 'objectives' | 'minutes' | 'competencies' | 'prerequisites'>>;

/** A new activity: the document format without its key, which the API derives from the title. */
export type NewActivity = ActivityDocument extends infer A ? (A extends ActivityDocument ? Omit<A, 'key'> : never) : never;

const base = '/api/authoring';
const id$ = (id: string) => encodeURIComponent(id);

/** `/api/authoring/parcours/**`, `/modules/**`, `/activities/**` (docs/api.md); every write answers the whole draft with its new revision. */
@Injectable({ providedIn: 'root' })
export class AuthoringApi {
  private readonly http = inject(ApiClient);

  list(): Observable<AuthoringParcoursSummary[]> {
    return this.http.get<AuthoringParcoursSummary[]>(`${base}/parcours`);
  }

  create(document: ParcoursDocument): Observable<AuthoringParcoursResponse> {
    return this.http.post<AuthoringParcoursResponse>(`${base}/parcours`, document);
  }

  import(document: unknown): Observable<AuthoringParcoursResponse> {
    return this.http.post<AuthoringParcoursResponse>(`${base}/parcours/import`, document);
  }

  get(id: string): Observable<AuthoringParcoursResponse> {
    return this.http.get<AuthoringParcoursResponse>(`${base}/parcours/${id$(id)}`);
  }

  save(id: string, revision: number, document: ParcoursDocument): Observable<AuthoringParcoursResponse> {
    return this.http.patch<AuthoringParcoursResponse>(`${base}/parcours/${id$(id)}`, { revision, document });
  }

  addModule(parcoursId: string, revision: number, fields: ModuleFields): Observable<AuthoringParcoursResponse> {
    return this.http.post<AuthoringParcoursResponse>(`${base}/parcours/${id$(parcoursId)}/modules`, { revision, ...fields });
  }

  updateModule(moduleId: string, revision: number, fields: ModuleFields): Observable<AuthoringParcoursResponse> {
    return this.http.patch<AuthoringParcoursResponse>(`${base}/modules/${id$(moduleId)}`, { revision, ...fields });
  }

  removeModule(moduleId: string, revision: number): Observable<AuthoringParcoursResponse> {
    return this.http.delete<AuthoringParcoursResponse>(`${base}/modules/${id$(moduleId)}`, { body: { revision } });
  }

  orderModules(parcoursId: string, revision: number, ids: readonly string[]): Observable<AuthoringParcoursResponse> {
    return this.http.put<AuthoringParcoursResponse>(`${base}/parcours/${id$(parcoursId)}/module-order`, { revision, ids });
  }

  orderActivities(moduleId: string, revision: number, ids: readonly string[]): Observable<AuthoringParcoursResponse> {
    return this.http.put<AuthoringParcoursResponse>(`${base}/modules/${id$(moduleId)}/activity-order`, { revision, ids });
  }

  addActivity(moduleId: string, revision: number, activity: NewActivity): Observable<AuthoringParcoursResponse> {
    return this.http.post<AuthoringParcoursResponse>(`${base}/modules/${id$(moduleId)}/activities`, { revision, activity });
  }

  removeActivity(activityId: string, revision: number): Observable<AuthoringParcoursResponse> {
    return this.http.delete<AuthoringParcoursResponse>(`${base}/activities/${id$(activityId)}`, { body: { revision } });
  }

  preview(id: string): Observable<DraftPreviewResponse> {
    return this.http.get<DraftPreviewResponse>(`${base}/parcours/${id$(id)}/preview`);
  }

  versions(id: string): Observable<VersionResponse[]> {
    return this.http.get<VersionResponse[]>(`${base}/parcours/${id$(id)}/versions`);
  }

  publish(id: string): Observable<VersionResponse[]> {
    return this.http.post<VersionResponse[]>(`${base}/parcours/${id$(id)}/publish`, {});
  }

  unpublish(id: string): Observable<void> {
    return this.http.post<void>(`${base}/parcours/${id$(id)}/unpublish`, {}).pipe(map(() => undefined));
  }
}

/** The export, downloaded by the browser (the API answers with `Content-Disposition: attachment`). */
export function exportUrl(id: string): string {
  return `${base}/parcours/${id$(id)}/export`;
}
