import { axeViolations, expect, open, test } from './fixtures';

const PAGES = [
  { path: '/', h1: 'Se former à la culture des données, à son rythme', title: 'Accueil — Culture D' },
  { path: '/accessibilite', h1: 'Déclaration d’accessibilité', title: 'Déclaration d’accessibilité — Culture D' },
  { path: '/mentions-legales', h1: 'Mentions légales', title: 'Mentions légales — Culture D' },
  { path: '/donnees-personnelles', h1: 'Données personnelles', title: 'Données personnelles — Culture D' },
  { path: '/cette-page-n-existe-pas', h1: 'Page introuvable', title: 'Page introuvable — Culture D' },
];

for (const { path, h1, title } of PAGES) {
  test(`${path} has one h1, a translated title and no axe violation (WCAG 2.1 A/AA)`, async ({ page }) => {
    await open(page, path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(h1);
    await expect(page).toHaveTitle(title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const violations = await axeViolations(page);
    expect(violations, `axe violations on ${path}:\n${violations.join('\n\n')}`).toEqual([]);
  });
}

test('the accessibility statement follows the RGAA model', async ({ page }) => {
  await open(page, '/accessibilite');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'État de conformité',
    'Résultats des tests',
    'Contenus non accessibles',
    'Établissement de cette déclaration',
    'Retour d’information et contact',
    'Voies de recours',
  ]);
  await expect(page.getByText('partiellement conforme', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('Défenseur des droits', { exact: false }).first()).toBeVisible();
});

test('the footer links to the compulsory pages, and the breadcrumb shows where we are', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Données personnelles' }).click();
  await expect(page.locator('h1')).toHaveText('Données personnelles');
  await expect(page).toHaveURL(/\/donnees-personnelles$/);
  const breadcrumb = page.getByRole('navigation', { name: 'Vous êtes ici :' });
  await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText('Données personnelles');
  await expect(page.getByText('dpo@culture-d.example')).toBeVisible();
  await breadcrumb.getByRole('link', { name: 'Accueil' }).click();
  await expect(page.locator('h1')).toHaveText('Se former à la culture des données, à son rythme');
  await expect(page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Accueil' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  // Links to sections of the home page are never "the current page".
  await expect(page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Les thèmes' })).not.toHaveAttribute(
    'aria-current',
  );
});
