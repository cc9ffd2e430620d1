import type { Routes } from '@angular/router';
import { signedInGuard } from '@culture-d/identity/web';

/** The workshops: the list, my registrations, the guest's cancellation link, one workshop. Titles are translation keys. */
export const WORKSHOPS_ROUTES: Routes = [
  {
    path: 'ateliers',
    title: 'workshops.list.title',
    loadComponent: () => import('./pages/workshops-page.component').then((m) => m.WorkshopsPageComponent),
  },
  {
    path: 'ateliers/mes-inscriptions',
    title: 'workshops.mine.title',
    canActivate: [signedInGuard],
    loadComponent: () => import('./pages/my-registrations-page.component').then((m) => m.MyRegistrationsPageComponent),
  },
  {
    path: 'ateliers/annuler',
    title: 'workshops.cancel.title',
    loadComponent: () => import('./pages/cancel-page.component').then((m) => m.CancelPageComponent),
  },
  {
    path: 'ateliers/:slug/emargement',
    title: 'workshops.sheet.title',
    canActivate: [signedInGuard],
    loadComponent: () => import('./pages/attendance-page.component').then((m) => m.AttendancePageComponent),
  },
  {
    path: 'ateliers/:slug',
    title: 'workshops.detail.title',
    loadComponent: () => import('./pages/workshop-page.component').then((m) => m.WorkshopPageComponent),
  },
];
