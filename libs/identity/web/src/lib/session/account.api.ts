import { Injectable, inject } from '@angular/core';
import type { SessionResponse, UpdateProfileRequest, UserResponse } from '@culture-d/identity/contracts';
import { ApiClient } from '@culture-d/shared/web';
import { type Observable, map, tap } from 'rxjs';
import { AuthStore, type RegisterBody, type SignInBody } from './auth.store';

export type ProfileBody = Pick<UpdateProfileRequest, 'displayName' | 'audience' | 'locale'>;

/** Signing in and registering, the signed-in person's own account (`/api/me/*`), and the forgotten-password requests. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(ApiClient);
  private readonly auth = inject(AuthStore);

  signIn(body: SignInBody): Observable<UserResponse> {
    return this.http.post<UserResponse>('/api/auth/login', body).pipe(tap((user) => this.auth.set(user)));
  }

  register(body: RegisterBody): Observable<UserResponse> {
    return this.http.post<UserResponse>('/api/auth/register', body).pipe(tap((user) => this.auth.set(user)));
  }

  updateProfile(body: ProfileBody): Observable<UserResponse> {
    return this.http.patch<UserResponse>('/api/me', body).pipe(tap((user) => this.auth.set(user)));
  }

  changePassword(currentPassword: string, newPassword: string): Observable<void> {
    return this.http.post<void>('/api/me/password', { currentPassword, newPassword }).pipe(map(() => undefined));
  }

  sessions(): Observable<SessionResponse[]> {
    return this.http.get<{ items: SessionResponse[] }>('/api/me/sessions').pipe(map((body) => body.items));
  }

  signOutElsewhere(): Observable<void> {
    return this.http.delete<void>('/api/me/sessions').pipe(map(() => undefined));
  }

  /** Erases the account; the server clears the session cookie. */
  deleteAccount(password: string): Observable<void> {
    return this.http.delete<void>('/api/me', { body: { password } }).pipe(
      map(() => undefined),
      tap(() => this.auth.set(null)),
    );
  }

  forgotPassword(email: string): Observable<void> {
    return this.http.post<void>('/api/auth/password/forgot', { email }).pipe(map(() => undefined));
  }

  resetPassword(token: string, password: string): Observable<void> {
    return this.http.post<void>('/api/auth/password/reset', { token, password }).pipe(map(() => undefined));
  }
}
