import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { AuthStore } from './auth.store';

/** Pages for signed-in people: anyone else goes to `/connexion?returnUrl=<this page>`, and comes back after. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const user = await auth.load();
  return user ? true : router.createUrlTree(['/connexion'], { queryParams: { returnUrl: state.url } });
};
