import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, open, test } from './fixtures';

const SCREENSHOTS = resolve(__dirname, '../../../dist/screenshots');

test('French by default; switching to English translates the page, updates <html lang> and survives a reload', async ({
  page,
}) => {
  await open(page, '/');
  const fr = page.getByRole('button', { name: /Français/ });
  const en = page.getByRole('button', { name: /English/ });
  await expect(fr).toHaveAttribute('aria-pressed', 'true');
  await expect(en).toHaveAttribute('lang', 'en');

  await en.click();
  await expect(page.locator('h1')).toHaveText('Learn data literacy, at your own pace');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Home — Culture D');
  await expect(en).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.cookie)).toBe('');

  await page.reload();
  await expect(page.locator('h1')).toHaveText('Learn data literacy, at your own pace');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: /Français/ }).click();
  await expect(page.locator('h1')).toHaveText('Se former à la culture des données, à son rythme');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('keyboard: the first Tab reaches "Aller au contenu", and Enter moves focus to the main content', async ({ page }) => {
  await open(page, '/mentions-legales');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#contenu')).toBeFocused();
  await expect(page).toHaveURL(/\/mentions-legales$/);

  // The next Tab continues inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('the home page opens four audience doors, names the three themes and the seed workshops', async ({ page }) => {
  await open(page, '/');
  const doors = page.getByTestId('audience-doors').getByRole('link');
  await expect(doors).toHaveText(['Élu·e local·e', 'Agent public', 'Médiateur·rice numérique', 'Citoyen·ne']);
  await expect(doors.first()).toHaveAttribute('href', '/parcours?public=elu');
  await expect(page.locator('#themes h3')).toHaveText(['#performance', '#innovation', '#démocratie']);
  await expect(page.locator('#ateliers h3')).toHaveCount(3);
  await expect(page.locator('#ateliers')).toContainText('Forum des Interconnectés');
});

test('at 390 px wide nothing overflows and the main navigation folds behind a Menu button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  const nav = page.getByRole('navigation', { name: 'Menu principal' });
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(nav.getByRole('link', { name: 'Les ateliers' })).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(page.getByRole('button', { name: 'Fermer' })).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: 'Les ateliers' }).click();
  await expect(page).toHaveURL(/\/ateliers$/);
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
});

test('pages are served under a strict CSP with a fresh nonce, which the styles Angular inserts carry', async ({ page }) => {
  const first = await page.goto('/');
  const csp = first?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self';");
  expect(csp).not.toContain('unsafe-inline');
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  await expect(page.locator('main h1')).toBeVisible();
  // Component styles are inserted as <style> elements: each must carry the nonce, or the CSP would block it.
  const styles = await page.evaluate(() => Array.from(document.querySelectorAll('style')).map((style) => style.nonce));
  expect(styles.length).toBeGreaterThan(0);
  expect(new Set(styles)).toEqual(new Set([nonce]));

  const second = await page.goto('/accessibilite');
  expect(second?.headers()['content-security-policy']).not.toContain(`'nonce-${nonce}'`);
});

test('the fonts come from our origin and are used', async ({ page }) => {
  const fonts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font') fonts.push(new URL(response.url()).pathname);
  });
  await open(page, '/');
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('700 16px "Atkinson Hyperlegible Next"'))).toBe(true);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font).toMatch(/^\/media\/atkinson-hyperlegible-next-latin-(400|700)-normal-[A-Z0-9]{8}\.woff2$/);
});

for (const width of [390, 1280]) {
  test(`home screenshot at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await open(page, '/');
    await page.evaluate(() => document.fonts.ready);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SCREENSHOTS, `home-${width}.png`), fullPage: true });
    await page.screenshot({ path: resolve(SCREENSHOTS, `home-${width}-viewport.png`) });
  });
}
