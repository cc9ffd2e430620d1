import type { Page } from '@playwright/test';
import { E2E_ADMIN } from './accounts';
import { expect, expectNoAxeViolation, open, shoot, test } from './fixtures';
import { addBlockOfEveryType, LESSON } from './lesson-blocks';

const PASSWORD = 'le vélo bleu de mamie roule encore';
/** A workshop of the starter content: a workshop step pointing to it makes a module publishable without a lesson or quiz. */
const WORKSHOP = 'atelier-citoyens-tuba-lyon';

function stamp(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

async function signInAsAdmin(page: Page): Promise<void> {
  await open(page, '/connexion');
  await page.getByLabel('Adresse e-mail').fill(E2E_ADMIN.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(E2E_ADMIN.password);
  await page.locator('main').getByRole('button', { name: 'Se connecter', exact: true }).click();
  await expect(page).not.toHaveURL(/connexion/);
}

/** The modules' titles, in their order on the page. */
async function moduleOrder(page: Page): Promise<string[]> {
  return (await page.locator('.cd-authoring-module h3').allTextContents()).map((t) => t.trim().replace(/^Module \d+ : /, ''));
}

/** Waits for the autosave's polite status. */
async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('.cd-authoring-save')).toContainText(/Enregistré à \d\d:\d\d/);
}

async function createParcours(page: Page, title: string): Promise<string> {
  await open(page, '/auteur');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Créer le brouillon' }) });
  await form.getByLabel('Titre du parcours').fill(title);
  await expect(form.getByLabel('Adresse du parcours')).toHaveValue(/^parcours-e2e-/);
  await form.getByLabel('Résumé').fill('Un parcours écrit par les tests de bout en bout.');
  await form.getByLabel('Public principal').selectOption({ label: 'Agent·e public·que' });
  await form.getByRole('button', { name: 'Créer le brouillon' }).click();
  await expect(page).toHaveURL(/\/auteur\/parcours\/[0-9a-f-]{36}$/);
  await expect(page.locator('main h1')).toHaveText(title);
  return /\/auteur\/parcours\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
}

async function addModule(page: Page, title: string): Promise<void> {
  await page.getByLabel('Titre du nouveau module').fill(title);
  await page.getByRole('button', { name: 'Ajouter le module' }).click();
  await expect(page.locator('#move-announcer')).toHaveText(`Module « ${title} » ajouté.`);
}

test('an author creates a parcours (two modules, a lesson of every block type, a quiz from a GIFT import), orders its modules from the keyboard, sets prerequisites (a cycle is refused), meets another author’s save, publishes, and a learner follows it', async ({
  page,
  expectedHttpErrors,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsAdmin(page);

  await open(page, '/auteur');
  await expect(page).toHaveTitle('Mes parcours en rédaction — Culture D');
  await expectNoAxeViolation(page, 'my parcours');
  await shoot(page, 'auteur-liste');

  const title = `Parcours e2e ${stamp()}`;
  const id = await createParcours(page, title);
  await addModule(page, 'Découvrir les données');
  await addModule(page, 'Ouvrir les données');
  expect(await moduleOrder(page)).toEqual(['Découvrir les données', 'Ouvrir les données']);

  // Keyboard only: "Monter" on the second module, announced, the focus staying with the moved module.
  await page.getByRole('button', { name: 'Monter : Ouvrir les données' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#move-announcer')).toHaveText('« Ouvrir les données » est maintenant en position 1 sur 2.');
  expect(await moduleOrder(page)).toEqual(['Ouvrir les données', 'Découvrir les données']);
  await expect(page.getByRole('button', { name: 'Descendre : Ouvrir les données' })).toBeFocused();

  // Prerequisites: "Découvrir" after "Ouvrir" is saved; the reverse would be a cycle, refused before any request.
  const discover = page.locator('.cd-authoring-module').filter({ has: page.getByRole('heading', { name: /Découvrir les données/ }) });
  const openData = page.locator('.cd-authoring-module').filter({ has: page.getByRole('heading', { name: /Ouvrir les données/ }) });
  await discover.getByRole('checkbox', { name: 'Ouvrir les données' }).check();
  await expectSaved(page);
  // click(), not check(): the page unticks the box at once.
  await openData.getByRole('checkbox', { name: 'Découvrir les données' }).click();
  await expect(openData.getByRole('alert')).toHaveText(
    'Impossible : ce choix formerait un cercle (Ouvrir les données → Découvrir les données → Ouvrir les données). Un module ne peut pas dépendre, même indirectement, de lui-même.',
  );
  await expect(openData.getByRole('checkbox', { name: 'Découvrir les données' })).not.toBeChecked();
  // A module deleted after a confirmation, which takes the focus.
  await addModule(page, 'Module à supprimer');
  await page.getByRole('button', { name: 'Supprimer : Module à supprimer' }).click();
  await expect(page.getByRole('button', { name: 'Oui, supprimer' })).toBeFocused();
  await page.getByRole('button', { name: 'Oui, supprimer' }).click();
  await expect(page.locator('#move-announcer')).toHaveText('Module « Module à supprimer » supprimé.');
  await expect(page.getByLabel('Titre du nouveau module')).toBeFocused();
  const saved = (await (await page.request.get(`/api/authoring/parcours/${id}`)).json()) as { document: { parcours: { modules: { title: string; prerequisites: string[] }[] } } };
  expect(saved.document.parcours.modules.map((m) => [m.title, m.prerequisites.length])).toEqual([
    ['Ouvrir les données', 0],
    ['Découvrir les données', 1],
  ]);

  // Autosave of a text field, then an activity of each kind.
  await page.getByLabel('Objectifs').first().fill('Savoir ce qu’est une donnée ouverte\nTrouver un jeu de données');
  await expectSaved(page);
  for (const module of [openData, discover]) {
    await module.getByLabel('Type de la nouvelle activité').selectOption({ label: 'Étape atelier' });
    await module.getByLabel('Titre de l’activité').last().fill('Venir à l’atelier');
    await module.getByRole('button', { name: /Ajouter l’activité/ }).click();
    await expect(module.getByRole('textbox', { name: 'Ateliers liés' })).toBeVisible();
    await module.getByRole('textbox', { name: 'Ateliers liés' }).fill(WORKSHOP);
    await module.getByRole('textbox', { name: 'Ateliers liés' }).blur();
    await expectSaved(page);
  }
  await openData.getByLabel('Type de la nouvelle activité').selectOption({ label: 'Leçon' });
  await openData.getByLabel('Titre de l’activité').last().fill('Qu’est-ce qu’une donnée ouverte ?');
  await openData.getByRole('button', { name: /Ajouter l’activité/ }).click();
  await expect(openData.getByRole('link', { name: 'Rédiger la leçon : Qu’est-ce qu’une donnée ouverte ?' })).toBeVisible();
  // Activities move from the keyboard too.
  await openData.getByRole('button', { name: 'Monter : Qu’est-ce qu’une donnée ouverte ?' }).press('Enter');
  await expect(page.locator('#move-announcer')).toHaveText('« Qu’est-ce qu’une donnée ouverte ? » est maintenant en position 1 sur 2.');
  await expect(openData.getByRole('button', { name: 'Descendre : Qu’est-ce qu’une donnée ouverte ?' })).toBeFocused();

  // A quiz whose question comes from a GIFT file imported into the bank, added in the quiz editor.
  const questionKey = `e2e-ouverte-${stamp()}`;
  const gift = await page.request.post('/api/authoring/questions/import?format=gift', {
    headers: { 'Content-Type': 'text/plain' },
    data: `::${questionKey}:: Une donnée ouverte peut-elle être réutilisée par tout le monde ? {T}\n`,
  });
  expect(gift.status(), await gift.text()).toBe(201);
  await discover.getByLabel('Type de la nouvelle activité').selectOption({ label: 'Quiz' });
  await discover.getByLabel('Titre de l’activité').last().fill('Vérifier ses acquis');
  await discover.getByRole('button', { name: /Ajouter l’activité/ }).click();
  await discover.getByRole('link', { name: 'Modifier le quiz : Vérifier ses acquis' }).click();
  await expect(page.locator('main h1')).toContainText('Vérifier ses acquis');
  await page.getByLabel('Texte, identifiant ou catégorie').fill(questionKey);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await page.getByRole('button', { name: `Ajouter ${questionKey}` }).click();
  await expect(page.getByText('Toutes les modifications sont enregistrées.')).toBeVisible({ timeout: 10_000 });
  await page.goto(`/auteur/parcours/${id}`);
  await expect(page.locator('main h1')).toHaveText(title);

  await expectNoAxeViolation(page, 'the parcours editor');
  await shoot(page, 'auteur-editeur');

  // Another author saves in a second tab: this tab's next save gets 409, says so, and reloads on request.
  expectedHttpErrors.push({ status: 409, path: `/api/authoring/parcours/${id}` });
  const other = await page.context().newPage();
  await open(other, `/auteur/parcours/${id}`);
  await other.getByLabel('Titre du parcours').fill(`${title} (relu par Camille)`);
  await other.getByLabel('Titre du parcours').blur();
  await expect(other.locator('.cd-authoring-save')).toContainText(/Enregistré à/);
  await other.close();

  await page.getByLabel('Titre du parcours').fill(`${title} (ma version)`);
  await page.getByLabel('Titre du parcours').blur();
  const conflict = page.getByRole('alert').filter({ hasText: 'Votre dernière modification n’a pas été enregistrée' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Quelqu’un d’autre a enregistré ce parcours');
  await expectNoAxeViolation(page, 'the parcours editor (conflict)');
  await shoot(page, 'auteur-editeur-conflit');
  await conflict.getByRole('button', { name: 'Recharger la dernière version' }).click();
  await expect(page.getByLabel('Titre du parcours')).toHaveValue(`${title} (relu par Camille)`);
  await expect(page.getByLabel('Titre du parcours')).toBeFocused();
  await expect(conflict).toHaveCount(0);

  // Publication: the lesson without content blocks it; the report links to the lesson editor.
  await page.getByRole('link', { name: 'Valider et publier' }).click();
  await expect(page.locator('main h1')).toHaveText('Valider et publier le parcours');
  await expect(page.locator('#problems')).toContainText('La leçon « Qu’est-ce qu’une donnée ouverte ? » (module « Ouvrir les données ») n’a aucun contenu.');
  await expect(page.getByRole('link', { name: /^Corriger : La leçon/ })).toHaveAttribute('href', new RegExp(`/auteur/parcours/${id}/lecons/[0-9a-f-]{36}$`));
  await expectNoAxeViolation(page, 'the publication page (blocked)');
  await shoot(page, 'auteur-publication');
  expectedHttpErrors.push({ status: 422, path: `/api/authoring/parcours/${id}/publish` });
  await page.getByRole('button', { name: 'Publier une nouvelle version' }).click();
  await expect(page.getByRole('alert')).toHaveText('Le parcours ne peut pas encore être publié : corrigez les points de la liste.');
  await expect(page.locator('#problems')).toBeFocused();

  // "Corriger" opens the lesson editor; with a block of every type, the parcours publishes and a learner follows it.
  await page.getByRole('link', { name: /^Corriger : La leçon/ }).click();
  await expect(page.getByLabel('Titre de la leçon')).toHaveValue('Qu’est-ce qu’une donnée ouverte ?');
  await addBlockOfEveryType(page);
  await expectNoAxeViolation(page, 'the lesson editor (every block type)');
  await shoot(page, 'auteur-lecon');
  await open(page, `/auteur/parcours/${id}`);
  await page.getByRole('link', { name: 'Valider et publier' }).click();
  await expect(page.locator('main')).toContainText('Rien n’empêche la publication : le parcours est prêt.');
  await page.getByRole('button', { name: 'Publier une nouvelle version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Version 1 publiée' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Première version publiée');
  await expectNoAxeViolation(page, 'the publication page (published)');
  await shoot(page, 'auteur-publie');

  const slug = ((await (await page.request.get(`/api/authoring/parcours/${id}`)).json()) as { slug: string }).slug;
  await page.context().clearCookies();
  await open(page, '/inscription');
  await page.getByLabel('Adresse e-mail').fill(`e2e-apprenant-${stamp()}@exemple.fr`);
  await page.getByLabel('Nom affiché').fill('Sacha');
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('radio', { name: 'Agent·e public·que' }).check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page).toHaveURL(/\/compte$/);
  expectedHttpErrors.push({ status: 404, path: `/api/me/parcours/${slug}/progress` });
  await open(page, `/parcours/${slug}`);
  await expect(page.locator('main h1')).toHaveText(`${title} (relu par Camille)`);
  await page.getByRole('button', { name: 'Commencer ce parcours' }).click();
  await expect(page.locator('main')).toContainText('Vous suivez ce parcours.');
  await expect(page.locator('main')).toContainText('Venir à l’atelier');
  await expect(page.locator('main')).toContainText('Vérifier ses acquis');

  // The learner reads the lesson: every block as the author wrote it.
  await page.getByRole('link', { name: /^Commencer : Qu’est-ce qu’une donnée ouverte \?/ }).click();
  await expect(page.locator('main h1')).toHaveText('Qu’est-ce qu’une donnée ouverte ?');
  const lesson = page.locator('main');
  await expect(lesson.getByRole('heading', { name: LESSON.heading })).toBeVisible();
  await expect(lesson.locator('.cd-block--markdown strong')).toHaveText('bien rangé');
  await expect(lesson.getByRole('note')).toContainText(`Attention : ${LESSON.calloutTitle}`);
  await expect(lesson.getByRole('note')).toContainText(LESSON.calloutText);
  await expect(lesson.getByRole('img', { name: LESSON.imageAlt })).toBeVisible();
  await expect(lesson.getByText(`Crédit : ${LESSON.imageCredit}`)).toBeVisible();
  const video = lesson.getByRole('region', { name: LESSON.videoTitle });
  await expect(video.getByRole('link', { name: /Regarder la vidéo sur framatube\.org/ })).toHaveAttribute('href', LESSON.videoUrl);
  await expect(video.locator('.cd-block__transcript')).toContainText(LESSON.transcript);
  await expect(lesson.getByRole('link', { name: new RegExp(`^Télécharger ${LESSON.resourceTitle} \\(PDF`) })).toHaveAttribute('download', LESSON.resourceFile);
  const table = lesson.getByRole('table', { name: LESSON.datasetTitle });
  await expect(table.locator('caption')).toHaveText(LESSON.datasetTitle);
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(lesson.getByRole('link', { name: LESSON.linkTitle, exact: true })).toHaveAttribute('href', LESSON.linkUrl);
  await expectNoAxeViolation(page, 'the learner’s lesson with every block type');
  await shoot(page, 'apprenant-lecon-complete');
  await page.getByRole('button', { name: 'J’ai terminé' }).click();
  await expect(page.locator('main')).toContainText('Étape terminée');

  // The lesson done, the module of the quiz opens: the learner answers the GIFT question and sees the result.
  await open(page, `/parcours/${slug}`);
  await page.locator('a.cd-step').filter({ hasText: 'Vérifier ses acquis' }).click();
  await expect(page.locator('main h1')).toContainText('Vérifier ses acquis');
  await page.getByRole('button', { name: 'Commencer le quiz' }).click();
  await expect(page.getByRole('heading', { name: /Question 1 sur 1/ })).toBeFocused();
  await page.getByRole('radio', { name: 'Vrai' }).check();
  await expectNoAxeViolation(page, 'the quiz from the GIFT import');
  await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
  await expect(page.getByRole('heading', { name: 'Quiz réussi !' })).toBeFocused();
  await expectNoAxeViolation(page, 'the quiz result');
  await shoot(page, 'apprenant-quiz-reussi');
});

test('an import shows every fault of the file by its place, and a learner cannot open the authors’ pages', async ({ page, expectedHttpErrors }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsAdmin(page);
  await open(page, '/auteur');
  expectedHttpErrors.push({ status: 400, path: '/api/authoring/parcours/import' });
  const broken = {
    format: 'culture-d/parcours@1',
    parcours: {
      slug: 'Pas Une Adresse',
      title: '',
      summary: 'x',
      summaryEn: 'x',
      audiences: [],
      themes: ['innovation'],
      level: 'decouverte',
      objectives: [],
      durationMinutes: 5,
      modules: [],
    },
  };
  await page.getByLabel('Fichier JSON du parcours').setInputFiles({ name: 'parcours.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const result = page.locator('.cd-authoring-import-result');
  await expect(result).toContainText('Le parcours comporte des erreurs : rien n’a été enregistré.');
  await expect(result).toContainText('/parcours/title');
  await expect(result).toContainText('/parcours/audiences');
  await expect(result).toBeFocused();
  await expectNoAxeViolation(page, 'my parcours (import refused)');

  await page.getByLabel('Fichier JSON du parcours').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('pas du JSON') });
  await expect(result).toContainText('Ce fichier n’est pas un fichier JSON lisible.');

  await page.context().clearCookies();
  await open(page, '/inscription');
  await page.getByLabel('Adresse e-mail').fill(`e2e-curieux-${stamp()}@exemple.fr`);
  await page.getByLabel('Nom affiché').fill('Alex');
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('radio', { name: 'Citoyen·ne' }).check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page).toHaveURL(/\/compte$/);
  await page.goto('/auteur');
  await expect(page).toHaveURL(/\/acces-reserve$/);
});
