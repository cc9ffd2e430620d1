import type { Routes } from '@angular/router';
import { roleGuard } from './session/role.guard';
import { signedInGuard } from './session/signed-in.guard';

/** Accounts: sign in, register, forgotten password, new password, "Mon compte". Titles are translation keys. */
export const IDENTITY_ROUTES: Routes = [
  {
    path: 'connexion',
    title: 'identity.signIn.title',
    loadComponent: () => import('./pages/sign-in-page.component').then((m) => m.SignInPageComponent),
  },
  {
    path: 'inscription',
    title: 'identity.register.title',
    loadComponent: () => import('./pages/register-page.component').then((m) => m.RegisterPageComponent),
  },
  {
    path: 'mot-de-passe/oublie',
    title: 'identity.forgot.title',
    loadComponent: () => import('./pages/forgot-password-page.component').then((m) => m.ForgotPasswordPageComponent),
  },
  {
    path: 'mot-de-passe/nouveau',
    title: 'identity.reset.title',
    loadComponent: () => import('./pages/reset-password-page.component').then((m) => m.ResetPasswordPageComponent),
  },
  {
    path: 'compte',
    title: 'identity.account.title',
    canActivate: [signedInGuard],
    loadComponent: () => import('./pages/account-page.component').then((m) => m.AccountPageComponent),
  },
  {
    path: 'outils',
    title: 'identity.tools.title',
    canActivate: [roleGuard('author', 'facilitator', 'admin')],
    loadComponent: () => import('./pages/tools-page.component').then((m) => m.ToolsPageComponent),
  },
  // Administration (admin): the routes themselves are lazy too, to keep the initial bundle small.
  { path: 'admin', loadChildren: () => import('./admin/admin.routes').then((m) => m.ADMIN_ROUTES) },
  {
    path: 'acces-reserve',
    title: 'identity.reserved.title',
    loadComponent: () => import('./pages/reserved-page.component').then((m) => m.ReservedPageComponent),
  },
];
