import { TestBed } from '@angular/core/testing';
import type { UserResponse } from '@culture-d/identity/contracts';
import { ApiTestingController, provideApiTesting } from '@culture-d/shared/web/testing';
import { AuthStore } from './auth.store';

const CAMILLE: UserResponse = { id: 'u1', email: 'camille@exemple.fr', displayName: 'Camille', audience: 'agent', roles: ['learner'], locale: 'fr' };

describe('AuthStore', () => {
  let auth: AuthStore;
  let http: ApiTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideApiTesting()] });
    auth = TestBed.inject(AuthStore);
    http = TestBed.inject(ApiTestingController);
  });

  it('asks the server once who is signed in, and shares the answer', async () => {
    expect(auth.known()).toBe(false);
    const first = auth.load();
    const second = auth.load();
    http.expectOne('/api/auth/session').flush({ user: CAMILLE });
    expect(await first).toEqual(CAMILLE);
    expect(await second).toEqual(CAMILLE);
    expect(auth.signedIn()).toBe(true);
    expect(auth.known()).toBe(true);
    http.verify();
  });

  it('knows a visitor from the null user, without any error answer', async () => {
    const loaded = auth.load();
    http.expectOne('/api/auth/session').flush({ user: null });
    expect(await loaded).toBeNull();
    expect(auth.signedIn()).toBe(false);
    expect(auth.known()).toBe(true);
  });

  it('counts an unreachable server as nobody signed in', async () => {
    const loaded = auth.load();
    http.expectOne('/api/auth/session').networkError();
    expect(await loaded).toBeNull();
    expect(auth.known()).toBe(true);
  });

  it('keeps a sign-in made while the first answer was on its way', async () => {
    const loaded = auth.load();
    auth.set(CAMILLE);
    http.expectOne('/api/auth/session').flush({ user: null });
    await loaded;
    expect(auth.user()).toEqual(CAMILLE);
  });

  it('signs out even when the server refuses (the session may already be gone)', async () => {
    auth.set(CAMILLE);
    const done = new Promise<void>((resolve) => auth.signOut().subscribe(() => resolve()));
    http.expectOne({ method: 'POST', url: '/api/auth/logout' }).flush({ code: 'UNAUTHENTICATED' }, { status: 401 });
    await done;
    expect(auth.user()).toBeNull();
  });
});
