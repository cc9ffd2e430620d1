import type { Routes } from '@angular/router';
import { signedInGuard } from '@culture-d/identity/web';

/** "Mon parcours" (signed in) and the public verification of a certificate. Titles are translation keys. */
export const PROGRESS_ROUTES: Routes = [
  {
    path: 'mon-parcours',
    title: 'progress.dashboard.title',
    canActivate: [signedInGuard],
    loadComponent: () => import('./pages/dashboard-page.component').then((m) => m.DashboardPageComponent),
  },
  {
    path: 'certificats/:code',
    title: 'progress.verify.title',
    loadComponent: () => import('./pages/certificate-page.component').then((m) => m.CertificatePageComponent),
  },
];
