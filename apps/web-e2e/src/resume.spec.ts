import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolation, open, test } from './fixtures';

/** A starter parcours whose first lesson is long enough to scroll on a phone; each test uses a new account. */
const SLUG = 'mes-donnees-ma-commune';
const PASSWORD = 'le vélo bleu de mamie roule encore';
const RESUME_READING = 'Reprendre la lecture là où je m’étais arrêté·e';

interface Outline {
  title: string;
  modules: { activities: { id: string; title: string }[] }[];
}

async function registerAccount(page: Page, displayName: string): Promise<void> {
  await open(page, '/inscription');
  await page.getByLabel('Adresse e-mail').fill(`e2e-reprendre-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@exemple.fr`);
  await page.getByLabel('Nom affiché').fill(displayName);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('radio', { name: 'Citoyen·ne' }).check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page).toHaveURL(/\/compte$/);
}

/** Opens the home page once the learner's enrolments have been answered (the section depends on them). */
async function openHomeSignedIn(page: Page): Promise<void> {
  const enrolments = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/me/enrolments');
  await open(page, '/');
  expect((await enrolments).status()).toBe(200);
}

function storedPosition(page: Page, activityId: string): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), `cd-reading:${activityId}`);
}

test('a learner resumes their parcours from the home page, then a lesson where they stopped reading', async ({ page }) => {
  test.setTimeout(60_000);
  // A phone: the lesson is several screens long.
  await page.setViewportSize({ width: 390, height: 700 });
  const resumeSection = page.getByRole('region', { name: 'Reprendre mon parcours' });

  // A visitor sees no "Reprendre" and the home page asks nothing about enrolments (the fixture fails on any 401 but the session probe).
  let enrolmentRequests = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/me/enrolments') enrolmentRequests++;
  });
  await open(page, '/');
  await expect(page.getByRole('heading', { name: 'Qu’est-ce que Culture D ?' })).toBeVisible();
  await expect(resumeSection).toHaveCount(0);
  expect(enrolmentRequests).toBe(0);

  // Signed in, enrolled nowhere yet: still nothing to resume.
  await registerAccount(page, 'Dominique');
  await openHomeSignedIn(page);
  await expect(resumeSection).toHaveCount(0);

  const outline = (await (await page.request.get(`/api/parcours/${SLUG}`)).json()) as Outline;
  const [first, second] = outline.modules[0].activities;
  expect((await page.request.post(`/api/parcours/${SLUG}/enrolment`, { data: {} })).ok()).toBe(true);

  await openHomeSignedIn(page);
  await expect(resumeSection).toContainText(outline.title);
  await expect(resumeSection).toContainText('0 % terminé');
  await expect(resumeSection.getByRole('link', { name: 'Voir tout mon parcours' })).toHaveAttribute('href', '/mon-parcours');
  await expectNoAxeViolation(page, 'the home page with "Reprendre mon parcours"');
  await resumeSection.getByRole('link', { name: `Reprendre : ${first.title}` }).click();
  const lessonUrl = `/parcours/${SLUG}/etapes/${first.id}`;
  await expect(page).toHaveURL(lessonUrl);
  await expect(page.locator('main h1')).toHaveText(first.title);

  // A first reading offers nothing; scrolling down is remembered in the browser, as a bare number.
  await expect(page.getByRole('button', { name: RESUME_READING })).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect.poll(() => storedPosition(page, first.id)).toMatch(/^[1-9]\d*$/);
  const index = Number(await storedPosition(page, first.id));

  // Coming back: the page stays at the top and offers to resume; the keyboard takes the reader there, focus included.
  await open(page, lessonUrl);
  const resumeReading = page.getByRole('button', { name: RESUME_READING });
  await expect(resumeReading).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expectNoAxeViolation(page, 'a lesson offering to resume reading');
  await resumeReading.focus();
  await page.keyboard.press('Enter');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('tabindex', '-1');
  await expect(focused).toBeInViewport();
  const expected = await page.evaluate((i) => document.querySelectorAll('cd-lesson-blocks :is(h2, h3, h4, h5, h6, p)')[i]?.textContent, index);
  await expect(focused).toHaveText(expected ?? '');
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(resumeReading).toHaveCount(0);

  // Finishing the lesson forgets the position: nothing to offer any more.
  await page.getByRole('button', { name: 'J’ai terminé' }).click();
  await expect(page.locator('main')).toContainText('Étape terminée.');
  await expect.poll(() => storedPosition(page, first.id)).toBeNull();
  await open(page, lessonUrl);
  await expect(page.locator('.cd-activity__done')).toBeVisible();
  await expect(page.getByRole('button', { name: RESUME_READING })).toHaveCount(0);

  // The home page now offers the next step.
  await openHomeSignedIn(page);
  await expect(resumeSection.getByRole('link', { name: `Reprendre : ${second.title}` })).toHaveAttribute('href', `/parcours/${SLUG}/etapes/${second.id}`);
});
