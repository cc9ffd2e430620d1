import type { Routes } from '@angular/router';
import { roleGuard } from '@culture-d/identity/web';

/** `/statistiques` (the parcours funnel and quiz items) and `/statistiques/ateliers`, for authors and admins. */
export const ANALYTICS_ROUTES: Routes = [
  {
    path: '',
    canActivate: [roleGuard('author', 'admin')],
    children: [
      {
        path: '',
        title: 'analytics.parcours.title',
        loadComponent: () => import('./pages/parcours-stats-page.component').then((m) => m.ParcoursStatsPageComponent),
      },
      {
        path: 'ateliers',
        title: 'analytics.workshops.title',
        loadComponent: () => import('./pages/workshops-stats-page.component').then((m) => m.WorkshopsStatsPageComponent),
      },
    ],
  },
];
