import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations, expect, open, test } from './fixtures';

const SCREENSHOTS = resolve(__dirname, '../../../dist/screenshots');
const PASSWORD = 'le vélo bleu de mamie roule encore';
const GENERIC_SIGN_IN_ERROR = 'L’adresse e-mail ou le mot de passe est incorrect.';

/** A fresh address per run (the e2e database persists between local runs); few registrations: the API limits them. */
function uniqueEmail(label: string): string {
  return `e2e-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@exemple.fr`;
}

async function register(page: Page, email: string, displayName: string): Promise<void> {
  await open(page, '/inscription');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Nom affiché').fill(displayName);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('radio', { name: 'Agent·e public·que' }).check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page).toHaveURL(/\/compte$/);
  await expect(page.locator('main h1')).toHaveText('Mon compte');
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.locator('main').getByRole('button', { name: 'Se connecter', exact: true }).click();
}

test('register → sign out → sign in → Mon compte → download my data → delete the account → signing in fails', async ({
  page,
  expectedHttpErrors,
}) => {
  const email = uniqueEmail('parcours');
  const header = page.getByRole('banner');

  await open(page, '/');
  await header.getByRole('link', { name: 'Créer un compte' }).click();
  await expect(page.locator('main h1')).toHaveText('Créer un compte');
  await register(page, email, 'Camille');
  await expect(page.getByRole('status')).toContainText('Votre compte est créé');
  await expect(header).toContainText('Camille');

  // Sign out, from the header.
  await header.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('status')).toContainText('Vous êtes déconnecté·e');
  await expect(header.getByRole('link', { name: 'Se connecter' })).toBeVisible();

  // "Mon compte" needs a session: the guard sends us to sign in, then back.
  await page.goto('/compte');
  await expect(page).toHaveURL(/\/connexion\?returnUrl=%2Fcompte$/);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/compte$/);
  await expect(page.locator('main')).toContainText(email);
  await expect(page.getByRole('heading', { name: 'Mes sessions' })).toBeVisible();
  await expect(page.locator('main')).toContainText('cet appareil');

  // Download my data: the file is the export, about this account.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Télécharger mes données' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('culture-d-mes-donnees.json');
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    sections: { identity: { account: { email: string; displayName: string } } };
  };
  expect(exported.sections.identity.account.email).toBe(email);
  expect(exported.sections.identity.account.displayName).toBe('Camille');

  // Delete the account: an explicit confirmation, focused, that asks for the password.
  const opener = page.getByRole('button', { name: 'Supprimer mon compte' });
  await expect(opener).toHaveAttribute('aria-expanded', 'false');
  await opener.click();
  await expect(page.getByRole('heading', { name: 'Confirmer la suppression de votre compte' })).toBeFocused();
  await expect(page.locator('main')).toContainText('ne peut pas être annulée');
  // Cancel gives the focus back to the button; then do it for real.
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('button', { name: 'Supprimer mon compte' })).toBeFocused();
  await page.getByRole('button', { name: 'Supprimer mon compte' }).click();
  await page.locator('#suppression-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('main h1')).toHaveText('Se former à la culture des données, à son rythme');
  await expect(page.getByRole('status')).toContainText('Votre compte est supprimé');
  await expect(header.getByRole('link', { name: 'Se connecter' })).toBeVisible();

  // The account is gone: signing in fails with the generic message (401, expected).
  expectedHttpErrors.push({ status: 401, path: '/api/auth/login' });
  await header.getByRole('link', { name: 'Se connecter' }).click();
  await expect(page.locator('main h1')).toHaveText('Se connecter');
  await signIn(page, email);
  const summary = page.locator('.cd-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(GENERIC_SIGN_IN_ERROR);
  await expect(page).toHaveURL(/\/connexion$/);
});

const FORM_PAGES = [
  { path: '/connexion', h1: 'Se connecter', title: 'Se connecter — Culture D' },
  { path: '/inscription', h1: 'Créer un compte', title: 'Créer un compte — Culture D' },
  { path: '/mot-de-passe/oublie', h1: 'Mot de passe oublié', title: 'Mot de passe oublié — Culture D' },
  { path: '/mot-de-passe/nouveau?jeton=x', h1: 'Choisir un nouveau mot de passe', title: 'Choisir un nouveau mot de passe — Culture D' },
];

for (const { path, h1, title } of FORM_PAGES) {
  test(`${path} has one h1, a translated title and no axe violation, also with its errors shown`, async ({ page }) => {
    await open(page, path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(h1);
    await expect(page).toHaveTitle(title);
    let violations = await axeViolations(page);
    expect(violations, `axe violations on ${path}:\n${violations.join('\n\n')}`).toEqual([]);
    // The same page with its error summary and errors in the fields.
    await page.locator('main button[type="submit"]').click();
    await expect(page.locator('.cd-error-summary')).toBeFocused();
    violations = await axeViolations(page);
    expect(violations, `axe violations on ${path} with errors:\n${violations.join('\n\n')}`).toEqual([]);
  });
}

test('the new-password page: a used or expired link says so and offers to ask for a new one', async ({ page, expectedHttpErrors }) => {
  expectedHttpErrors.push({ status: 422, path: '/api/auth/password/reset' }, { status: 400, path: '/api/auth/password/reset' });
  await open(page, '/mot-de-passe/nouveau?jeton=ce-jeton-n-existe-pas-du-tout-0123456789');
  await page.getByLabel('Nouveau mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByRole('heading', { name: 'Ce lien n’est plus valable' })).toBeVisible();
  await page.getByRole('link', { name: 'Demander un nouveau lien' }).click();
  await expect(page.locator('main h1')).toHaveText('Mot de passe oublié');
});

test('forgotten password always says the same thing', async ({ page }) => {
  await open(page, '/mot-de-passe/oublie');
  await page.getByLabel('Adresse e-mail').fill(uniqueEmail('inconnu'));
  await page.getByRole('button', { name: 'Recevoir un lien' }).click();
  await expect(page.locator('main')).toContainText('Si un compte existe pour cette adresse, un e-mail vient de partir.');
});

test('keyboard: an empty registration focuses the error summary, whose first link leads to the e-mail field', async ({ page }) => {
  await open(page, '/inscription');
  await page.getByRole('button', { name: 'Créer mon compte' }).focus();
  await page.keyboard.press('Enter');
  const summary = page.locator('.cd-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Saisissez votre adresse e-mail.',
    'Saisissez le nom à afficher.',
    'Saisissez votre mot de passe.',
    'Choisissez le public qui vous correspond.',
  ]);
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Adresse e-mail')).toBeFocused();
  await expect(page.getByLabel('Adresse e-mail')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/inscription$/);
});

test('the account pages switch to English', async ({ page }) => {
  await open(page, '/connexion');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('h1')).toHaveText('Sign in');
  await expect(page).toHaveTitle('Sign in — Culture D');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Create an account' })).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'Create an account' }).click();
  await expect(page.locator('h1')).toHaveText('Create an account');
  await expect(page.getByRole('radio', { name: 'Digital mediator' })).toBeVisible();
  await page.getByRole('button', { name: /Français/ }).click();
  await expect(page.locator('h1')).toHaveText('Créer un compte');
});

test('Mon compte: no axe violation, and screenshots of /inscription and /compte at 390 and 1280 px', async ({ page }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await open(page, '/inscription');
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: resolve(SCREENSHOTS, `inscription-${width}.png`), fullPage: true });
  }
  await register(page, uniqueEmail('compte'), 'Dominique');
  const violations = await axeViolations(page);
  expect(violations, `axe violations on /compte:\n${violations.join('\n\n')}`).toEqual([]);
  await page.getByRole('button', { name: 'Supprimer mon compte' }).click();
  const withConfirmation = await axeViolations(page);
  expect(withConfirmation, `axe violations on /compte (deletion step):\n${withConfirmation.join('\n\n')}`).toEqual([]);
  await page.getByRole('button', { name: 'Annuler' }).click();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.reload();
    await expect(page.locator('main h1')).toHaveText('Mon compte');
    await page.evaluate(() => document.fonts.ready);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: resolve(SCREENSHOTS, `compte-${width}.png`), fullPage: true });
  }
});
