import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { E2E_ADMIN } from './accounts';
import { expect, expectNoAxeViolation, open, shoot, test } from './fixtures';
import { EVERY_TYPE_PARCOURS } from './fixtures/every-question-type.parcours';

const GIFT_FIXTURES = resolve(__dirname, '../../../libs/quiz/domain/src/lib/gift/fixtures');

async function signInAsAdmin(page: Page): Promise<void> {
  const response = await page.request.post('/api/auth/login', { data: { email: E2E_ADMIN.email, password: E2E_ADMIN.password } });
  expect(response.status()).toBe(200);
}

test('the question bank: GIFT import with errors by line, search, edit with a validation error, preview, GIFT export', async ({ page, expectedHttpErrors }) => {
  test.setTimeout(90_000);
  // The broken file is refused as a whole first (422 GIFT_INVALID): the page then offers to import the valid questions.
  expectedHttpErrors.push({ status: 422, path: '/api/authoring/questions/import' });
  await signInAsAdmin(page);
  await open(page, '/auteur/questions');
  await expect(page.locator('h1')).toHaveText('Banque de questions');
  await expect(page).toHaveTitle('Banque de questions — Culture D');

  await page.getByLabel('Fichier GIFT').setInputFiles(resolve(GIFT_FIXTURES, 'broken.gift'));
  await expect(page.getByLabel('Texte GIFT')).toHaveValue(/Sans bonne réponse/);
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByText(/Rien n’a été importé : \d+ erreur·s/)).toBeVisible();
  const errors = page.locator('.cd-qb__errors li');
  await expect(errors).toHaveCount(9);
  await expect(errors.first()).toContainText(/^Ligne \d+ :/);
  // In French, from each error's code and params (the API's English message is only a fallback for unknown codes).
  await expect(errors.filter({ hasText: /^Ligne 10 :/ })).toHaveText('Ligne 10 : les réponses ouvertes par { ne sont jamais fermées par }.');
  await expect(errors.filter({ hasText: /^Ligne 21 :/ })).toHaveText('Ligne 21 : les poids positifs doivent totaliser 100 (ils totalisent 80).');
  await expect(errors.filter({ hasText: /^Ligne 27 :/ })).toHaveText('Ligne 27 : une question d’association demande au moins 2 paires (elle en a 1).');
  await expect(errors.locator('[lang="en"]')).toHaveCount(0);
  await expectNoAxeViolation(page, 'the bank with a GIFT report');
  await shoot(page, 'quiz-editor-gift-errors');
  await page.getByRole('button', { name: 'Importer les questions valides' }).click();
  await expect(page.getByText(/^\d+ question·s importée·s\.$/)).toBeVisible();

  await page.getByLabel('Fichier GIFT').setInputFiles(resolve(GIFT_FIXTURES, 'all-types.gift'));
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  // Every question of the file (more than 20; the broken file had only a few valid ones).
  await expect(page.getByText(/^[2-9]\d question·s importée·s\.$/)).toBeVisible();

  // Search the question the import created (earlier runs may have left copies: the newest comes first).
  await page.getByLabel('Texte, identifiant ou catégorie').fill("qu'une donnee");
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.locator('.cd-qb__item').first()).toContainText("Qu'est-ce qu'une donnée ?");
  await shoot(page, 'quiz-editor-bank');
  await page
    .locator('.cd-qb__item')
    .first()
    .getByRole('button', { name: /^Modifier/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Modifier la question' })).toBeVisible();

  // A validation error first (an empty stem), caught before any request; another right answer is ticked meanwhile.
  await page.getByLabel('Le choix 2 est la bonne réponse').check();
  await page.getByLabel('Énoncé').fill('');
  await page.getByRole('button', { name: 'Enregistrer la question' }).click();
  const summary = page.locator('.cd-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Ce champ est obligatoire.');
  await expect(page.getByLabel('Énoncé')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolation(page, 'the question editor with errors');
  await shoot(page, 'quiz-editor-question-errors');

  await page.getByLabel('Énoncé').fill('Qu’est-ce qu’une **donnée** ?');
  await expect(page.locator('#qb-stem-error')).toHaveCount(0);
  await page.getByRole('button', { name: 'Voir comme un·e participant·e' }).click();
  const preview = page.locator('.cd-qe__learner');
  await expect(preview.locator('strong')).toHaveText('donnée');
  await expect(preview.getByRole('radio')).toHaveCount(3);
  await preview.getByRole('radio').nth(1).check();
  await expectNoAxeViolation(page, 'the question editor with its preview');
  await shoot(page, 'quiz-editor-question-preview');
  await page.getByRole('button', { name: 'Enregistrer la question' }).click();
  await expect(page.getByText(/Question « .+ » enregistrée\./)).toBeVisible();
  await page.getByLabel('Texte, identifiant ou catégorie').fill('qu’est-ce qu’une');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.locator('.cd-qb__item').first()).toContainText('Qu’est-ce qu’une donnée ?');

  // GIFT export of the whole bank: a download the import reads back.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter toute la banque en GIFT' }).click()]);
  expect(download.suggestedFilename()).toBe('banque-de-questions.gift');
  const exported = readFileSync(await download.path(), 'utf8');
  expect(exported).toContain('::');
  expect(exported).toContain('Qu’est-ce qu’une');
});

test('the quiz activity of a draft: settings and questions saved on their own, a conflict offers to reload', async ({ page, expectedHttpErrors }) => {
  test.setTimeout(90_000);
  await signInAsAdmin(page);
  const slug = `e2e-quiz-editeur-${Date.now()}`;
  const imported = await page.request.post('/api/authoring/parcours/import', { data: { ...EVERY_TYPE_PARCOURS, parcours: { ...EVERY_TYPE_PARCOURS.parcours, slug } } });
  expect(imported.status(), await imported.text()).toBe(201);
  const { id } = (await imported.json()) as { id: string };
  const draft = (await (await page.request.get(`/api/authoring/parcours/${id}`)).json()) as { revision: number; ids: { activities: Record<string, string> } };
  const activityId = draft.ids.activities['quiz-tous-types'];
  // The conflict at the end: someone else saved meanwhile.
  expectedHttpErrors.push({ status: 409, path: `/api/authoring/activities/${activityId}` });

  await open(page, `/auteur/parcours/${id}/quiz/${activityId}`);
  await expect(page.locator('h1')).toContainText('Quiz : chaque type de question');
  await expect(page.getByText('Toutes les modifications sont enregistrées.')).toBeVisible();
  await expectNoAxeViolation(page, 'the quiz activity editor');
  await shoot(page, 'quiz-editor-activity');

  await page.getByLabel('Note pour réussir (%)').fill('80');
  await page.getByRole('button', { name: 'Descendre la question 1' }).click();
  await expect(page.getByText('Toutes les modifications sont enregistrées.')).toBeVisible({ timeout: 10_000 });
  let saved = (await (await page.request.get(`/api/authoring/parcours/${id}`)).json()) as {
    revision: number;
    document: { parcours: { modules: { activities: { key: string; settings?: { passMark: number }; questions?: { key: string }[] }[] }[] } };
  };
  let quiz = saved.document.parcours.modules[0].activities.find((a) => a.key === 'quiz-tous-types');
  expect(quiz?.settings?.passMark).toBe(80);
  expect(quiz?.questions?.slice(0, 2).map((q) => q.key)).toEqual(['q-multiple', 'q-single']);

  // Edit a question inline: an error blocks the save and is shown on its field.
  await page.getByRole('button', { name: 'Modifier Question 1' }).click();
  await page.locator('#qz-questions-0-stem').fill('');
  await expect(page.getByText('Non enregistré : 1 erreur·s à corriger.')).toBeVisible();
  await page.getByRole('button', { name: 'Voir les erreurs' }).click();
  await expect(page.locator('.cd-error-summary')).toContainText('Ce champ est obligatoire.');
  await page.locator('#qz-questions-0-stem').fill('Lesquelles sont des données ouvertes ?');
  await expect(page.getByText('Toutes les modifications sont enregistrées.')).toBeVisible({ timeout: 10_000 });

  // Someone else saves meanwhile: the next save is refused, the page says so and reloads their version.
  saved = (await (await page.request.get(`/api/authoring/parcours/${id}`)).json()) as typeof saved;
  quiz = saved.document.parcours.modules[0].activities.find((a) => a.key === 'quiz-tous-types');
  const other = await page.request.patch(`/api/authoring/activities/${activityId}`, {
    data: { revision: saved.revision, activity: { ...quiz, settings: { ...quiz?.settings, passMark: 65 } } },
  });
  expect(other.status(), await other.text()).toBe(200);
  await page.getByLabel('Note pour réussir (%)').fill('90');
  await expect(page.getByText(/Quelqu’un a enregistré ce parcours entre-temps/)).toBeVisible({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Recharger' }).click();
  await expect(page.getByLabel('Note pour réussir (%)')).toHaveValue('65');
  await expect(page.getByText('Toutes les modifications sont enregistrées.')).toBeVisible();

  // The breadcrumb leads back to the parcours editor: /auteur paths the quiz routes do not define fall through to it.
  await page.getByRole('navigation', { name: 'Vous êtes ici :' }).getByRole('link', { name: 'Parcours' }).click();
  await expect(page).toHaveURL(new RegExp(`/auteur/parcours/${id}$`));
  await expect(page.locator('main h1')).not.toHaveText('Page introuvable');
});
