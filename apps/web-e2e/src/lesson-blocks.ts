import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The steps of the lesson editor that add one valid block of each type, shared by the lesson editor's own journey and
 * the author-to-learner journey, with the words a learner then finds in the published lesson.
 */
export const LESSON = {
  heading: 'Ce que disent les chiffres',
  text: '# Ce que disent les chiffres\n\nUn tableau **bien rangé** se lit vite. <script>alert(1)</script>',
  calloutTitle: 'Des chiffres fictifs',
  calloutText: 'Ces données sont inventées pour l’exercice.',
  imageAlt: 'Histogramme du budget de trois quartiers : le quartier de la gare dépense le plus.',
  imageCredit: 'Culture D, CC BY 4.0',
  videoUrl: 'https://framatube.org/w/donnees-ouvertes',
  videoTitle: 'Les données ouvertes en deux minutes',
  transcript: 'Une donnée ouverte est publiée pour que chacun puisse la réutiliser.',
  resourceTitle: 'La fiche mémo',
  resourceFile: 'fiche-memo.pdf',
  datasetTitle: 'Budget des quartiers',
  datasetSource: 'Données fictives créées pour Culture D',
  linkUrl: 'https://www.data.gouv.fr/',
  linkTitle: 'data.gouv.fr',
} as const;

/** A small bar chart, as an author would draw it. */
const CHART_SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120"><rect width="240" height="120" fill="#f4f1ea"/>' +
    '<rect x="20" y="60" width="40" height="50" fill="#00529c"/><rect x="80" y="30" width="40" height="80" fill="#00529c"/>' +
    '<rect x="140" y="45" width="40" height="65" fill="#00529c"/></svg>',
);
const GOOD_CSV = 'quartier;habitants;budget\nCentre;1 200;12 500,50\nGare;950;8 000\n';

/** Adds a block of the given type (its label in the list) at the end; returns its card. */
export async function addBlock(page: Page, type: string, position: number): Promise<Locator> {
  await page.getByLabel('Type de bloc à ajouter').selectOption({ label: type });
  await page.getByRole('button', { name: 'Ajouter le bloc' }).click();
  const card = page.locator('.cd-block-card').nth(position - 1);
  await expect(card.getByRole('heading', { level: 3 })).toHaveText(`Bloc ${position} : ${type}`);
  return card;
}

/** Waits for the autosave's status. */
export async function expectLessonSaved(page: Page): Promise<void> {
  await expect(page.locator('.cd-lesson-editor__status')).toContainText('Enregistré à', { timeout: 10_000 });
}

export async function writeText(card: Locator): Promise<void> {
  await card.getByLabel('Texte').fill(LESSON.text);
}

export async function addCalloutBlock(page: Page, position: number): Promise<Locator> {
  const card = await addBlock(page, 'Encadré', position);
  await card.getByLabel('Type d’encadré').selectOption({ label: 'Attention' });
  await card.getByLabel('Titre').fill(LESSON.calloutTitle);
  await card.getByLabel('Texte', { exact: true }).fill(LESSON.calloutText);
  return card;
}

export async function chooseImage(card: Locator): Promise<void> {
  await card.getByLabel('Choisir l’image').setInputFiles({ name: 'budget.svg', mimeType: 'image/svg+xml', buffer: CHART_SVG });
  await expect(card.locator('img')).toBeVisible();
}

export async function describeImage(card: Locator): Promise<void> {
  await card.getByLabel('Texte alternatif').fill(LESSON.imageAlt);
  await card.getByLabel('Crédit').fill(LESSON.imageCredit);
}

export async function fillVideo(card: Locator): Promise<void> {
  await card.getByLabel('Adresse (URL)').fill(LESSON.videoUrl);
  await card.getByLabel('Titre').fill(LESSON.videoTitle);
  await card.getByLabel('Transcription').fill(LESSON.transcript);
}

export async function addResourceBlock(page: Page, position: number): Promise<Locator> {
  const card = await addBlock(page, 'Fichier à télécharger', position);
  await card.getByLabel('Choisir le fichier').setInputFiles({ name: LESSON.resourceFile, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%fiche mémo\n') });
  await expect(card.getByLabel('Titre')).toHaveValue('fiche-memo');
  await card.getByLabel('Titre').fill(LESSON.resourceTitle);
  return card;
}

/** Chooses a well-formed CSV file: its report says it can be used. */
export async function chooseGoodCsv(card: Locator): Promise<void> {
  await card.getByLabel('Choisir un fichier CSV').setInputFiles({ name: 'budget.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_CSV) });
  await expect(card).toContainText('Données valides : 2 ligne(s), 3 colonne(s).');
}

/** Puts the checked CSV into the block and names its source. */
export async function confirmDataset(card: Locator): Promise<void> {
  await card.getByRole('button', { name: 'Utiliser ces données' }).click();
  await expect(card).toContainText('Données actuelles : 2 ligne(s), 3 colonne(s).');
  await card.getByLabel('Source et licence').fill(LESSON.datasetSource);
}

export async function addLinkBlock(page: Page, position: number): Promise<Locator> {
  const card = await addBlock(page, 'Lien', position);
  await card.getByLabel('Adresse (URL)').fill(LESSON.linkUrl);
  await card.getByLabel('Titre').fill(LESSON.linkTitle);
  return card;
}

/** Adds the seven block types in order, from an empty lesson, and waits until all is saved. */
export async function addBlockOfEveryType(page: Page): Promise<void> {
  await writeText(await addBlock(page, 'Texte', 1));
  await addCalloutBlock(page, 2);
  const image = await addBlock(page, 'Image', 3);
  await chooseImage(image);
  await describeImage(image);
  await fillVideo(await addBlock(page, 'Vidéo', 4));
  await addResourceBlock(page, 5);
  const dataset = await addBlock(page, 'Jeu de données', 6);
  await dataset.getByLabel('Titre').fill(LESSON.datasetTitle);
  await chooseGoodCsv(dataset);
  await confirmDataset(dataset);
  await addLinkBlock(page, 7);
  await expectLessonSaved(page);
}
