import { SITE_ROUTES } from './site.routes';

describe('SITE_ROUTES', () => {
  it('serves the home page and the three compulsory information pages, each with a translated title', () => {
    expect(SITE_ROUTES.map((route) => [route.path, route.title])).toEqual([
      ['', 'home.title'],
      ['accessibilite', 'accessibility.title'],
      ['mentions-legales', 'legal.title'],
      ['donnees-personnelles', 'privacy.title'],
    ]);
  });

  it('loads every page lazily', async () => {
    for (const route of SITE_ROUTES) {
      expect(route.component).toBeUndefined();
      const component = await route.loadComponent?.();
      expect(component).toBeDefined();
    }
  });
});
