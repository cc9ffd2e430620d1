import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { E2E_ADMIN } from './accounts';
import { expect, expectNoAxeViolation, open, SCREENSHOTS, test } from './fixtures';

const PASSWORD = 'le vélo bleu de mamie roule encore';
/** Starter workshops (content/workshops.json): upcoming, in Lyon and online. */
const GUEST_WORKSHOP = 'atelier-citoyens-tuba-lyon';
const LEARNER_WORKSHOP = 'atelier-mediateurs-la-mednum';
/** Registration succeeded: a seat, or a place on the waiting list once earlier runs have filled the workshop. */
const REGISTERED = /Inscription confirmée|Vous êtes sur la liste d’attente, en position \d+/;

/** A fresh address per run (the e2e database persists between local runs). */
function uniqueEmail(label: string): string {
  return `e2e-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@exemple.fr`;
}

async function registerAccount(page: Page, email: string, displayName: string): Promise<void> {
  await open(page, '/inscription');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Nom affiché').fill(displayName);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('radio', { name: 'Médiateur·rice numérique' }).check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page).toHaveURL(/\/compte$/);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} overflows`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
}

test('the nav leads to /ateliers: upcoming workshops in Paris time, filters in the URL', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Les ateliers' }).click();
  await expect(page).toHaveURL(/\/ateliers$/);
  await expect(page.locator('main h1')).toHaveText('Les ateliers');
  const cards = page.locator('main article');
  await expect(cards).toHaveCount(3);
  await expect(cards.first()).toContainText('heure de Paris');
  await expect(page.locator('main')).toContainText('En ligne');
  await expect(page.locator('main')).not.toContainText('premiers pas');

  const count = page.getByRole('region', { name: 'Ateliers à venir' }).getByRole('status');
  await expect(count).toHaveText('3 ateliers à venir');
  await page.getByLabel('Ville').fill('lyon');
  await page.getByRole('button', { name: 'Afficher les ateliers' }).click();
  await expect(page).toHaveURL(/\/ateliers\?ville=lyon$/);
  await expect(count).toHaveText('2 ateliers à venir');
  await page.getByLabel('Public').selectOption('elu');
  await page.getByRole('button', { name: 'Afficher les ateliers' }).click();
  await expect(page).toHaveURL(/public=elu/);
  await expect(count).toHaveText('1 atelier à venir');
  await expectNoAxeViolation(page, '/ateliers (filtered)');
});

test('a visitor registers as a guest: consent is required, then the confirmation is announced', async ({ page }) => {
  await open(page, `/ateliers/${GUEST_WORKSHOP}`);
  await expect(page.getByRole('link', { name: /Ajouter à mon agenda/ })).toHaveAttribute('href', /\/api\/workshops\/[^/]+\/ics$/);
  await expect(page.getByRole('link', { name: 'Citoyen·ne : mes données, ma commune' }).first()).toHaveAttribute('href', '/parcours/mes-donnees-ma-commune');
  await expectNoAxeViolation(page, 'a workshop (visitor)');

  const consent = page.getByRole('checkbox', { name: /J’accepte que Culture D conserve/ });
  await expect(consent).not.toBeChecked();
  await page.getByLabel('Nom et prénom').fill('Alex Martin');
  await page.getByLabel('Adresse e-mail').fill(uniqueEmail('invite'));
  await page.getByRole('button', { name: 'Je m’inscris' }).click();
  const summary = page.locator('.cd-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Cochez la case');
  await expectNoAxeViolation(page, 'the guest form with errors');
  await summary.getByRole('link').click();
  await expect(consent).toBeFocused();

  await consent.check();
  await page.getByRole('button', { name: 'Je m’inscris' }).click();
  await expect(page.locator('main')).toContainText(REGISTERED);
  await expect(page.locator('main')).toContainText('Un e-mail de confirmation vient de partir, avec un lien pour annuler.');
});

test('a learner registers, finds it in Mes inscriptions, and unregisters after confirming', async ({ page }) => {
  await registerAccount(page, uniqueEmail('atelier'), 'Sacha');
  await open(page, `/ateliers/${LEARNER_WORKSHOP}`);
  await expect(page.getByLabel('Nom et prénom')).toHaveCount(0);
  await expect(page.locator('main')).toContainText('Sacha');
  await expectNoAxeViolation(page, 'a workshop (signed in)');
  await page.getByRole('button', { name: 'Je m’inscris' }).click();
  await expect(page.locator('main')).toContainText(REGISTERED);
  // Back on the page later: it says so, instead of offering the button again.
  await page.reload();
  await expect(page.locator('main')).toContainText(/Vous êtes déjà (inscrit·e à cet atelier|sur la liste d’attente)/);
  await expect(page.getByRole('button', { name: 'Je m’inscris' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Mes inscriptions' }).last().click();
  await expect(page.locator('main h1')).toHaveText('Mes inscriptions');
  const item = page.locator('main li').filter({ hasText: 'médiateur' });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(/Inscription confirmée|Liste d’attente, en position \d+/);
  await expectNoAxeViolation(page, '/ateliers/mes-inscriptions');
  await item.getByRole('button', { name: /Me désinscrire/ }).click();
  await expect(item).toContainText('Voulez-vous vraiment vous désinscrire');
  await expectNoAxeViolation(page, '/ateliers/mes-inscriptions (confirmation)');
  await item.getByRole('button', { name: 'Oui, me désinscrire' }).click();
  await expect(page.locator('main')).toContainText('Vous êtes désinscrit·e de');
  await expect(page.locator('main')).toContainText('Vous n’êtes inscrit·e à aucun atelier à venir.');
});

test('Mes inscriptions needs a session: the guard sends a visitor to sign in', async ({ page }) => {
  await page.goto('/ateliers/mes-inscriptions');
  await expect(page).toHaveURL(/\/connexion\?returnUrl=%2Fateliers%2Fmes-inscriptions$/);
});

test('the e-mailed cancellation link: explains, cancels on a button, and says when the link is no longer valid', async ({ page, expectedHttpErrors }) => {
  expectedHttpErrors.push({ status: 400, path: '/api/registrations/cancel' }, { status: 404, path: '/api/registrations/cancel' });
  await open(page, '/ateliers/annuler?jeton=x');
  await expect(page.locator('main h1')).toHaveText('Annuler mon inscription');
  await expectNoAxeViolation(page, '/ateliers/annuler?jeton=x');
  await page.getByRole('button', { name: 'Annuler mon inscription' }).click();
  await expect(page.locator('main')).toContainText('Ce lien n’est plus valable');
  await expectNoAxeViolation(page, '/ateliers/annuler (result)');
});

for (const width of [390, 1280]) {
  test(`workshops list and detail screenshots at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await open(page, '/ateliers');
    await expect(page.locator('main article')).toHaveCount(3);
    await expectNoAxeViolation(page, '/ateliers');
    await shoot(page, `ateliers-${width}`);
    await open(page, `/ateliers/${GUEST_WORKSHOP}`);
    await expect(page.getByRole('heading', { name: 'Je m’inscris' })).toBeVisible();
    await shoot(page, `atelier-${width}`);
  });
}

test('the attendance sheet: an organiser marks a registrant present, then everyone left, and downloads the list', async ({ page, expectedHttpErrors }) => {
  // A registrant, as a guest, so that the sheet has someone to mark.
  const guestName = `Camille ${Math.random().toString(36).slice(2, 7)}`;
  await open(page, `/ateliers/${GUEST_WORKSHOP}`);
  await page.getByLabel('Nom et prénom').fill(guestName);
  await page.getByLabel('Adresse e-mail').fill(uniqueEmail('emargement'));
  await page.getByRole('checkbox', { name: /J’accepte que Culture D conserve/ }).check();
  await page.getByRole('button', { name: 'Je m’inscris' }).click();
  await expect(page.locator('main')).toContainText(REGISTERED);

  // A learner is refused: the sheet is for the people who run the workshop.
  await page.context().clearCookies();
  await registerAccount(page, uniqueEmail('curieux'), 'Curieux');
  await open(page, `/ateliers/${GUEST_WORKSHOP}`);
  await expect(page.getByRole('link', { name: 'Ouvrir la feuille d’émargement' })).toHaveCount(0);
  const workshop = (await (await page.request.get(`/api/workshops/${GUEST_WORKSHOP}`)).json()) as { id: string };
  expectedHttpErrors.push({
    status: 403,
    path: `/api/workshops/${workshop.id}/registrations`,
  });
  await open(page, `/ateliers/${GUEST_WORKSHOP}/emargement`);
  await expect(page.locator('main')).toContainText('réservée aux personnes qui animent l’atelier');

  await page.context().clearCookies();
  await open(page, '/connexion');
  await page.getByLabel('Adresse e-mail').fill(E2E_ADMIN.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(E2E_ADMIN.password);
  await page.locator('main').getByRole('button', { name: 'Se connecter', exact: true }).click();
  await expect(page).not.toHaveURL(/connexion/);
  await open(page, `/ateliers/${GUEST_WORKSHOP}`);
  await page.getByRole('link', { name: 'Ouvrir la feuille d’émargement' }).click();
  await expect(page).toHaveURL(new RegExp(`/ateliers/${GUEST_WORKSHOP}/emargement$`));
  await expect(page.locator('main h1')).toHaveText('Feuille d’émargement');
  await expect(page).toHaveTitle(/^Feuille d’émargement : .+ — Culture D$/);

  const row = page.getByRole('row').filter({ hasText: guestName });
  const present = row.getByRole('button', { name: 'Présent·e' });
  await expect(present).toHaveAttribute('aria-pressed', 'false');
  await present.click();
  await expect(present).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.cd-sheet__live')).toContainText(`${guestName} : présence enregistrée.`);
  await expectNoAxeViolation(page, 'the attendance sheet');
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, 'attendance-sheet-390');
  await page.setViewportSize({ width: 1280, height: 900 });
  await shoot(page, 'attendance-sheet-1280');

  const everyone = page.getByRole('button', {
    name: 'Marquer présentes toutes les personnes non renseignées',
  });
  if ((await everyone.getAttribute('aria-disabled')) !== 'true') {
    await everyone.click();
    await expect(page.locator('.cd-sheet__live')).toContainText('présences enregistrées');
  }
    await expect(page.locator('.cd-sheet__summary')).toContainText('à renseigner : 0');

  const download = page.waitForEvent('download');
  await page
    .getByRole('link', {
      name: 'Télécharger la liste (CSV pour tableur français, point-virgule)',
    })
    .click();
  const file = await download;
  const text = await file.path().then((path) => readFileSync(path, 'utf8'));
  expect(text).toContain('Nom;E-mail;Type;Statut;Position;Présence;Inscription');
  expect(text).toContain(guestName);
});
