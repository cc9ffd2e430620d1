import type { Routes } from '@angular/router';
import { roleGuard, signedInGuard } from '@culture-d/identity/web';

/**
 * The workshops: the list, my registrations, the guest's cancellation link, one workshop; and their management under
 * `/auteur/ateliers` (authoring/). Titles are translation keys.
 */
export const WORKSHOPS_ROUTES: Routes = [
  {
    path: 'auteur/ateliers',
    title: 'workshopsAdmin.list.title',
    canActivate: [roleGuard('author', 'admin')],
    loadComponent: () => import('./authoring/workshops-admin-page.component').then((m) => m.WorkshopsAdminPageComponent),
  },
  {
    path: 'auteur/ateliers/nouveau',
    title: 'workshopsAdmin.editor.newTitle',
    canActivate: [roleGuard('author', 'admin')],
    loadComponent: () => import('./authoring/workshop-editor-page.component').then((m) => m.WorkshopEditorPageComponent),
  },
  {
    path: 'auteur/ateliers/:id/inscrits',
    title: 'workshopsAdmin.registrants.title',
    canActivate: [roleGuard('facilitator', 'author', 'admin')],
    loadComponent: () => import('./authoring/registrants-page.component').then((m) => m.RegistrantsPageComponent),
  },
  {
    path: 'auteur/ateliers/:id/enquete',
    title: 'workshopsAdmin.survey.title',
    canActivate: [roleGuard('author', 'admin')],
    loadComponent: () => import('./authoring/survey-builder-page.component').then((m) => m.SurveyBuilderPageComponent),
  },
  {
    path: 'auteur/ateliers/:id/resultats',
    title: 'workshopsAdmin.results.title',
    canActivate: [roleGuard('facilitator', 'author', 'admin')],
    loadComponent: () => import('./authoring/survey-results-page.component').then((m) => m.SurveyResultsPageComponent),
  },
  {
    path: 'auteur/ateliers/:id',
    title: 'workshopsAdmin.editor.editTitle',
    canActivate: [roleGuard('author', 'admin')],
    loadComponent: () => import('./authoring/workshop-editor-page.component').then((m) => m.WorkshopEditorPageComponent),
  },
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
