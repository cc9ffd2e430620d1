import { Injectable, inject } from '@angular/core';
import type { GroupResponse, MyGroupResponse } from '@culture-d/groups/contracts';
import { ApiClient } from '@culture-d/shared/web';
import { type Observable, map } from 'rxjs';

/** A group's editable fields as plain data (the contracts' request classes carry decorators the browser does not load). */
export interface GroupBody {
  readonly name: string;
  readonly description: string;
  readonly parcours: readonly string[];
}

/** The groups' writes (reads use `apiResource`). */
@Injectable({ providedIn: 'root' })
export class GroupsApi {
  private readonly http = inject(ApiClient);

  create(body: GroupBody): Observable<GroupResponse> {
    return this.http.post<GroupResponse>('/api/groups', body);
  }

  update(id: string, body: GroupBody): Observable<GroupResponse> {
    return this.http.patch<GroupResponse>(groupUrl(id), body);
  }

  /** A new join code: the old one stops working, members stay. */
  regenerateCode(id: string): Observable<GroupResponse> {
    return this.http.patch<GroupResponse>(groupUrl(id), { regenerateCode: true });
  }

  archive(id: string): Observable<void> {
    return this.http.delete<void>(groupUrl(id)).pipe(map(() => undefined));
  }

  join(code: string, shareProgress: boolean): Observable<MyGroupResponse> {
    return this.http.post<MyGroupResponse>('/api/groups/join', { code, shareProgress });
  }

  setSharing(id: string, shareProgress: boolean): Observable<MyGroupResponse> {
    return this.http.patch<MyGroupResponse>(`${groupUrl(id)}/membership`, { shareProgress });
  }

  leave(id: string): Observable<void> {
    return this.http.delete<void>(`${groupUrl(id)}/membership`).pipe(map(() => undefined));
  }
}

export function groupUrl(id: string): string {
  return `/api/groups/${encodeURIComponent(id)}`;
}

/** The members' spreadsheet: consenting members only (comma, or semicolon for French spreadsheet software). */
export function membersCsvUrl(id: string, separator: 'comma' | 'semicolon'): string {
  return `${groupUrl(id)}/members.csv${separator === 'semicolon' ? '?separator=semicolon' : ''}`;
}
