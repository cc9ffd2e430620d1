import { type APIRequestContext, type Page, request as playwrightRequest } from '@playwright/test';
import { E2E_ADMIN } from './accounts';
import { expect, expectNoAxeViolation, open, shoot, test } from './fixtures';

const BASE_URL = 'http://127.0.0.1:3210';
const PASSWORD = 'la gouvernance des données en commun';

/** A learner registered through the API, signed in with their own cookies. */
async function learner(name: string): Promise<{ api: APIRequestContext; email: string; name: string }> {
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const email = `e2e-admin-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@exemple.fr`;
  const response = await api.post('/api/auth/register', { data: { email, password: PASSWORD, displayName: name, audience: 'agent', locale: 'fr' } });
  expect(response.status(), await response.text()).toBe(201);
  return { api, email, name };
}

async function findAndOpen(page: Page, search: string, name: string): Promise<void> {
  await open(page, '/admin/utilisateurs');
  await page.getByLabel('Nom ou adresse e-mail').fill(search);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByText(/^Comptes trouvés pour/)).toContainText(': 1.');
  await page.getByRole('link', { name }).click();
  await expect(page.locator('main h1')).toHaveText(name);
}

test('an administrator finds a new learner and makes them an author, deactivates another account, and reads the journal', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const promoted = await learner(`Élodie Promue ${stamp}`);
  const blocked = await learner(`Bruno Bloqué ${stamp}`);
  const login = await page.request.post('/api/auth/login', { data: { email: E2E_ADMIN.email, password: E2E_ADMIN.password } });
  expect(login.status()).toBe(200);

  // The search ignores case and accents: "elodie promue" finds "Élodie Promue".
  await open(page, '/admin/utilisateurs');
  await expect(page.locator('main h1')).toHaveText('Comptes');
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoAxeViolation(page, '/admin/utilisateurs');
  await shoot(page, 'admin-users');
  await findAndOpen(page, `elodie promue ${stamp}`, promoted.name);
  await expect(page.getByRole('checkbox', { name: /Apprenant·e/ })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: /Apprenant·e/ })).toBeChecked();
  await expectNoAxeViolation(page, '/admin/utilisateurs/:id');
  await shoot(page, 'admin-user');

  // Promoted to author: the person's session ends; signing in again opens "Mes outils" and the authoring pages.
  await page.getByRole('checkbox', { name: 'Auteur·rice' }).check();
  await page.getByRole('button', { name: 'Enregistrer les rôles' }).click();
  await expect(page.getByText(`Rôles de ${promoted.name} enregistrés.`)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Rôles changés' }).first()).toContainText('Apprenant·e, Auteur·rice');
  expect((await promoted.api.get('/api/me/sessions')).status()).toBe(401);
  const author = await browser.newContext({ baseURL: BASE_URL });
  const authorPage = await author.newPage();
  expect((await authorPage.request.post('/api/auth/login', { data: { email: promoted.email, password: PASSWORD } })).status()).toBe(200);
  await authorPage.goto('/');
  await authorPage.getByRole('link', { name: 'Mes outils' }).click();
  await expect(authorPage.locator('main h1')).toHaveText('Mes outils');
  await authorPage.locator('main').getByRole('link', { name: 'Parcours', exact: true }).click();
  // The guard lets the author in (no "reserved" page, no sign-in), and the authoring API answers them.
  await expect(authorPage).toHaveURL(/\/auteur$/);
  await expect(authorPage.getByRole('heading', { level: 1, name: 'Page réservée' })).toHaveCount(0);
  expect((await authorPage.request.get('/api/authoring/parcours')).status()).toBe(200);
  await author.close();

  // Deactivating another account, after a confirmation that takes the focus: its session ends at once.
  await findAndOpen(page, `bruno bloque ${stamp}`, blocked.name);
  expect((await blocked.api.get('/api/me/sessions')).status()).toBe(200);
  await page.getByRole('button', { name: 'Désactiver le compte…' }).click();
  const confirmation = page.locator('#admin-confirm-title');
  await expect(confirmation).toBeFocused();
  await expect(confirmation).toHaveText(`Désactiver le compte de ${blocked.name} ? La personne sera déconnectée tout de suite.`);
  await expectNoAxeViolation(page, '/admin/utilisateurs/:id (confirmation)');
  await page.getByRole('button', { name: 'Oui, désactiver' }).click();
  await expect(page.getByText(`Le compte de ${blocked.name} est désactivé.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Réactiver le compte' })).toBeVisible();
  expect((await blocked.api.get('/api/me/sessions')).status()).toBe(401);
  const refused = await blocked.api.post('/api/auth/login', { data: { email: blocked.email, password: PASSWORD } });
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { code: string }).code).toBe('INVALID_CREDENTIALS');
  await shoot(page, 'admin-user-deactivated');

  // The journal, filtered by type: the deactivation, by the administrator.
  await open(page, '/admin/journal');
  await expect(page.locator('main h1')).toHaveText('Journal de sécurité');
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByLabel('Type d’événement').selectOption({ label: 'Compte désactivé' });
  await page.getByRole('button', { name: 'Filtrer' }).click();
  const row = page.getByRole('row').filter({ hasText: blocked.name });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('rowheader')).toHaveText('Compte désactivé');
  await expectNoAxeViolation(page, '/admin/journal');
  await shoot(page, 'admin-journal');
  await promoted.api.dispose();
  await blocked.api.dispose();
});
