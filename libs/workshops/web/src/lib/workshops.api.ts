import { Injectable, inject } from '@angular/core';
import type { MyRegistrationResponse, RegistrationResponse } from '@culture-d/workshops/contracts';
import { ApiClient } from '@culture-d/shared/web';
import { type Observable, map } from 'rxjs';

/** A guest's details as plain data (the contracts' classes carry decorators the browser does not load). */
export interface GuestBody {
  readonly name: string;
  readonly email: string;
  readonly consent: true;
}

/** The workshops' writes and the signed-in person's registrations (reads of workshops use `apiResource`). */
@Injectable({ providedIn: 'root' })
export class WorkshopsApi {
  private readonly http = inject(ApiClient);

  register(workshopId: string, guest?: GuestBody): Observable<RegistrationResponse> {
    return this.http.post<RegistrationResponse>(`/api/workshops/${encodeURIComponent(workshopId)}/registrations`, guest ? { guest } : {});
  }

  myRegistrations(): Observable<MyRegistrationResponse[]> {
    return this.http.get<MyRegistrationResponse[]>('/api/me/registrations');
  }

  unregister(workshopId: string): Observable<void> {
    return this.http.delete<void>(`/api/workshops/${encodeURIComponent(workshopId)}/registrations/mine`).pipe(map(() => undefined));
  }

  cancelWithToken(token: string): Observable<void> {
    return this.http.post<void>('/api/registrations/cancel', { token }).pipe(map(() => undefined));
  }
}

/** The iCalendar file of a workshop ("Ajouter à mon agenda"). */
export function icsUrl(workshopId: string): string {
  return `/api/workshops/${encodeURIComponent(workshopId)}/ics`;
}
