import type { CanMatchFn, Route } from '@angular/router';
import { IDENTITY_ROUTES } from '@culture-d/identity/web';

/**
 * The first URL segments each lazy library serves ('' for the home page). The router tries the empty-path
 * `loadChildren` entries in order and must download a library's routes to learn that they do not match: for
 * `/ateliers`, the site's, then the catalogue's, then the workshops' — one round trip each before the page's own chunk
 * (Lighthouse, slow 4G: 150 ms apiece). A `canMatch` on the first segment skips the libraries that cannot match
 * without loading them. app.routes.spec.ts checks these lists against the libraries' routes.
 */
export const LIBRARY_PATHS = {
  site: ['', 'accessibilite', 'mentions-legales', 'donnees-personnelles'],
  catalog: ['parcours'],
  workshops: ['ateliers', 'auteur'],
  progress: ['mon-parcours', 'certificats'],
  groups: ['groupes', 'mes-groupes', 'rejoindre'],
} as const;

function servedBy(library: keyof typeof LIBRARY_PATHS): CanMatchFn {
  const paths = new Set<string>(LIBRARY_PATHS[library]);
  return (_route, segments) => paths.has(segments[0]?.path ?? '');
}

export const appRoutes: Route[] = [
  { path: '', canMatch: [servedBy('site')], loadChildren: () => import('@culture-d/site/web').then((m) => m.SITE_ROUTES) },
  // The shell shows the account area (@culture-d/identity/web) on every page, so the library is in the initial
  // bundle anyway; its pages are still lazy (loadComponent in IDENTITY_ROUTES).
  { path: '', children: IDENTITY_ROUTES },
  // The catalogue's pages are lazy: loadChildren keeps @culture-d/catalog/web out of the initial bundle.
  { path: '', canMatch: [servedBy('catalog')], loadChildren: () => import('@culture-d/catalog/web').then((m) => m.CATALOG_ROUTES) },
  // The workshops' pages are lazy too (their management pages are under /auteur/ateliers).
  { path: '', canMatch: [servedBy('workshops')], loadChildren: () => import('@culture-d/workshops/web').then((m) => m.WORKSHOPS_ROUTES) },
  // "Mon parcours" and the public certificate verification, lazy as well.
  { path: '', canMatch: [servedBy('progress')], loadChildren: () => import('@culture-d/progress/web').then((m) => m.PROGRESS_ROUTES) },
  // Groups: the facilitators' pages and joining with a code, lazy.
  { path: '', canMatch: [servedBy('groups')], loadChildren: () => import('@culture-d/groups/web').then((m) => m.GROUPS_ROUTES) },
  // Authoring (author, admin), lazy. First: `/auteur` itself (nothing left to match) would otherwise stop at the next
  // entry, whose children do not match it, and show an empty page; longer paths it does not define fall through.
  { path: 'auteur', loadChildren: () => import('@culture-d/catalog/authoring').then((m) => m.AUTHORING_ROUTES) },
  // The quiz editor and question bank (author, admin), lazy.
  { path: 'auteur', loadChildren: () => import('@culture-d/quiz/web').then((m) => m.QUIZ_AUTHORING_ROUTES) },
  // Statistics for authors and admins, lazy.
  { path: 'statistiques', loadChildren: () => import('@culture-d/analytics/web').then((m) => m.ANALYTICS_ROUTES) },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('@culture-d/site/web').then((m) => m.NotFoundPageComponent),
  },
];
