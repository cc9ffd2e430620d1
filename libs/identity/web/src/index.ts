export { IDENTITY_ROUTES } from './lib/identity.routes';
export { AccountMenuComponent } from './lib/session/account-menu.component';
export { AuthStore } from './lib/session/auth.store';
export { roleGuard } from './lib/session/role.guard';
export { signedInGuard } from './lib/session/signed-in.guard';
