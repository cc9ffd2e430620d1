import { type APIRequestContext, type Page, request as playwrightRequest } from '@playwright/test';
import { E2E_ADMIN } from './accounts';
import { expect, expectNoAxeViolation, open, shoot, test } from './fixtures';

const BASE_URL = 'http://127.0.0.1:3210';
const PASSWORD = 'le vélo bleu de mamie roule encore';
/** A starter parcours (seeded), whose first step is a lesson. */
const SLUG = 'mes-donnees-ma-commune';

interface Account {
  email: string;
  displayName: string;
}

function account(label: string, displayName: string): Account {
  return { email: `e2e-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@exemple.fr`, displayName };
}

/** Signs the page's browser context in as `who` (the page's requests share its cookies), then reloads the app. */
async function signInAs(page: Page, who: Account): Promise<void> {
  await page.request.post('/api/auth/logout').catch(() => undefined);
  const response = await page.request.post('/api/auth/login', { data: { email: who.email, password: PASSWORD } });
  expect(response.status(), await response.text()).toBe(200);
}

async function register(page: Page, who: Account, audience: string): Promise<void> {
  await page.request.post('/api/auth/logout').catch(() => undefined);
  const response = await page.request.post('/api/auth/register', {
    data: { email: who.email, password: PASSWORD, displayName: who.displayName, audience, locale: 'fr' },
  });
  expect(response.status(), await response.text()).toBe(201);
}

/** The e2e administrator gives `who` the facilitator role (their sessions end: they sign in again after). */
async function promoteToFacilitator(who: Account): Promise<void> {
  const admin: APIRequestContext = await playwrightRequest.newContext({ baseURL: BASE_URL });
  try {
    expect((await admin.post('/api/auth/login', { data: { email: E2E_ADMIN.email, password: E2E_ADMIN.password } })).status()).toBe(200);
    const found = (await (await admin.get('/api/admin/users', { params: { q: who.email } })).json()) as { items: { id: string; email: string }[] };
    const user = found.items.find((item) => item.email === who.email);
    expect(user, `account ${who.email}`).toBeDefined();
    const patched = await admin.patch(`/api/admin/users/${user?.id}`, { data: { roles: ['learner', 'facilitator'] } });
    expect(patched.status(), await patched.text()).toBe(200);
  } finally {
    await admin.dispose();
  }
}

/** Opens the group's page once its members have been answered. */
async function openGroup(page: Page, groupPath: string): Promise<void> {
  const members = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/members'));
  await open(page, groupPath);
  expect((await members).status()).toBe(200);
}

test('a facilitator creates a group; a learner joins without sharing, then shares, then leaves; the facilitator sees exactly what is consented', async ({
  page,
  expectedHttpErrors,
}) => {
  test.setTimeout(180_000);
  // The old code, tried once after a new one was made.
  expectedHttpErrors.push({ status: 404, path: '/api/groups/join' });
  await page.setViewportSize({ width: 1280, height: 800 });
  const facilitator = account('animation', 'Fatou Animatrice');
  const learner = account('membre', 'Lou Membre');

  // A new account, promoted by the administrator.
  await register(page, facilitator, 'mediateur');
  await promoteToFacilitator(facilitator);
  await signInAs(page, facilitator);
  const parcoursTitle = ((await (await page.request.get(`/api/parcours/${SLUG}`)).json()) as { title: string }).title;

  // "/groupes": no group yet, then a new one with a parcours from the catalogue.
  await open(page, '/groupes');
  await expect(page.locator('main h1')).toHaveText('Mes groupes animés');
  await expect(page.locator('main')).toContainText('Vous n’avez pas encore de groupe.');
  await expectNoAxeViolation(page, '/groupes (empty)');
  await page.getByRole('button', { name: 'Créer le groupe' }).click();
  await expect(page.locator('.cd-error-summary')).toBeFocused();
  await expect(page.locator('.cd-error-summary')).toContainText('Indiquez le nom du groupe.');
  await expectNoAxeViolation(page, '/groupes (form with an error)');
  await shoot(page, 'groupes-erreur');
  await page.getByLabel('Nom du groupe').fill('Atelier du mardi');
  await page.getByLabel('Description (facultatif)').fill('Le mardi à 14 h, à la médiathèque.');
  await page.getByRole('checkbox', { name: parcoursTitle }).check();
  await page.getByRole('button', { name: 'Créer le groupe' }).click();
  await expect(page).toHaveURL(/\/groupes\/[0-9a-f-]{36}$/);
  const groupPath = new URL(page.url()).pathname;
  await expect(page.locator('main h1')).toHaveText('Atelier du mardi');
  await expect(page.getByRole('status').filter({ hasText: 'Le groupe est créé.' })).toBeVisible();

  // Editing: the form holds the group's values; once saved, the focus is back on the button that opened it.
  await page.getByRole('button', { name: 'Modifier le groupe et ses parcours' }).click();
  await expect(page.getByRole('checkbox', { name: parcoursTitle })).toBeChecked();
  await page.getByLabel('Nom du groupe').fill('Atelier numérique du mardi');
  await expectNoAxeViolation(page, 'the group page (editing)');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.locator('main h1')).toHaveText('Atelier numérique du mardi');
  await expect(page.locator('main')).toContainText('Les modifications sont enregistrées.');
  await expect(page.getByRole('button', { name: 'Modifier le groupe et ses parcours' })).toBeFocused();

  // The code, large, with its QR code (an image with a text alternative spelling the code).
  const codeText = page.locator('.cd-group__code .cd-group__code-text');
  await expect(codeText).toHaveText(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  const firstCode = (await codeText.textContent())?.trim() ?? '';
  const qr = page.getByRole('img', { name: /^QR code pour rejoindre le groupe avec le code / });
  await expect(qr).toBeVisible();
  await expect(qr.locator('path')).toHaveAttribute('d', /^M\d/);
  await expect(page.locator('main')).toContainText(parcoursTitle);
  await expect(page.locator('main')).toContainText('Personne n’a encore rejoint le groupe.');
  await expectNoAxeViolation(page, 'the group page');
  await shoot(page, 'groupe');

  // Presentation mode: code and QR code over the whole screen; Escape closes it and gives the focus back.
  const present = page.getByRole('button', { name: 'Mode présentation' });
  await present.click();
  const dialog = page.getByRole('dialog', { name: 'Rejoindre le groupe « Atelier numérique du mardi »' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.cd-group__code-text')).toHaveText(firstCode);
  await expect(dialog.getByRole('img', { name: /^QR code/ })).toBeVisible();
  await expectNoAxeViolation(page, 'the presentation mode');
  await shoot(page, 'groupe-presentation', false);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(present).toBeFocused();

  // A new code, after a confirmation that says the old one stops working.
  await page.getByRole('button', { name: 'Créer un nouveau code' }).click();
  await expect(page.locator('.cd-confirm__text')).toBeFocused();
  await expect(page.locator('.cd-confirm__text')).toContainText('Le code actuel cessera de fonctionner');
  await expectNoAxeViolation(page, 'the new code confirmation');
  await page.getByRole('button', { name: 'Oui, créer un nouveau code' }).click();
  await expect(page.locator('main')).toContainText('L’ancien ne fonctionne plus.');
  await expect(codeText).not.toHaveText(firstCode);
  const code = (await codeText.textContent())?.trim() ?? '';

  // The learner has some progress: enrolled in a parcours, its first lesson done.
  await register(page, learner, 'citoyen');
  expect((await page.request.post(`/api/parcours/${SLUG}/enrolment`, { data: {} })).ok()).toBe(true);
  const outline = (await (await page.request.get(`/api/parcours/${SLUG}`)).json()) as { modules: { activities: { id: string; type: string }[] }[] };
  const lesson = outline.modules[0].activities.find((activity) => activity.type === 'lesson');
  expect((await page.request.post(`/api/activities/${lesson?.id}/completion`, { data: {} })).ok()).toBe(true);

  // "/rejoindre?code=…" (the QR code's link): the code is filled in, no sharing choice is made for the learner.
  await open(page, `/rejoindre?code=${firstCode.replace('-', '')}`);
  await expect(page.getByLabel('Code du groupe')).toHaveValue(firstCode.replace('-', ''));
  await expect(page.locator('#rejoindre-code-preview')).toHaveText(`Code lu : ${firstCode}`);
  const share = page.getByRole('radio', { name: 'Partager ma progression avec la personne qui anime le groupe' });
  const dontShare = page.getByRole('radio', { name: 'Ne pas partager' });
  await expect(share).not.toBeChecked();
  await expect(dontShare).not.toBeChecked();
  await expect(page.locator('main')).toContainText('tous vos parcours, pas seulement ceux du groupe');
  await expectNoAxeViolation(page, '/rejoindre');
  await shoot(page, 'rejoindre');
  // The old code no longer works; the error is on the code field, in French.
  await dontShare.check();
  await page.getByRole('button', { name: 'Rejoindre le groupe' }).click();
  await expect(page.locator('.cd-error-summary')).toBeFocused();
  await expect(page.locator('#rejoindre-code-error')).toContainText('Aucun groupe ouvert n’a ce code.');
  await expectNoAxeViolation(page, '/rejoindre (unknown code)');
  await shoot(page, 'rejoindre-code-inconnu');
  // The new one, typed in lower case with a space: read all the same.
  await page.getByLabel('Code du groupe').fill(code.replace('-', ' ').toLowerCase());
  await expect(page.locator('#rejoindre-code-preview')).toHaveText(`Code lu : ${code}`);
  await expect(dontShare).toBeChecked();
  await page.getByRole('button', { name: 'Rejoindre le groupe' }).click();
  await expect(page).toHaveURL(/\/mes-groupes$/);
  await expect(page.getByRole('status').filter({ hasText: 'Vous avez rejoint le groupe.' })).toBeVisible();
  const card = page.locator('.cd-my-groups__card').filter({ hasText: 'Atelier numérique du mardi' });
  await expect(card).toContainText('Animé par Fatou Animatrice');
  await expect(card).toContainText('Vous ne partagez pas votre progression');
  await expectNoAxeViolation(page, '/mes-groupes');
  await shoot(page, 'mes-groupes');

  // The facilitator sees the member by name, and no progress at all.
  await signInAs(page, facilitator);
  await openGroup(page, groupPath);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Lou Membre' }) });
  await expect(row).toContainText('Ne partage pas sa progression');
  await expect(row).not.toContainText(parcoursTitle);
  await expect(row).not.toContainText('%');
  await expect(page.locator('main')).toContainText('Membres : 1 · partagent leur progression : 0');
  await expect(page.getByRole('link', { name: 'Télécharger le suivi (CSV)' })).toHaveCount(0);
  await expectNoAxeViolation(page, 'the group page with a member who does not share');

  // The learner changes their mind, after a confirmation that says what the facilitator will see.
  await signInAs(page, learner);
  await open(page, '/mes-groupes');
  await card.getByRole('button', { name: /Partager ma progression/ }).click();
  await expect(card.locator('.cd-confirm__text')).toBeFocused();
  await expect(card.locator('.cd-confirm__text')).toContainText('Fatou Animatrice verra tout votre apprentissage');
  await expectNoAxeViolation(page, '/mes-groupes (confirmation)');
  await shoot(page, 'mes-groupes-confirmation');
  await card.getByRole('button', { name: 'Oui, partager' }).click();
  await expect(page.locator('main')).toContainText('Vous partagez maintenant votre progression avec le groupe « Atelier numérique du mardi ».');
  await expect(card).toContainText('Vous partagez votre progression avec Fatou Animatrice.');

  // Now the facilitator sees their progress, and can download it.
  await signInAs(page, facilitator);
  await openGroup(page, groupPath);
  await expect(row).toContainText(parcoursTitle);
  await expect(row).toContainText(/\d+ % terminé/);
  await expect(row).not.toContainText('Ne partage pas sa progression');
  await expect(page.locator('main')).toContainText('Membres : 1 · partagent leur progression : 1');
  await expect(page.getByRole('link', { name: 'Télécharger le suivi (CSV)' })).toHaveAttribute('href', /\/members\.csv$/);
  await expectNoAxeViolation(page, 'the group page with a member who shares');
  await shoot(page, 'groupe-membres');

  // The learner leaves, after a confirmation; the link is gone.
  await signInAs(page, learner);
  await open(page, '/mes-groupes');
  await card.getByRole('button', { name: /Quitter le groupe/ }).click();
  await expect(card.locator('.cd-confirm__text')).toContainText('Le lien avec le groupe est supprimé');
  await card.getByRole('button', { name: 'Oui, quitter le groupe' }).click();
  await expect(page.locator('main')).toContainText('Vous avez quitté le groupe « Atelier numérique du mardi ».');
  await expect(page.locator('main')).toContainText('Vous ne faites partie d’aucun groupe.');
  await expectNoAxeViolation(page, '/mes-groupes (empty)');

  // The member is gone from the facilitator's page.
  await signInAs(page, facilitator);
  await openGroup(page, groupPath);
  await expect(page.getByRole('rowheader', { name: 'Lou Membre' })).toHaveCount(0);
  await expect(page.locator('main')).toContainText('Personne n’a encore rejoint le groupe.');

  // The list shows the group with its counts.
  await open(page, '/groupes');
  await expect(page.locator('.cd-groups__card').filter({ hasText: 'Atelier numérique du mardi' })).toContainText('Membres : 0 · partagent leur progression : 0');
  await expectNoAxeViolation(page, '/groupes');
  await shoot(page, 'groupes');

  // Archived, after a confirmation: the group leaves the list.
  await openGroup(page, groupPath);
  await page.getByRole('button', { name: 'Archiver le groupe' }).click();
  await expect(page.locator('.cd-confirm__text')).toBeFocused();
  await page.getByRole('button', { name: 'Oui, archiver le groupe' }).click();
  await expect(page).toHaveURL(/\/groupes$/);
  await expect(page.getByRole('status').filter({ hasText: 'Le groupe est archivé.' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Vous n’avez pas encore de groupe.');
});
