import type { Route } from '@angular/router';

export const appRoutes: Route[] = [
  { path: '', loadChildren: () => import('@culture-d/site/web').then((m) => m.SITE_ROUTES) },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('@culture-d/site/web').then((m) => m.NotFoundPageComponent),
  },
];
