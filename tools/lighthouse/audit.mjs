#!/usr/bin/env node
// Lighthouse audit of the built web app (issue 11): home, catalogue, a parcours and a lesson, in Debian's Chromium.
// Starts the built server on a throw-away embedded PostgreSQL (the starter content is loaded at start), runs
// Lighthouse 12.2.3 (pinned) on each page with its mobile settings (simulated slow 4G, mid-range phone) and its
// desktop settings, and writes dist/lighthouse/<page>-<preset>.report.{html,json} plus summary.{json,md}. A report, not a test: the exit code is 0
// when every page was audited, whatever the scores (the summary says which budget is missed); 1 when the audit could
// not run.
//
// usage: npm run lighthouse [-- --preset mobile|desktop]   (both by default; needs `npx nx run-many -t build -p api web` first)
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer, terminateAllServers } from '../bench/lib/server-process.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'dist/lighthouse');
const SERVER = resolve(ROOT, 'dist/apps/api/apps/api/src/main.js');
const DATA_DIR = 'tmp/lighthouse-data'; // relative to ROOT, where the server runs
const PORT = 3281;
const BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const presetArg = process.argv.indexOf('--preset');
const PRESETS = presetArg > 0 ? [process.argv[presetArg + 1]] : ['mobile', 'desktop'];
const PRESET_NAMES = { mobile: 'mobile (simulated slow 4G, 4× CPU slowdown)', desktop: 'desktop (simulated fast connection, no CPU slowdown)' };

/** The budgets of issue 11, per category (scores 0–100). */
const BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 95 };

async function json(path) {
  const response = await fetch(`${BASE}${path}`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return response.json();
}

/** Home, catalogue, the first starter parcours and its first lesson: the pages most people open. */
async function pages() {
  const home = await fetch(`${BASE}/`);
  if (!home.ok || !(home.headers.get('content-type') ?? '').startsWith('text/html')) throw new Error(`GET / answered ${home.status}: is the web app built (dist/apps/web)?`);
  const catalogue = await json('/api/parcours?limit=1');
  const slug = catalogue.items[0]?.slug;
  if (!slug) throw new Error('no published parcours: the starter content did not load');
  const outline = await json(`/api/parcours/${slug}`);
  const lesson = outline.modules.flatMap((module) => module.activities).find((a) => a.type === 'lesson');
  if (!lesson) throw new Error(`parcours ${slug} has no lesson`);
  return [
    { name: 'home', path: '/' },
    { name: 'catalogue', path: '/parcours' },
    { name: 'parcours', path: `/parcours/${slug}` },
    { name: 'lesson', path: `/parcours/${slug}/etapes/${lesson.id}` },
  ];
}

async function main() {
  if (!existsSync(SERVER)) {
    console.error(`${SERVER} is missing: run \`npx nx run-many -t build -p api web\` first.`);
    return 1;
  }
  if (PRESETS.some((preset) => !(preset in PRESET_NAMES))) {
    console.error('--preset takes mobile or desktop');
    return 64;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROME_PATH).`);
    return 1;
  }
  rmSync(resolve(ROOT, DATA_DIR), { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await startServer({
    name: 'api',
    script: SERVER,
    port: PORT,
    env: { DATA_DIR, EMBEDDED_POSTGRES_PORT: '54381', LOG_LEVEL: 'warn' },
    readyPath: '/api/health/ready',
    cwd: ROOT,
    timeoutMs: 180_000,
  });
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const results = [];
  try {
    const list = await pages();
    for (const [preset, page] of PRESETS.flatMap((preset) => list.map((page) => [preset, page]))) {
      const url = `${BASE}${page.path}`;
      console.error(`lighthouse (${preset}) ${url}`);
      const config = preset === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
      const run = await lighthouse(url, { port: chrome.port, output: ['html', 'json'], logLevel: 'error', onlyCategories: Object.keys(BUDGETS) }, config);
      if (!run) throw new Error(`no result for ${url}`);
      if (run.lhr.runtimeError) throw new Error(`${url}: ${run.lhr.runtimeError.code} ${run.lhr.runtimeError.message}`);
      const [html, report] = run.report;
      writeFileSync(resolve(OUT, `${page.name}-${preset}.report.html`), html);
      writeFileSync(resolve(OUT, `${page.name}-${preset}.report.json`), report);
      const { categories, audits } = run.lhr;
      const scores = Object.fromEntries(Object.keys(BUDGETS).map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
      const failing = Object.values(audits)
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 0.9 &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'manual' &&
            audit.scoreDisplayMode !== 'notApplicable',
        )
        .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      results.push({
        preset,
        ...page,
        url,
        scores,
        metrics: {
          fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? 0),
          lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
          tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
          cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
          transferKiB: Math.round((audits['total-byte-weight']?.numericValue ?? 0) / 1024),
        },
        failing,
      });
    }
  } finally {
    await chrome.kill();
    await server.stop();
    rmSync(resolve(ROOT, DATA_DIR), { recursive: true, force: true });
  }
  const ok = (page, id) => page.scores[id] >= BUDGETS[id];
  const table = PRESETS.flatMap((preset) => {
    const rows = results.filter((page) => page.preset === preset);
    return [
      `Lighthouse 12.2.3, ${PRESET_NAMES[preset]}, Chromium at ${CHROMIUM}, ${new Date().toISOString()}`,
      '',
      '| Page | Performance (≥ 95) | Accessibility (100) | Best practices (≥ 95) | FCP (ms) | LCP (ms) | TBT (ms) | CLS | Transfer (KiB) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (page) =>
          `| ${page.name} (\`${page.path}\`) | ${Object.keys(BUDGETS)
            .map((id) => `${page.scores[id]} ${ok(page, id) ? '✓' : '✗'}`)
            .join(' | ')} | ${page.metrics.fcpMs} | ${page.metrics.lcpMs} | ${page.metrics.tbtMs} | ${page.metrics.cls} | ${page.metrics.transferKiB} |`,
      ),
      '',
      ...rows.filter((page) => page.failing.length > 0).map((page) => `- ${page.name}: audits below 0.9: ${page.failing.join(', ')}`),
      '',
    ];
  }).join('\n');
  writeFileSync(resolve(OUT, 'summary.json'), JSON.stringify({ presets: PRESETS, budgets: BUDGETS, results }, null, 2));
  writeFileSync(resolve(OUT, 'summary.md'), table);
  console.log(table);
  return 0;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    terminateAllServers();
    process.exit(130);
  });
}
main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    terminateAllServers();
    process.exit(1);
  },
);
