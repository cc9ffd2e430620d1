import { TestBed } from '@angular/core/testing';
import { type ActivatedRouteSnapshot, Router, type RouterStateSnapshot, type UrlTree, provideRouter } from '@angular/router';
import type { UserResponse } from '@culture-d/identity/contracts';
import { ApiTestingController, provideApiTesting } from '@culture-d/shared/web/testing';
import { roleGuard } from './role.guard';

const LEARNER: UserResponse = { id: 'u1', email: 'a@b.fr', displayName: 'Awa', audience: 'elu', roles: ['learner'], locale: 'fr' };

describe('roleGuard', () => {
  function run(user: UserResponse | null): Promise<boolean | UrlTree> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideApiTesting()] });
    const http = TestBed.inject(ApiTestingController);
    const result = TestBed.runInInjectionContext(
      () => roleGuard('author', 'admin')({} as ActivatedRouteSnapshot, { url: '/auteur' } as RouterStateSnapshot) as Promise<boolean | UrlTree>,
    );
    http.expectOne('/api/auth/session').flush({ user });
    return result;
  }
  const url = async (result: Promise<boolean | UrlTree>) => TestBed.inject(Router).serializeUrl((await result) as UrlTree);

  it('sends visitors to sign in, then back', async () => {
    expect(await url(run(null))).toBe('/connexion?returnUrl=%2Fauteur');
  });

  it('shows people without the role why the page is closed to them', async () => {
    expect(await url(run(LEARNER))).toBe('/acces-reserve');
  });

  it('lets in anyone with one of the roles', async () => {
    expect(await run({ ...LEARNER, roles: ['learner', 'admin'] })).toBe(true);
  });
});
