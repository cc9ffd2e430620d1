import type { Routes } from '@angular/router';

/** The public catalogue: `/parcours`, a parcours, one of its steps. Titles are translation keys (then the content's). */
export const CATALOG_ROUTES: Routes = [
  {
    path: 'parcours',
    title: 'catalog.list.title',
    loadComponent: () => import('./pages/catalogue-page.component').then((m) => m.CataloguePageComponent),
  },
  {
    path: 'parcours/:slug',
    title: 'catalog.parcours.title',
    loadComponent: () => import('./pages/parcours-page.component').then((m) => m.ParcoursPageComponent),
  },
  {
    path: 'parcours/:slug/etapes/:activityId',
    title: 'catalog.activity.title',
    loadComponent: () => import('./pages/activity-page.component').then((m) => m.ActivityPageComponent),
  },
];
