import type { ParcoursAnalyticsResponse } from '@culture-d/analytics/contracts';
import { request as playwrightRequest } from '@playwright/test';
import { E2E_ADMIN } from './accounts';
import { expect, expectNoAxeViolation, open, shoot, test } from './fixtures';

const BASE_URL = 'http://127.0.0.1:3210';
const SLUG = 'mes-donnees-ma-commune';

test('the parcours statistics show the funnel of a learner who enrolled and completed a lesson, as a chart and a table; workshops have theirs', async ({ page }) => {
  test.setTimeout(120_000);
  // A médiateur·rice enrols and completes the first lesson, through the API.
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const email = `e2e-stats-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@exemple.fr`;
  expect(
    (await api.post('/api/auth/register', { data: { email, password: 'les chiffres racontent une histoire', displayName: 'Mia Médiatrice', audience: 'mediateur' } })).status(),
  ).toBe(201);
  expect((await api.post(`/api/parcours/${SLUG}/enrolment`)).ok()).toBe(true);
  const outline = (await (await api.get(`/api/parcours/${SLUG}`)).json()) as { modules: { activities: { id: string; type: string }[] }[] };
  const lesson = outline.modules.flatMap((m) => m.activities).find((a) => a.type === 'lesson');
  expect((await api.post(`/api/activities/${lesson?.id}/completion`)).ok()).toBe(true);
  await api.dispose();

  expect((await page.request.post('/api/auth/login', { data: { email: E2E_ADMIN.email, password: E2E_ADMIN.password } })).status()).toBe(200);
  const expected = (await (await page.request.get(`/api/analytics/parcours/${SLUG}?audience=mediateur`)).json()) as ParcoursAnalyticsResponse;
  expect(expected.enrolled).toBeGreaterThanOrEqual(1);

  await open(page, '/statistiques');
  await expect(page.locator('main h1')).toHaveText('Statistiques des parcours');
  await page.getByLabel('Parcours', { exact: true }).selectOption(SLUG);
  await page.getByLabel('Public', { exact: true }).selectOption('mediateur');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(page.getByRole('heading', { level: 2, name: expected.parcours.title })).toBeVisible();

  // The chart says its numbers in its accessible name; the table repeats them row by row.
  const chart = page.getByRole('img', { name: /Entonnoir d’achèvement/ });
  await expect(chart).toHaveAttribute('aria-label', new RegExp(`Inscrit·es : ${expected.enrolled} ;`));
  const table = page.getByRole('table', { name: /Entonnoir d’achèvement/ });
  const enrolledRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Inscrit·es' }) });
  await expect(enrolledRow.getByRole('cell').first()).toHaveText(String(expected.enrolled));
  for (const step of expected.funnel) {
    const label = step.step === 'enrolled' ? 'Inscrit·es' : step.step === 'completed' ? 'Parcours terminé' : (step.title as string);
    await expect(
      table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
        .getByRole('cell')
        .first(),
    ).toHaveText(String(step.count));
  }
  await expect(page.getByText('Questions des quiz')).toBeVisible();
  await expectNoAxeViolation(page, '/statistiques');
  await shoot(page, 'analytics-parcours');

  await page.getByRole('link', { name: 'Voir les statistiques des ateliers' }).click();
  await expect(page.locator('main h1')).toHaveText('Statistiques des ateliers');
  // The workshops other journeys created (or none on a fresh database): the table, or the sentence that says so.
  await expect(page.getByRole('table', { name: /^Ateliers : \d+$/ }).or(page.getByText('Aucun atelier pendant cette période'))).toBeVisible();
  await expectNoAxeViolation(page, '/statistiques/ateliers');
  await shoot(page, 'analytics-workshops');
});
