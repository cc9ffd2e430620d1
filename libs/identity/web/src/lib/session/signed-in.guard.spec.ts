import { TestBed } from '@angular/core/testing';
import { type ActivatedRouteSnapshot, Router, type RouterStateSnapshot, type UrlTree, provideRouter } from '@angular/router';
import type { UserResponse } from '@culture-d/identity/contracts';
import { ApiTestingController, provideApiTesting } from '@culture-d/shared/web/testing';
import { signedInGuard } from './signed-in.guard';

const USER: UserResponse = { id: 'u1', email: 'a@b.fr', displayName: 'Awa', audience: 'elu', roles: ['learner'], locale: 'fr' };

describe('signedInGuard', () => {
  function run(url: string): { result: Promise<boolean | UrlTree>; http: ApiTestingController } {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideApiTesting()] });
    const http = TestBed.inject(ApiTestingController);
    const result = TestBed.runInInjectionContext(
      () => signedInGuard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot) as Promise<boolean | UrlTree>,
    );
    return { result, http };
  }

  it('sends visitors to /connexion with the page they wanted as returnUrl', async () => {
    const { result, http } = run('/compte');
    http.expectOne('/api/auth/session').flush({ user: null });
    const tree = (await result) as UrlTree;
    expect(TestBed.inject(Router).serializeUrl(tree)).toBe('/connexion?returnUrl=%2Fcompte');
  });

  it('lets signed-in people through, asking the server only once', async () => {
    const { result, http } = run('/compte');
    http.expectOne('/api/auth/session').flush({ user: USER });
    expect(await result).toBe(true);
    expect(await TestBed.runInInjectionContext(() => signedInGuard({} as ActivatedRouteSnapshot, { url: '/compte' } as RouterStateSnapshot))).toBe(true);
    http.verify();
  });
});
