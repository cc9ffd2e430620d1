import { E2E_ADMIN } from './accounts';
import { expect, expectNoAxeViolation, open, shoot, test } from './fixtures';
import {
  addBlock,
  addCalloutBlock,
  addLinkBlock,
  addResourceBlock,
  chooseGoodCsv,
  chooseImage,
  confirmDataset,
  describeImage,
  expectLessonSaved as expectSaved,
  fillVideo,
  LESSON,
  writeText,
} from './lesson-blocks';

const RAGGED_CSV = 'quartier,habitants\nCentre,1200\nGare\nPort,800\n';

/** A draft with one module and one empty lesson, unique per run (the e2e database persists between local runs). */
function draftDocument(slug: string) {
  return {
    format: 'culture-d/parcours@1',
    parcours: {
      slug,
      title: 'Lire les données de son quartier',
      summary: 'Un parcours de test pour l’éditeur de leçon.',
      summaryEn: 'A test parcours for the lesson editor.',
      audiences: ['mediateur'],
      themes: ['democratie'],
      level: 'decouverte',
      objectives: [],
      durationMinutes: 10,
      modules: [
        {
          key: 'premier-module',
          slug: 'premier-module',
          title: 'Premier module',
          summary: '',
          objectives: [],
          minutes: 10,
          competencies: [],
          prerequisites: [],
          activities: [{ key: 'lecon-quartier', type: 'lesson', title: 'Brouillon de leçon', minutes: 5, blocks: [] }],
        },
      ],
    },
  };
}

test('an author writes a lesson with a block of every type: CSV and image checked before saving, live preview, saved across a reload', async ({ page, expectedHttpErrors }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  expect((await page.request.post('/api/auth/login', { data: { email: E2E_ADMIN.email, password: E2E_ADMIN.password } })).status()).toBe(200);
  const created = await page.request.post('/api/authoring/parcours', { data: draftDocument(`e2e-lecon-${Date.now()}`) });
  expect(created.status(), await created.text()).toBe(201);
  const draft = (await created.json()) as { id: string; ids: { activities: Record<string, string> } };
  const activityId = draft.ids.activities['lecon-quartier'];
  const url = `/auteur/parcours/${draft.id}/lecons/${activityId}`;

  await open(page, url);
  await expect(page.locator('main h1')).toHaveText('Modifier une leçon');
  await expect(page.getByLabel('Titre de la leçon')).toHaveValue('Brouillon de leçon');
  await expect(page.getByText('Cette leçon n’a pas encore de bloc.')).toBeVisible();
  await expectNoAxeViolation(page, 'the empty lesson editor');

  await page.getByLabel('Titre de la leçon').fill('Lire les chiffres de son quartier');
  await page.getByLabel('Durée estimée, en minutes').fill('12');

  // Text: the preview renders Markdown as the learner page will, raw HTML shown as text.
  const text = await addBlock(page, 'Texte', 1);
  await expect(text.getByLabel('Texte')).toBeFocused();
  await writeText(text);
  const preview = page.getByRole('region', { name: 'Aperçu' });
  await expect(preview.getByRole('heading', { name: 'Ce que disent les chiffres' })).toBeVisible();
  await expect(preview.locator('strong')).toHaveText('bien rangé');
  await expect(preview).toContainText('<script>alert(1)</script>');

  await addCalloutBlock(page, 2);
  await expect(preview.getByRole('note')).toContainText('Attention : Des chiffres fictifs');

  // Image: chosen, previewed, but not saved until it has an alt text.
  const image = await addBlock(page, 'Image', 3);
  await chooseImage(image);
  await page.getByRole('button', { name: 'Enregistrer maintenant' }).click();
  const summary = page.locator('.cd-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Bloc 3 (Image), Texte alternatif : Décrivez l’image, ou cochez « Image décorative » si elle n’apporte aucune information.');
  await expect(page.locator('.cd-lesson-editor__status')).toContainText('Non enregistré : 1 champ(s) à compléter ou corriger.');
  await summary.getByRole('link').click();
  await expect(image.getByLabel('Texte alternatif')).toBeFocused();
  await describeImage(image);
  await expect(summary).toHaveCount(0);
  await expect(preview.getByRole('img', { name: 'Histogramme du budget de trois quartiers' })).toBeVisible();
  await expectSaved(page);

  const video = await addBlock(page, 'Vidéo', 4);
  await video.getByLabel('Adresse (URL)').fill('https://www.youtube.com/watch?v=abc');
  await video.getByLabel('Adresse (URL)').press('Tab');
  await expect(video.getByText('Cette adresse n’est pas sur une instance PeerTube autorisée.')).toBeVisible();
  await fillVideo(video);

  await addResourceBlock(page, 5);

  // Dataset: a ragged file is reported line by line and stays out of the block; a good one goes in when confirmed.
  const dataset = await addBlock(page, 'Jeu de données', 6);
  await dataset.getByLabel('Titre').fill(LESSON.datasetTitle);
  await expect(dataset.getByLabel('Identifiant')).toHaveValue('donnees');
  await dataset.getByLabel('Choisir un fichier CSV').setInputFiles({ name: 'quartiers.csv', mimeType: 'text/csv', buffer: Buffer.from(RAGGED_CSV) });
  await expect(dataset).toContainText('Ces données ne peuvent pas être utilisées : 1 problème.');
  await expect(dataset).toContainText('Ligne 3 : 1 champ(s) alors que l’en-tête a 2 colonnes.');
  await expect(dataset.getByRole('button', { name: 'Utiliser ces données' })).toHaveCount(0);
  await chooseGoodCsv(dataset);
  const columns = dataset.getByRole('table', { name: 'Colonnes et types détectés' });
  await expect(columns.getByRole('row', { name: 'habitants nombre entier' })).toBeVisible();
  await expect(columns.getByRole('row', { name: 'budget nombre' })).toBeVisible();
  await expectNoAxeViolation(page, 'the dataset report');
  await confirmDataset(dataset);
  await expect(preview.getByRole('table', { name: /Budget des quartiers/ })).toBeVisible();

  const link = await addLinkBlock(page, 7);
  await expect(preview.getByRole('link', { name: 'data.gouv.fr' })).toBeVisible();

  // Keyboard reordering: the link goes up one place, the focus stays on its button, the move is announced.
  await link.getByRole('button', { name: 'Monter le bloc 7' }).press('Enter');
  await expect(page.locator('.cd-block-card').nth(5).getByRole('heading', { level: 3 })).toHaveText('Bloc 6 : Lien');
  await expect(page.getByRole('button', { name: 'Monter le bloc 6' })).toBeFocused();
  await expect(page.getByText('Bloc déplacé en position 6 sur 7.')).toBeAttached();

  await expectSaved(page);
  await expectNoAxeViolation(page, 'the lesson editor with every block type');
  await shoot(page, 'lesson-editor');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Afficher l’aperçu' }).click();
  await expect(preview.getByRole('heading', { name: 'Ce que disent les chiffres' })).toBeVisible();
  await expectNoAxeViolation(page, 'the lesson editor at 390 px with the preview open');
  await shoot(page, 'lesson-editor-preview');

  // Everything was saved: a reload finds it.
  await page.reload();
  await expect(page.getByLabel('Titre de la leçon')).toHaveValue('Lire les chiffres de son quartier');
  await expect(page.getByLabel('Durée estimée, en minutes')).toHaveValue('12');
  await expect(page.locator('.cd-block-card h3')).toHaveText([
    'Bloc 1 : Texte',
    'Bloc 2 : Encadré',
    'Bloc 3 : Image',
    'Bloc 4 : Vidéo',
    'Bloc 5 : Fichier à télécharger',
    'Bloc 6 : Lien',
    'Bloc 7 : Jeu de données',
  ]);
  const cards = page.locator('.cd-block-card');
  await expect(cards.nth(2).getByLabel('Texte alternatif')).toHaveValue(LESSON.imageAlt);
  await expect(cards.nth(3).getByLabel('Adresse (URL)')).toHaveValue(LESSON.videoUrl);
  await expect(cards.nth(4)).toContainText('Fichier actuel : fiche-memo.pdf');
  await expect(cards.nth(6)).toContainText('Données actuelles : 2 ligne(s), 3 colonne(s).');

  // Someone else saves meanwhile: the next change is not sent, the author is offered the saved version.
  const saved = (await (await page.request.get(`/api/authoring/parcours/${draft.id}`)).json()) as {
    revision: number;
    document: { parcours: { modules: { activities: unknown[] }[] } };
  };
  const other = { ...(saved.document.parcours.modules[0].activities[0] as object), title: 'Titre changé par une autre personne' };
  expect((await page.request.patch(`/api/authoring/activities/${activityId}`, { data: { revision: saved.revision, activity: other } })).status()).toBe(200);
  expectedHttpErrors.push({ status: 409, path: `/api/authoring/activities/${activityId}` });
  await page.getByLabel('Titre de la leçon').fill('Mon titre à moi');
  await expect(page.locator('.cd-lesson-editor__status')).toContainText('Quelqu’un d’autre a enregistré ce brouillon entre-temps.', { timeout: 10_000 });
  await expectNoAxeViolation(page, 'the lesson editor after a conflict');
  await page.getByRole('button', { name: 'Recharger la version enregistrée' }).click();
  await expect(page.getByLabel('Titre de la leçon')).toHaveValue('Titre changé par une autre personne');

  // In English: the editor's words change, the French lesson in the preview says it is French.
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('main h1')).toHaveText('Edit a lesson');
  await expect(page.locator('.cd-block-card h3').first()).toHaveText('Block 1: Text');
  await expect(page.locator('.cd-lesson-editor__preview-page')).toHaveAttribute('lang', 'fr');
  await expectNoAxeViolation(page, 'the lesson editor in English');
  await page.getByRole('button', { name: /Français/ }).click();
  await expect(page.locator('main h1')).toHaveText('Modifier une leçon');
});
