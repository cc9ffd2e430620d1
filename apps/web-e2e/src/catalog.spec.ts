import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { ActivityResponse, ParcoursCardResponse, ParcoursOutlineResponse } from '@culture-d/catalog/contracts';
import { axeViolations, expect, open, test } from './fixtures';

const SCREENSHOTS = resolve(__dirname, '../../../dist/screenshots');
const AGENT_SLUG = 'travailler-avec-les-donnees-publiques';

interface Step {
  slug: string;
  activity: ActivityResponse;
}

/** Every step of the published catalogue, read from the API (the starter content is loaded at first start). */
async function allSteps(request: APIRequestContext): Promise<Step[]> {
  const list = (await (await request.get('/api/parcours?limit=100')).json()) as { items: ParcoursCardResponse[] };
  const steps: Step[] = [];
  for (const { slug } of list.items) {
    const outline = (await (await request.get(`/api/parcours/${slug}`)).json()) as ParcoursOutlineResponse;
    for (const activity of outline.modules.flatMap((module) => module.activities)) {
      steps.push({ slug, activity: (await (await request.get(`/api/activities/${activity.id}`)).json()) as ActivityResponse });
    }
  }
  return steps;
}

function blockTypes(step: Step): string[] {
  return step.activity.type === 'lesson' ? step.activity.blocks.map((block) => block.type) : [];
}

/** A few lessons that, together, show every block type found in the content. */
function lessonsCoveringEveryBlock(steps: Step[]): Step[] {
  const missing = new Set(steps.flatMap(blockTypes));
  const chosen: Step[] = [];
  while (missing.size > 0) {
    const best = steps.reduce((a, b) => (blockTypes(b).filter((t) => missing.has(t)).length > blockTypes(a).filter((t) => missing.has(t)).length ? b : a));
    chosen.push(best);
    for (const type of blockTypes(best)) missing.delete(type);
  }
  return chosen;
}

function stepPath(step: Step): string {
  return `/parcours/${step.slug}/etapes/${step.activity.id}`;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
}

test('home → the "Agent public" door → the agent parcours → its first lesson → next and previous steps', async ({ page }) => {
  await open(page, '/');
  await page.getByTestId('audience-doors').getByRole('link', { name: 'Agent public' }).click();
  await expect(page).toHaveURL(/\/parcours\?public=agent$/);
  await expect(page.locator('main h1')).toHaveText('Les parcours');
  await expect(page).toHaveTitle('Les parcours — Culture D');
  await expect(page.getByRole('radio', { name: 'Agent·e public·que' })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'trouvé' })).toHaveText('1 parcours trouvé');
  const card = page.getByRole('link', { name: /^Agent·e public·que : collecter/ });
  await expect(card).toHaveCount(1);
  // The header's "Les parcours" is the current page.
  await expect(page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Les parcours' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  await card.click();
  await expect(page).toHaveURL(new RegExp(`/parcours/${AGENT_SLUG}$`));
  await expect(page.locator('main h1')).toHaveText('Agent·e public·que : collecter, ouvrir, manipuler et valoriser les données');
  await expect(page).toHaveTitle('Agent·e public·que : collecter, ouvrir, manipuler et valoriser les données — Culture D');
  const modules = page.locator('ol.cd-modules > li');
  await expect(modules).toHaveCount(3);
  await expect(modules.nth(1)).toContainText('À faire avant : Collecter des données utiles et de qualité');
  await expect(modules.first()).not.toContainText('À faire avant');

  await modules.first().getByRole('link').first().click();
  await expect(page.locator('main h1')).toHaveText('Partir du besoin');
  const breadcrumb = page.getByRole('navigation', { name: 'Vous êtes ici :' });
  await expect(breadcrumb.getByRole('listitem')).toHaveText([
    'Accueil',
    'Les parcours',
    'Agent·e public·que : collecter, ouvrir, manipuler et valoriser les données',
    'Collecter des données utiles et de qualité',
    'Partir du besoin',
  ]);
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);

  const pager = page.getByRole('navigation', { name: 'Étapes du parcours' });
  await pager.locator('a[rel="next"]').click();
  await expect(page.locator('main h1')).toHaveText('Documenter : le dictionnaire des données');
  await expect(page.getByRole('link', { name: /^Télécharger Modèle de dictionnaire des données \(CSV\) \(tableau CSV, 1 ko\)$/ })).toBeVisible();
  await pager.locator('a[rel="prev"]').click();
  await expect(page.locator('main h1')).toHaveText('Partir du besoin');
  // The callout is a note named by its visible label.
  await expect(page.getByRole('note', { name: /^Attention/ })).toBeVisible();
});

test('keyboard: a dataset table sorts from its header buttons and filters its rows', async ({ page, request }) => {
  const steps = await allSteps(request);
  const withDataset = steps.find((step) => step.slug === AGENT_SLUG && blockTypes(step).includes('dataset'));
  expect(withDataset, 'a lesson of the agent parcours with a dataset').toBeTruthy();
  if (!withDataset || withDataset.activity.type !== 'lesson') return;
  const dataset = withDataset.activity.blocks.find((block) => block.type === 'dataset');
  if (dataset?.type !== 'dataset') return;
  const numeric = dataset.columns.findIndex((column) => column.type === 'integer' || column.type === 'number');
  expect(numeric).toBeGreaterThan(0);

  await open(page, stepPath(withDataset));
  const section = page.locator('cd-dataset-table').first();
  const table = section.getByRole('table', { name: dataset.title });
  await expect(table).toBeVisible();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(dataset.rows.length);

  // Tab from the filter: the scrollable region, then the header buttons in order.
  await section.getByLabel('Filtrer les lignes').focus();
  await page.keyboard.press('Tab');
  await expect(section.getByRole('region')).toBeFocused();
  for (let i = 0; i <= numeric; i++) await page.keyboard.press('Tab');
  const button = table.getByRole('button', { name: dataset.columns[numeric].name });
  await expect(button).toBeFocused();
  const header = table.locator('th').nth(numeric);
  await expect(header).not.toHaveAttribute('aria-sort');

  const values = dataset.rows.map((row) => row[numeric]).filter((value): value is number => typeof value === 'number');
  const french = (value: number) => new Intl.NumberFormat('fr-FR').format(value);
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first().locator('td').nth(numeric)).toHaveText(french(Math.min(...values)));
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first().locator('td').nth(numeric)).toHaveText(french(Math.max(...values)));
  await expect(button).toBeFocused();
  // Numbers are right-aligned.
  expect(await rows.first().locator('td').nth(numeric).evaluate((cell) => getComputedStyle(cell).textAlign)).toBe('end');

  // Filter: only matching rows stay, and the count says so.
  const word = String(dataset.rows[0][1]);
  const expected = dataset.rows.filter((row) => row.some((cell) => String(cell).toLowerCase().includes(word.toLowerCase()))).length;
  await section.getByLabel('Filtrer les lignes').fill(word);
  await expect(rows).toHaveCount(expected);
  await expect(section.locator('[aria-live="polite"]')).toHaveText(
    expected === 1 ? `1 ligne affichée sur ${dataset.rows.length}` : `${expected} lignes affichées sur ${dataset.rows.length}`,
  );
  await expect(section.getByRole('link', { name: /Télécharger le CSV/ })).toHaveAttribute('href', dataset.csvHref);
});

test('searching "donnees" without the accent finds parcours about "données"', async ({ page }) => {
  await open(page, '/parcours');
  await page.getByLabel('Rechercher').fill('donnees');
  await page.getByRole('button', { name: 'Afficher les parcours' }).click();
  await expect(page).toHaveURL(/\/parcours\?q=donnees$/);
  const titles = page.locator('cd-parcours-card h3');
  await expect(titles.first()).toBeVisible();
  expect((await titles.allTextContents()).some((title) => title.includes('données'))).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'trouvé' })).toContainText('parcours trouvé');

  // A word that is nowhere: the empty state.
  await page.getByLabel('Rechercher').fill('xylophone');
  await page.getByRole('button', { name: 'Afficher les parcours' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Aucun' })).toHaveText('Aucun parcours ne correspond à votre recherche.');
  await page.getByRole('link', { name: 'Voir tous les parcours' }).click();
  await expect(page).toHaveURL(/\/parcours$/);
  await expect(titles).toHaveCount(4);
});

test('in English, the catalogue shows the English summaries', async ({ page }) => {
  await open(page, '/parcours?public=agent');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('main h1')).toHaveText('Learning paths');
  await expect(page.locator('cd-parcours-card')).toContainText('For public servants in local government');
  await expect(page.locator('cd-parcours-card h3 a')).toHaveAttribute('lang', 'fr');
  await page.getByRole('button', { name: /Français/ }).click();
  await expect(page.locator('main h1')).toHaveText('Les parcours');
});

test('an unknown parcours or step reads as "introuvable"', async ({ page, expectedHttpErrors }) => {
  expectedHttpErrors.push(
    { status: 404, path: '/api/parcours/ce-parcours-n-existe-pas' },
    { status: 404, path: '/api/activities/00000000-0000-4000-8000-000000000000' },
  );
  await open(page, '/parcours/ce-parcours-n-existe-pas');
  await expect(page.locator('main h1')).toHaveText('Parcours introuvable');
  await page.getByRole('link', { name: 'Voir tous les parcours' }).click();
  await expect(page.locator('main h1')).toHaveText('Les parcours');
  await open(page, `/parcours/${AGENT_SLUG}/etapes/00000000-0000-4000-8000-000000000000`);
  await expect(page.locator('main h1')).toHaveText('Étape introuvable');
});

test('no axe violation (WCAG 2.1 A/AA) on the catalogue, a parcours, every kind of step and every block type', async ({ page, request }) => {
  test.setTimeout(120_000);
  const steps = await allSteps(request);
  const paths = [
    '/parcours',
    '/parcours?public=citoyen&q=donnees',
    '/parcours?q=xylophone',
    `/parcours/${AGENT_SLUG}`,
    ...lessonsCoveringEveryBlock(steps).map(stepPath),
    ...(['quiz', 'workshop'] as const).map((type) => stepPath(steps.find((step) => step.activity.type === type) ?? steps[0])),
  ];
  const covered = new Set(lessonsCoveringEveryBlock(steps).flatMap(blockTypes));
  expect([...covered].sort()).toEqual(['callout', 'dataset', 'image', 'link', 'markdown', 'resource', 'video']);
  for (const path of paths) {
    await open(page, path);
    await expect(page.locator('main h1')).toHaveCount(1);
    await expect(page.locator('main [role="status"]').filter({ hasText: 'Chargement' })).toHaveCount(0);
    const violations = await axeViolations(page);
    expect(violations, `axe violations on ${path}:\n${violations.join('\n\n')}`).toEqual([]);
  }
});

for (const width of [390, 1280]) {
  test(`catalogue, parcours and dataset lesson screenshots at ${width} px, nothing overflowing`, async ({ page, request }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    const steps = await allSteps(request);
    const lesson = steps.find((step) => step.slug === AGENT_SLUG && blockTypes(step).includes('dataset')) ?? steps[0];
    const video = steps.find((step) => blockTypes(step).includes('video')) ?? steps[0];
    for (const [name, path] of [
      ['catalogue', '/parcours?public=agent'],
      ['parcours', `/parcours/${AGENT_SLUG}`],
      ['lesson-dataset', stepPath(lesson)],
      ['lesson-video', stepPath(video)],
    ] as const) {
      await open(page, path);
      await expect(page.locator('main [role="status"]').filter({ hasText: 'Chargement' })).toHaveCount(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} overflows at ${width} px`).toBeLessThanOrEqual(0);
      await shoot(page, `${name}-${width}`);
    }
  });
}
