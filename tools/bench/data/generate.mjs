#!/usr/bin/env node
// `npm run data:generate -- --learners 100000 [--seed 42] [--database-url URL] [--anchor 2026-11-27]`: realistic
// volumes on top of the starter catalogue (see tools/bench/data/README.md). Without --database-url, DATABASE_URL.
// If the database has no schema or no published parcours, the built API (dist/apps/api) is started once against it
// (it runs its migrations and loads the starter catalogue at start), then stopped.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { snapshotApiBuild } from '../lib/api-build.mjs';
import { freePort } from '../lib/http.mjs';
import { formatNumber, markdownTable, writeReport } from '../lib/report.mjs';
import { startServer, terminateAllServers } from '../lib/server-process.mjs';
import { generate, GENERATED_PASSWORD, MissingCatalogueError, STATEMENTS_PER_LEARNER } from './generator.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const log = (line) => process.stderr.write(`data: ${line}\n`);

const USAGE = `Usage: npm run data:generate -- [options]
  --learners <n>                learners to generate (default 100000)
  --seed <n>                    seed: the same seed gives the same rows (default 42)
  --database-url <url>          target database (default: $DATABASE_URL)
  --anchor <YYYY-MM-DD>         the generated history ends on that day, 00:00 UTC (default: today)
  --statements-per-learner <n>  learning statements per learner, 0–255 (default ${STATEMENTS_PER_LEARNER})
  --help                        this text
Generated accounts: apprenant-<i>@gen.culture-d.test, password "${GENERATED_PASSWORD}". A new run replaces them.
`;

function parse(argv) {
  const options = { learners: 100_000, seed: 42, databaseUrl: process.env['DATABASE_URL'], anchor: undefined, statementsPerLearner: STATEMENTS_PER_LEARNER };
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (argv[i] === '--help' || argv[i] === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    }
    if (!match) throw new Error(`unknown argument ${JSON.stringify(argv[i])}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value`);
    const whole = (min, max) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${match[1]} needs a whole number between ${min} and ${max} (got ${JSON.stringify(value)})`);
      return n;
    };
    switch (match[1]) {
      case 'learners':
        options.learners = whole(1, 10_000_000);
        break;
      case 'seed':
        options.seed = whole(0, 2_000_000_000);
        break;
      case 'database-url':
        options.databaseUrl = value;
        break;
      case 'anchor':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
          throw new Error(`--anchor needs a date YYYY-MM-DD (got ${JSON.stringify(value)})`);
        options.anchor = new Date(`${value}T00:00:00Z`);
        break;
      case 'statements-per-learner':
        options.statementsPerLearner = whole(0, 255);
        break;
      default:
        throw new Error(`unknown argument ${JSON.stringify(argv[i])}`);
    }
  }
  if (!options.databaseUrl) throw new Error('no database: pass --database-url or set DATABASE_URL');
  return options;
}

/** Starts the built API once against the database: it migrates it and loads the starter catalogue, then stops. */
async function loadCatalogue(url) {
  log('no schema or no published parcours: starting the built API once to migrate and load the starter catalogue');
  const build = await snapshotApiBuild({ buildDir: join(ROOT, 'dist/apps/api'), main: 'apps/api/src/main.js', copyDir: join(ROOT, `tmp/data-api-${process.pid}`), log });
  try {
    const server = await startServer({
      name: 'api',
      script: build.main,
      port: await freePort(),
      env: { DATABASE_URL: url, LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', LOAD_STARTER_CONTENT: 'true' },
      readyPath: '/api/health/ready',
      cwd: ROOT,
      timeoutMs: 120_000,
    });
    await server.stop();
  } finally {
    build.remove();
  }
}

async function main() {
  let options;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error.message}\n\n${USAGE}`);
    process.exit(64);
  }
  const run = () =>
    generate({ url: options.databaseUrl, learners: options.learners, seed: options.seed, anchor: options.anchor, statementsPerLearner: options.statementsPerLearner, log });
  let result;
  try {
    result = await run();
  } catch (error) {
    if (!(error instanceof MissingCatalogueError)) throw error;
    await loadCatalogue(options.databaseUrl);
    result = await run();
  }
  const total = result.tables.reduce((n, t) => n + t.rows, 0);
  const table = markdownTable(
    [{ header: 'Table' }, { header: 'Rows', align: 'right' }, { header: 'Seconds', align: 'right' }, { header: 'Rows/s', align: 'right' }],
    [
      ...result.tables.map((t) => [t.table, formatNumber(t.rows), formatNumber(t.ms / 1000, 1), formatNumber(t.rowsPerSecond)]),
      ['**all**', formatNumber(total), formatNumber(result.totalMs / 1000, 1), formatNumber(total / (result.totalMs / 1000))],
    ],
  );
  const markdown = `Generated ${formatNumber(result.learners)} learners (seed ${result.seed}, anchor ${result.anchor.slice(0, 10)}, ${result.parcours} published parcours) in ${formatNumber(result.totalMs / 1000, 1)} s (the total includes the preparation and the removal of earlier generated data).\n\n${table}`;
  process.stdout.write(`${markdown}\n`);
  await writeReport(join(ROOT, 'dist/bench/data-generate'), result, markdown);
}

process.on('SIGINT', () => {
  terminateAllServers();
  process.exit(130);
});
main().catch((error) => {
  terminateAllServers();
  process.stderr.write(`data: ${error.stack ?? error}\n`);
  process.exit(1);
});
