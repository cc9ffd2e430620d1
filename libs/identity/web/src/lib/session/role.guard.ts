import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Role } from '@culture-d/shared/contracts';
import { AuthStore } from './auth.store';

/**
 * Pages for some roles only (authoring, groups, administration): visitors go to `/connexion?returnUrl=<this page>`;
 * signed-in people without one of the roles see `/acces-reserve`, which says why. The API checks the roles anyway:
 * this only spares people a page that would fail.
 */
export function roleGuard(...roles: readonly Role[]): CanActivateFn {
  return async (_route, state) => {
    const auth = inject(AuthStore);
    const router = inject(Router);
    const user = await auth.load();
    if (!user) return router.createUrlTree(['/connexion'], { queryParams: { returnUrl: state.url } });
    return user.roles.some((role) => roles.includes(role)) ? true : router.createUrlTree(['/acces-reserve']);
  };
}
