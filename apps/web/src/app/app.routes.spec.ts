import type { Route, UrlSegment } from '@angular/router';
import { LIBRARY_PATHS, appRoutes } from './app.routes';

type Library = keyof typeof LIBRARY_PATHS;

// Imported the way the app does, lazily (a static import of a lazy library is refused by lint).
const LIBRARIES: Record<Library, () => Promise<Route[]>> = {
  site: () => import('@culture-d/site/web').then((m) => m.SITE_ROUTES),
  catalog: () => import('@culture-d/catalog/web').then((m) => m.CATALOG_ROUTES),
  workshops: () => import('@culture-d/workshops/web').then((m) => m.WORKSHOPS_ROUTES),
  progress: () => import('@culture-d/progress/web').then((m) => m.PROGRESS_ROUTES),
  groups: () => import('@culture-d/groups/web').then((m) => m.GROUPS_ROUTES),
};

const firstSegment = (route: Route) => (route.path ?? '').split('/')[0];
const segments = (url: string) => url.split('/').filter(Boolean).map((path) => ({ path }) as UrlSegment);

/** The library entry of the app routes whose canMatch accepts `url`, by the first segment alone. */
function entriesAccepting(url: string): number[] {
  return appRoutes.flatMap((route, index) => {
    const canMatch = route.canMatch?.[0] as ((route: Route, segments: UrlSegment[]) => boolean) | undefined;
    return canMatch?.(route, segments(url)) ? [index] : [];
  });
}

describe('app routes: each lazy library is loaded only for its own paths', () => {
  it.each(Object.keys(LIBRARIES) as Library[])('lists every first segment the %s routes serve', async (library) => {
    const served = [...new Set((await LIBRARIES[library]()).map(firstSegment))].sort();
    expect(served).toEqual([...LIBRARY_PATHS[library]].sort());
  });

  it('sends a URL to the one library that serves it, without trying the others', () => {
    expect(entriesAccepting('/')).toHaveLength(1);
    expect(entriesAccepting('/ateliers/atelier-citoyen')).toEqual(entriesAccepting('/auteur/ateliers/nouveau'));
    expect(entriesAccepting('/parcours/decouvrir/etapes/1')).toHaveLength(1);
    expect(entriesAccepting('/parcours/decouvrir/etapes/1')).not.toEqual(entriesAccepting('/'));
    expect(entriesAccepting('/connexion')).toEqual([]); // identity's routes are in the initial bundle, not behind a canMatch
    expect(entriesAccepting('/page-qui-n-existe-pas')).toEqual([]);
  });

  it('puts a canMatch on every empty-path lazy library', () => {
    const unguarded = appRoutes.filter((route) => route.path === '' && route.loadChildren && !route.canMatch);
    expect(unguarded).toEqual([]);
  });
});
