import { defineConfig, devices } from '@playwright/test';
import { E2E_ADMIN } from './src/accounts';

/**
 * Browser journeys against the built app, served by the built API on one port (as in production), with Debian's
 * Chromium: never `npx playwright install`. Build first: `npx nx run-many -t build -p api web`.
 */
const port = '3210';
const baseURL = `http://127.0.0.1:${port}`;

/**
 * The journeys of authors, facilitators and administrators publish parcours and workshops in the shared database.
 * They run after the visitors' and learners' journeys, which count what the starter content shows.
 */
const TOOLS = /(admin|analytics|authoring|groups|lesson-editor|quiz-editor|workshops-admin)\.spec\.ts$/;

export default defineConfig({
  testDir: './src',
  outputDir: '../../dist/playwright-results/web-e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['html', { outputFolder: '../../dist/playwright-report', open: 'never' }]],
  projects: [
    { name: 'visitors and learners', testIgnore: TOOLS },
    { name: 'authors, facilitators and admins', testMatch: TOOLS, dependencies: ['visitors and learners'] },
  ],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node dist/apps/api/apps/api/src/main.js',
    cwd: '../..',
    url: `${baseURL}/api/health/ready`,
    env: {
      PORT: port,
      HOST: '127.0.0.1',
      DATA_DIR: 'tmp/web-e2e-data',
      EMBEDDED_POSTGRES_PORT: '54339',
      LOG_LEVEL: 'warn',
      // An administrator for the journeys that need more than a learner (attendance sheet, authoring, roles).
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
