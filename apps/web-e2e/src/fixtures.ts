import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Page, test as base, expect } from '@playwright/test';

/** Hosts the app may talk to: itself only. No CDN, font, analytics or icon request of any kind. */
const OWN_HOSTS = new Set(['127.0.0.1']);

/** An HTTP error answer the test expects: Chromium logs it as a console error ("Failed to load resource"). */
export interface ExpectedHttpError {
  status: number;
  path: string;
}

function isExpected(text: string, url: string | undefined, expected: readonly ExpectedHttpError[]): boolean {
  const status = /the server responded with a status of (\d{3})/.exec(text)?.[1];
  if (!status || !url) return false;
  const path = new URL(url).pathname;
  return expected.some((e) => String(e.status) === status && e.path === path);
}

/**
 * Every test gets a page that records console errors, uncaught errors, CSP violations and requests leaving our
 * origin, and fails at the end if any happened. HTTP error answers are allowed only when expected.
 */
export const test = base.extend<{ pageProblems: string[]; expectedHttpErrors: ExpectedHttpError[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument.
  expectedHttpErrors: async ({}, use) => {
    // None by default: even the session probe at start-up (`GET /api/auth/session`) answers a visitor with 200.
    await use([]);
  },
  pageProblems: [
    async ({ page, expectedHttpErrors }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (isExpected(message.text(), message.location().url, expectedHttpErrors)) return;
        problems.push(`console error: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (!OWN_HOSTS.has(url.hostname)) problems.push(`request leaving 127.0.0.1: ${request.method()} ${request.url()}`);
      });
      // Recorded in the page itself too, in case a violation is reported without a console message.
      await page.addInitScript(() => {
        const w = window as unknown as { __cspViolations: string[] };
        w.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
        );
      });
      await use(problems);
      if (!page.isClosed()) {
        const csp = await page
          .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
          .catch(() => [] as string[]);
        problems.push(...csp.map((v) => `CSP violation: ${v}`));
      }
      expect(problems, 'console errors, CSP violations or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens `path` and waits until the lazy page has rendered its heading. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('main h1')).toBeVisible();
}

/** Runs axe with the WCAG 2.0/2.1 A and AA rules and returns the violations, formatted to be read in a report. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map(
    (violation) =>
      `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n'),
  );
}

/** Where the journeys' screenshots go (a CI artefact). */
export const SCREENSHOTS = resolve(__dirname, '../../../dist/screenshots');

/** Fails with the list of axe's WCAG 2.1 AA violations on the page as it is now. */
export async function expectNoAxeViolation(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `axe violations on ${where}:\n${violations.join('\n\n')}`).toEqual([]);
}

/** Screenshots at 390 and 1280 px (nothing may overflow at 390), then back to 1280; full page unless told. */
export async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.evaluate(() => document.fonts.ready);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} overflows at ${width} px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: resolve(SCREENSHOTS, `${name}-${width}.png`), fullPage });
  }
}
