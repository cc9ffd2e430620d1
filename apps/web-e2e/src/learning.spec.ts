import { type Page, request as playwrightRequest } from '@playwright/test';
import { E2E_ADMIN } from './accounts';
import { expect, expectNoAxeViolation, open, shoot, test } from './fixtures';
import { EVERY_TYPE_PARCOURS, EVERY_TYPE_SLUG } from './fixtures/every-question-type.parcours';

const PASSWORD = 'le vélo bleu de mamie roule encore';
const BASE_URL = 'http://127.0.0.1:3210';
/** Before enrolling, the progress of a parcours answers 404 NOT_ENROLLED: a normal state, which Chromium logs. */
const NOT_ENROLLED = { status: 404, path: `/api/me/parcours/${EVERY_TYPE_SLUG}/progress` };

function uniqueEmail(label: string): string {
  return `e2e-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@exemple.fr`;
}

/** The parcours with a quiz of every question type, imported and published once by an administrator (the e2e data persists between local runs). */
test.beforeAll(async () => {
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  try {
    if ((await api.get(`/api/parcours/${EVERY_TYPE_SLUG}`)).ok()) return;
    expect((await api.post('/api/auth/login', { data: { email: E2E_ADMIN.email, password: E2E_ADMIN.password } })).status()).toBe(200);
    const imported = await api.post('/api/authoring/parcours/import', { data: EVERY_TYPE_PARCOURS });
    expect(imported.status(), await imported.text()).toBe(201);
    const { id } = (await imported.json()) as { id: string };
    const published = await api.post(`/api/authoring/parcours/${id}/publish`, { data: {} });
    expect(published.status(), await published.text()).toBe(201);
  } finally {
    await api.dispose();
  }
});

async function registerAccount(page: Page, email: string, displayName: string): Promise<void> {
  await open(page, '/inscription');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Nom affiché').fill(displayName);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('radio', { name: 'Médiateur·rice numérique' }).check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page).toHaveURL(/\/compte$/);
}

/**
 * Puts the ordering's items in `order` from the keyboard only: Enter on each item's "Monter" button, then waits for the
 * item to move up one place. The focus stays on the moved item: on one of its two buttons ("Descendre" once it reaches
 * the top, where "Monter" does nothing).
 */
async function arrange(page: Page, order: readonly string[], up: (item: string) => string, down: (item: string) => string): Promise<void> {
  const items = page.locator('.cd-quiz__ordering-text');
  await expect(items).toHaveCount(order.length);
  const positionOf = async (item: string) => (await items.allTextContents()).map((text) => text.trim()).indexOf(item);
  for (let target = 0; target < order.length; target++) {
    const item = order[target];
    let current = await positionOf(item);
    while (current > target) {
      const focused = page.locator(':focus');
      if ((await focused.count()) === 0 || !(await focused.getAttribute('id'))?.endsWith('-up') || (await focused.textContent())?.includes(`« ${item} »`) !== true) {
        await page.getByRole('button', { name: up(item) }).focus();
      }
      await page.keyboard.press('Enter');
      await expect.poll(() => positionOf(item)).toBe(current - 1);
      current -= 1;
      await expect(page.locator(':focus')).toHaveAccessibleName(current === 0 ? down(item) : up(item));
    }
  }
  await expect(items).toHaveText([...order]);
}

const next = (page: Page) => page.getByRole('button', { name: 'Question suivante' }).click();

test('a learner enrols, completes a lesson, fails then passes a quiz of every type, unlocks the next module, resumes after signing in again, gets a certificate', async ({
  page,
  expectedHttpErrors,
}) => {
  test.setTimeout(180_000);
  expectedHttpErrors.push(NOT_ENROLLED);
  await page.setViewportSize({ width: 1280, height: 800 });
  const email = uniqueEmail('parcours');
  await registerAccount(page, email, 'Dominique');

  // The parcours page: enrol, then the map says what is locked and why.
  await open(page, `/parcours/${EVERY_TYPE_SLUG}`);
  await page.getByRole('button', { name: 'Commencer ce parcours' }).click();
  await expect(page.locator('main')).toContainText('Vous suivez ce parcours.');
  await expect(page.locator('main')).toContainText('0 % terminé');
  const second = page.locator('#module-m-ouvrir');
  await expect(second).toContainText('Verrouillé');
  await expect(second).toContainText('Verrouillé : terminez d’abord Lire les données de la commune');
  await expectNoAxeViolation(page, 'the parcours page (enrolled)');
  await shoot(page, 'parcours-inscrit');

  // The lesson: "J'ai terminé".
  await page.getByRole('link', { name: /Commencer : Le budget par service/ }).click();
  await expect(page.locator('main h1')).toHaveText('Le budget par service');
  await page.getByRole('button', { name: 'J’ai terminé' }).click();
  await expect(page.locator('main')).toContainText('Étape terminée.');
  await expectNoAxeViolation(page, 'a completed lesson');
  await shoot(page, 'lecon-terminee');

  // The quiz, a first time: one answer, wrong, and a confirmation naming the questions left unanswered (an ordering
  // always has an answer: the order shown).
  await page.getByRole('link', { name: /Étape suivante/ }).click();
  await expect(page.locator('main h1')).toHaveText('Quiz : chaque type de question');
  await expect(page.locator('main')).toContainText('Il vous reste 3 tentatives.');
  await page.getByRole('button', { name: 'Commencer le quiz' }).click();
  await expect(page.getByRole('heading', { name: /Question 1 sur 9/ })).toBeFocused();
  await page.getByRole('radio', { name: 'Une opinion sur la commune' }).check();
  await expectNoAxeViolation(page, 'a quiz question');
  await shoot(page, 'quiz-question');
  await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
  await expect(page.locator('#quiz-confirm')).toBeFocused();
  await expect(page.locator('#quiz-confirm')).toHaveText('Il reste 7 questions sans réponse (questions 2, 3, 4, 5, 7, 8, 9). Envoyer vos réponses quand même ?');
  await page.getByRole('button', { name: 'Oui, envoyer mes réponses' }).click();
  await expect(page.getByRole('heading', { name: 'Quiz pas encore réussi' })).toBeFocused();
  await expect(page.locator('main')).toContainText('Il vous reste 2 tentatives.');
  await expect(page.locator('main')).toContainText('Non : une opinion n’est pas une donnée.');
  await expect(page.locator('main')).toContainText('La bonne réponse');
  await expectNoAxeViolation(page, 'a failed quiz');
  await shoot(page, 'quiz-echoue');

  // Again, every answer right, one question of each type.
  await page.getByRole('button', { name: 'Recommencer le quiz' }).click();
  await expect(page.getByRole('heading', { name: /Question 1 sur 9/ })).toBeFocused();
  await page.getByRole('radio', { name: 'Le nombre d’habitant·es de la commune' }).check();
  await next(page);
  await page.getByRole('checkbox', { name: 'Le budget' }).check();
  await page.getByRole('checkbox', { name: 'Les horaires des équipements' }).check();
  await next(page);
  await page.getByRole('radio', { name: 'Vrai' }).check();
  await next(page);
  await page.getByRole('textbox', { name: 'Votre réponse' }).fill('etalab');
  await next(page);
  const number = page.getByRole('textbox', { name: 'Votre réponse (en unités)' });
  await number.fill('six');
  await number.blur();
  await expect(page.locator('main')).toContainText('Écrivez un nombre, par exemple 12,5 ou 1 200.');
  await number.fill('6,25');
  await next(page);
  await arrange(
    page,
    ['Collecter', 'Nettoyer', 'Publier'],
    (item) => `Monter « ${item} »`,
    (item) => `Descendre « ${item} »`,
  );
  await expect(page.locator('.cd-quiz__ordering + [aria-live]')).toContainText('position');
  await expectNoAxeViolation(page, 'an ordering question');
  await next(page);
  await page.getByLabel('CSV', { exact: true }).selectOption({ label: 'Un tableau' });
  await page.getByLabel('PDF', { exact: true }).selectOption({ label: 'Un document mis en page' });
  await expectNoAxeViolation(page, 'a matching question');
  await next(page);
  await page.getByLabel('Blanc n° 1 sur 2').selectOption({ label: 'numérique' });
  await page.getByLabel('Blanc n° 2 sur 2').fill('2016');
  await expectNoAxeViolation(page, 'a cloze question');
  await shoot(page, 'quiz-texte-a-trous');
  await next(page);
  const dataset = page.getByRole('link', { name: /Explorer le jeu de données « Budget par service »/ });
  await expect(dataset).toHaveAttribute('target', '_blank');
  await expect(dataset).toHaveAttribute('href', new RegExp(`/parcours/${EVERY_TYPE_SLUG}/etapes/[^/#]+#jeu-budget-services$`));
  // It opens the lesson at the dataset, in a new tab: the quiz stays as it is.
  const [datasetTab] = await Promise.all([page.context().waitForEvent('page'), dataset.click()]);
  await expect(datasetTab.locator('#jeu-budget-services')).toContainText('Budget par service');
  await datasetTab.close();
  await page.getByRole('textbox', { name: /Votre réponse/ }).fill('340');
  await expectNoAxeViolation(page, 'a dataset question');
  // The list of questions: every one answered.
  await expect(page.getByRole('navigation', { name: 'Questions du quiz' })).toContainText('9 questions répondues sur 9');
  // The other layout, all the questions on one page: every answer is still there, and the answers go from there.
  await page.getByRole('radio', { name: 'Toutes les questions sur la page' }).check();
  await expect(page.getByRole('heading', { name: /Question \d sur 9/ })).toHaveCount(9);
  await expect(page.getByRole('navigation', { name: 'Questions du quiz' })).toHaveCount(0);
  await expect(page.getByLabel('Blanc n° 2 sur 2')).toHaveValue('2016');
  await expect(page.getByRole('radio', { name: 'Vrai' })).toBeChecked();
  await expect(page.locator('main')).toContainText('9 questions répondues sur 9');
  await expectNoAxeViolation(page, 'the quiz with all its questions on one page');
  await shoot(page, 'quiz-une-page');
  await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
  await expect(page.getByRole('heading', { name: 'Quiz réussi !' })).toBeFocused();
  await expect(page.locator('main')).toContainText('Votre score : 9 sur 9 points (100 %).');
  await expectNoAxeViolation(page, 'a passed quiz');
  await shoot(page, 'quiz-reussi');

  // The module is complete, and the next one is open.
  await page.getByRole('link', { name: 'Revenir au plan du parcours' }).click();
  await expect(page.locator('#module-m-lire')).toContainText('Terminé');
  await expect(second).toContainText('À commencer');
  await expect(second).not.toContainText('Verrouillé');

  // Signed out, then in again: "Mon parcours" takes the learner back to where they were.
  await page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/$/);
  await open(page, '/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.locator('main').getByRole('button', { name: 'Se connecter', exact: true }).click();
  await expect(page).not.toHaveURL(/connexion/);
  await page.getByRole('banner').getByRole('link', { name: 'Mon parcours' }).click();
  await expect(page.locator('main h1')).toHaveText('Mon parcours');
  await expect(page.locator('main')).toContainText('Les données de la commune, quiz complet');
  await expect(page.locator('main')).toContainText(/\d+ % terminé/);
  await expectNoAxeViolation(page, '/mon-parcours');
  await shoot(page, 'mon-parcours');
  await page
    .locator('.cd-dashboard__resume')
    .getByRole('link', { name: /Reprendre : Publier sur data\.gouv\.fr/ })
    .click();
  await expect(page.locator('main h1')).toHaveText('Publier sur data.gouv.fr');
  await page.getByRole('button', { name: 'J’ai terminé' }).click();
  await expect(page.locator('main')).toContainText('vous avez terminé tout le parcours');

  // The certificate: on the dashboard with its PDF, and its public verification page.
  await open(page, '/mon-parcours');
  const certificates = page.getByRole('region', { name: 'Mes certificats' });
  await expect(certificates).toContainText('Les données de la commune, quiz complet');
  await expect(certificates.getByRole('link', { name: /Télécharger le certificat \(PDF\)/ })).toHaveAttribute('href', /^\/api\/me\/certificates\/[^/]+\/pdf$/);
  await expect(page.locator('main')).toContainText('100 % terminé');
  await expectNoAxeViolation(page, '/mon-parcours (completed)');
  await shoot(page, 'mon-parcours-certificat');
  await certificates.getByRole('link', { name: /Page de vérification publique/ }).click();
  await expect(page.locator('main h1')).toHaveText('Vérifier un certificat');
  await expect(page.locator('main')).toContainText('Ce certificat est authentique.');
  await expect(page.locator('main')).toContainText('Dominique');
  await expectNoAxeViolation(page, '/certificats/:code');
  await shoot(page, 'certificat');
});

test('a certificate code that does not exist says so', async ({ page, expectedHttpErrors }) => {
  expectedHttpErrors.push({ status: 404, path: '/api/certificates/INCONNU' });
  await open(page, '/certificats/INCONNU');
  await expect(page.locator('main')).toContainText('Aucun certificat ne porte ce code.');
  await expectNoAxeViolation(page, '/certificats/INCONNU');
});

test('in English: enrol, finish a lesson, send a quiz with unanswered questions, see the result and My learning', async ({ page, expectedHttpErrors }) => {
  test.setTimeout(90_000);
  expectedHttpErrors.push(NOT_ENROLLED);
  await registerAccount(page, uniqueEmail('english'), 'Sam');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await open(page, `/parcours/${EVERY_TYPE_SLUG}`);
  await page.getByRole('button', { name: 'Start this parcours' }).click();
  await expect(page.locator('main')).toContainText('You are following this parcours.');
  await expect(page.locator('#module-m-ouvrir')).toContainText('Locked: first complete Lire les données de la commune');
  await expectNoAxeViolation(page, 'the parcours page in English');

  await page.getByRole('link', { name: /Start : Le budget par service/ }).click();
  await page.getByRole('button', { name: 'I have finished' }).click();
  await expect(page.locator('main')).toContainText('Step completed.');
  await page.getByRole('link', { name: /Next step/ }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('radio', { name: 'Le nombre d’habitant·es de la commune' }).check();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByText('Several answers possible: tick all that apply.')).toBeVisible();
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.locator('#quiz-confirm')).toContainText('7 questions are not answered');
  await page.getByRole('button', { name: 'Yes, send my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Quiz not passed yet' })).toBeFocused();
  await expect(page.locator('main')).toContainText('You have 2 attempts left.');
  await expectNoAxeViolation(page, 'quiz results in English');
  await shoot(page, 'quiz-results-en');

  await page.getByRole('banner').getByRole('link', { name: 'My learning' }).click();
  await expect(page.locator('main h1')).toHaveText('My learning');
  await expect(page).toHaveTitle('My learning — Culture D');
  await expect(page.locator('main')).toContainText('% complete');
  await expect(page.locator('main')).toContainText('My competencies');
  await expectNoAxeViolation(page, '/mon-parcours in English');
  await shoot(page, 'my-learning-en');
});
