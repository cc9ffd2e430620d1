import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginRequest, RegisterRequest, UserResponse } from '@culture-d/identity/contracts';
import { ApiClient } from '@culture-d/shared/web/shell';
import { type Observable, catchError, firstValueFrom, map, of, tap } from 'rxjs';

/** Request bodies as plain data: the contracts' classes carry decorators the browser does not load. */
export type SignInBody = Pick<LoginRequest, 'email' | 'password'>;
export type RegisterBody = Pick<RegisterRequest, 'email' | 'password' | 'displayName' | 'audience' | 'locale'>;

/**
 * Who is signed in. The session is an HttpOnly cookie the browser sends by itself: the app only asks the server
 * (`GET /api/auth/session`: `{ user }`, null for nobody, so a visitor's first page logs no 401) and keeps the answer in
 * a signal for the header and the guards; an unreachable server counts as nobody. Signing in and
 * registering are in `AccountApi`, which only the pages need.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(ApiClient);
  private readonly current = signal<UserResponse | null>(null);
  private readonly checked = signal(false);
  private pending?: Promise<UserResponse | null>;
  /** Bumped at every local change, so that a late answer of `load()` never overwrites a newer state. */
  private version = 0;

  readonly user = this.current.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);
  /** False until the first answer: the header shows no account links rather than the wrong ones. */
  readonly known = this.checked.asReadonly();

  /** Asks the server once who is signed in; later calls share the answer. */
  load(): Promise<UserResponse | null> {
    if (!this.pending) {
      const version = this.version;
      this.pending = firstValueFrom(
        this.http.get<{ user: UserResponse | null }>('/api/auth/session').pipe(
          map((session) => session.user),
          catchError(() => of(null)),
        ),
      ).then((user) => {
        if (version === this.version) this.apply(user);
        return this.current();
      });
    }
    return this.pending;
  }

  /** Signs out; whatever the server answers (the session may already be gone), nobody is signed in afterwards. */
  signOut(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null).pipe(
      map(() => undefined),
      catchError(() => of(undefined)),
      tap(() => this.set(null)),
    );
  }

  /** Records a change known locally: a profile update, or the account's deletion (`null`). */
  set(user: UserResponse | null): void {
    this.version++;
    this.apply(user);
    this.pending = Promise.resolve(user);
  }

  private apply(user: UserResponse | null): void {
    this.current.set(user);
    this.checked.set(true);
  }
}
