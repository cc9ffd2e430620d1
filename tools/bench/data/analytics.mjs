#!/usr/bin/env node
// `node tools/bench/data/analytics.mjs [--small 1000] [--large 100000] [--requests 30] [--seed 42]`: the authors'
// reports at two sizes of generated data. For each size: generate (generate.mjs), start the API, time
// `GET /api/analytics/parcours/:id` (the parcours with the most enrolments) and `GET /api/analytics/workshops`, one
// request at a time (`--requests` each, after 3 untimed), and keep the EXPLAIN (ANALYZE, BUFFERS) of their aggregate
// queries. A throw-away embedded PostgreSQL (port 54366) unless DATABASE_URL is set (its generated data is replaced).
// Writes dist/bench/analytics.{json,md}. A report: exit 1 only when it cannot set up.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { httpRequest } from '../lib/http.mjs';
import { describeMachine, formatNumber, markdownTable, writeReport } from '../lib/report.mjs';
import { copyApiBuild, launch, log, measureMachine, openDatabase, ROOT, runBench, seedSignedIn, shutdown } from '../lib/runner.mjs';
import { gitCommit, median, ratio } from '../lib/stats.mjs';

const OUTPUT = join(ROOT, 'dist/bench/analytics');
const API_ENV = { LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', LOAD_STARTER_CONTENT: 'true' };

const FLAGS = {
  small: { default: 1000, min: 10, max: 10_000_000, help: 'learners of the first size' },
  large: { default: 100_000, min: 10, max: 10_000_000, help: 'learners of the second size' },
  requests: { default: 30, min: 1, max: 10_000, help: 'timed requests per endpoint and size' },
  seed: { default: 42, min: 0, max: 2_000_000_000, help: 'seed of the generator' },
};

/**
 * The aggregate statements of libs/analytics/server (analytics.queries.ts), for EXPLAIN. The funnel in two shapes: as
 * first written (every required activity of every enrolment, LEFT JOIN its progress) and reading only the completed
 * progress rows, counted per module and learner; the report gives both.
 */
const PARCOURS_AGGREGATE_FIRST = `WITH e AS (
   SELECT en.id, en.version_id, en.status, en.started_at, en.completed_at
     FROM enrolment en JOIN user_account u ON u.id = en.user_id
    WHERE en.parcours_id = $1
      AND ($2::text IS NULL OR u.audience = $2)
      AND ($3::timestamptz IS NULL OR en.started_at >= $3)
      AND ($4::timestamptz IS NULL OR en.started_at < $4)),
 required AS (
   SELECT m.version_id, m.key, a.id AS activity_id
     FROM version_module m JOIN version_activity a ON a.module_id = m.id AND a.type IN ('lesson', 'quiz')
    WHERE m.version_id IN (SELECT DISTINCT version_id FROM e)),
 per_module AS (
   SELECT r.key, e.id AS enrolment_id, count(*) AS required, count(ap.enrolment_id) FILTER (WHERE ap.status = 'completed') AS done
     FROM e JOIN required r ON r.version_id = e.version_id
     LEFT JOIN activity_progress ap ON ap.enrolment_id = e.id AND ap.activity_id = r.activity_id
    GROUP BY r.key, e.id)
 SELECT (SELECT count(*)::int FROM e) AS enrolled,
        (SELECT count(*)::int FROM e WHERE status = 'completed') AS completed,
        (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - started_at) / 86400) FROM e WHERE status = 'completed') AS median_days,
        (SELECT coalesce(json_object_agg(key, n), '{}') FROM (SELECT key, count(*) FILTER (WHERE done = required)::int AS n FROM per_module GROUP BY key) m) AS modules`;
const PARCOURS_AGGREGATE = `WITH e AS (
   SELECT en.id, en.version_id, en.status, en.started_at, en.completed_at
     FROM enrolment en JOIN user_account u ON u.id = en.user_id
    WHERE en.parcours_id = $1
      AND ($2::text IS NULL OR u.audience = $2)
      AND ($3::timestamptz IS NULL OR en.started_at >= $3)
      AND ($4::timestamptz IS NULL OR en.started_at < $4)),
 required AS (
   SELECT m.version_id, m.key, a.id AS activity_id
     FROM version_module m JOIN version_activity a ON a.module_id = m.id AND a.type IN ('lesson', 'quiz')
    WHERE m.version_id IN (SELECT DISTINCT version_id FROM e)),
 needed AS (SELECT version_id, key, count(*) AS n FROM required GROUP BY version_id, key),
 done AS (
   SELECT e.version_id, r.key, e.id, count(*) AS n
     FROM e JOIN activity_progress ap ON ap.enrolment_id = e.id AND ap.status = 'completed'
     JOIN required r ON r.activity_id = ap.activity_id AND r.version_id = e.version_id
    GROUP BY e.version_id, r.key, e.id)
 SELECT (SELECT count(*)::int FROM e) AS enrolled,
        (SELECT count(*)::int FROM e WHERE status = 'completed') AS completed,
        (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - started_at) / 86400) FROM e WHERE status = 'completed') AS median_days,
        (SELECT coalesce(json_object_agg(key, n), '{}') FROM (
           SELECT d.key, count(*)::int AS n FROM done d JOIN needed nd ON nd.version_id = d.version_id AND nd.key = d.key AND nd.n = d.n GROUP BY d.key) m) AS modules`;
const WORKSHOPS_AGGREGATE = `SELECT w.id, w.slug, w.title, w.starts_at AS "startsAt", w.status, w.capacity,
        count(r.id) FILTER (WHERE r.status = 'confirmed')::int AS confirmed,
        count(r.id) FILTER (WHERE r.status = 'waitlisted')::int AS waitlisted,
        count(r.id) FILTER (WHERE r.attendance = 'attended')::int AS attended,
        count(r.id) FILTER (WHERE r.attendance = 'no_show')::int AS "noShow"
   FROM workshop w LEFT JOIN registration r ON r.workshop_id = w.id AND r.status IN ('confirmed', 'waitlisted')
  WHERE ($1::text IS NULL OR $1 = ANY (w.audiences))
    AND ($2::timestamptz IS NULL OR w.starts_at >= $2)
    AND ($3::timestamptz IS NULL OR w.starts_at < $3)
  GROUP BY w.id
  ORDER BY w.starts_at DESC`;

function generate(url, learners, seed) {
  log(`generating ${learners} learners`);
  const run = spawnSync(process.execPath, [join(ROOT, 'tools/bench/data/generate.mjs'), '--learners', String(learners), '--seed', String(seed), '--database-url', url], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`generate.mjs --learners ${learners} failed (${run.status})`);
  return run.stdout;
}

/**
 * Sequential requests: `requests` timed after 3 untimed; median, p95 (nearest rank) and mean in ms. Each request has its
 * own `from` (a day of 2000, before any generated enrolment or workshop: the same rows, the same work), so that no
 * per-filter cache in the API answers in place of the database.
 */
async function time(url, cookie, requests) {
  const get = (i) =>
    httpRequest(`${url}?from=2000-01-01T00:00:${String(i % 60).padStart(2, '0')}.${String(Math.floor(i / 60)).padStart(3, '0')}Z`, { headers: { cookie }, timeoutMs: 120_000 });
  for (let i = 0; i < 3; i++) await get(i);
  const ms = [];
  let status = 0;
  let bytes = 0;
  for (let i = 3; i < requests + 3; i++) {
    const t0 = performance.now();
    const response = await get(i);
    ms.push(performance.now() - t0);
    status = response.status;
    bytes = response.body.length;
  }
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    status,
    bytes,
    medianMs: median(ms),
    p95Ms: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)],
    meanMs: ms.reduce((a, b) => a + b, 0) / ms.length,
  };
}

async function explain(client, sql, params) {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
  const plan = rows[0]['QUERY PLAN'][0];
  const nodes = [];
  const walk = (node) => {
    nodes.push(node);
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan.Plan);
  const text = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n');
  return {
    executionMs: plan['Execution Time'],
    sharedHit: plan.Plan['Shared Hit Blocks'],
    sharedRead: plan.Plan['Shared Read Blocks'],
    seqScans: [...new Set(nodes.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']))],
    text,
  };
}

async function measureSize(context, learners, options) {
  const { database, main } = context;
  generate(database.url, learners, options.seed);
  const client = new pg.Client({ connectionString: database.url, application_name: 'culture-d-bench-seed' });
  await client.connect();
  try {
    await client.query('VACUUM ANALYZE');
    const [author] = await seedSignedIn(client, { prefix: 'bench-analytics-author', count: 1, roles: '{learner,author}' });
    const { rows } = await client.query(
      `SELECT p.id, p.slug, count(e.id)::int AS enrolments,
              (SELECT count(*)::int FROM activity_progress ap JOIN enrolment x ON x.id = ap.enrolment_id WHERE x.parcours_id = p.id) AS progress
         FROM parcours p JOIN enrolment e ON e.parcours_id = p.id GROUP BY p.id ORDER BY enrolments DESC, p.slug LIMIT 1`,
    );
    const parcours = rows[0];
    const counts = (
      await client.query(
        `SELECT (SELECT count(*) FROM workshop)::int AS workshops, (SELECT count(*) FROM registration)::int AS registrations, (SELECT count(*) FROM enrolment)::int AS enrolments`,
      )
    ).rows[0];
    const server = await launch({ name: 'api', script: main, env: API_ENV, databaseUrl: database.url });
    let parcoursTiming;
    let workshopsTiming;
    try {
      const cookie = `cd_session=${author.token}`;
      parcoursTiming = await time(`${server.baseUrl}/api/analytics/parcours/${parcours.id}`, cookie, options.requests);
      workshopsTiming = await time(`${server.baseUrl}/api/analytics/workshops`, cookie, options.requests);
    } finally {
      await shutdown(server);
    }
    const plans = {
      parcoursFirst: await explain(client, PARCOURS_AGGREGATE_FIRST, [parcours.id, null, null, null]),
      parcours: await explain(client, PARCOURS_AGGREGATE, [parcours.id, null, null, null]),
      workshops: await explain(client, WORKSHOPS_AGGREGATE, [null, null, null]),
    };
    log(`${learners} learners: parcours ${formatNumber(parcoursTiming.medianMs, 1)} ms, workshops ${formatNumber(workshopsTiming.medianMs, 1)} ms`);
    return { learners, parcours, counts, timings: { parcours: parcoursTiming, workshops: workshopsTiming }, plans };
  } finally {
    await client.end();
  }
}

function render(report) {
  const [small, large] = report.sizes;
  const columns = [
    'Endpoint',
    `${formatNumber(small.learners)} learners: median / p95 (ms)`,
    `${formatNumber(large.learners)} learners: median / p95 (ms)`,
    'Ratio (median)',
    'SQL (ms) small → large',
    'Seq scans (large)',
  ].map((header, i) => ({ header, align: i && i < 5 ? 'right' : undefined }));
  const row = (label, key) => [
    label,
    `${formatNumber(small.timings[key].medianMs, 1)} / ${formatNumber(small.timings[key].p95Ms, 1)}`,
    `${formatNumber(large.timings[key].medianMs, 1)} / ${formatNumber(large.timings[key].p95Ms, 1)}`,
    formatNumber(ratio(large.timings[key].medianMs, small.timings[key].medianMs), 2),
    `${formatNumber(small.plans[key].executionMs, 1)} → ${formatNumber(large.plans[key].executionMs, 1)}`,
    large.plans[key].seqScans.join(', ') || 'none',
  ];
  return [
    '## Analytics at scale: 1 000 vs. 100 000 generated learners',
    '',
    `${report.machine.date} · ${describeMachine(report.machine)} · PostgreSQL ${report.serverVersion} · commit ${report.commit ?? 'n/a'}, API built ${report.apiBuild.builtAt}`,
    `Data: \`npm run data:generate\` (seed ${report.settings.seed}). Parcours: \`${large.parcours.slug}\`, ${formatNumber(small.parcours.enrolments)} → ${formatNumber(large.parcours.enrolments)} enrolments (${formatNumber(small.parcours.progress)} → ${formatNumber(large.parcours.progress)} progress rows); workshops: ${formatNumber(small.counts.workshops)} → ${formatNumber(large.counts.workshops)} (${formatNumber(small.counts.registrations)} → ${formatNumber(large.counts.registrations)} registrations). ${report.settings.requests} sequential requests per endpoint and size, after 3 untimed.`,
    '',
    markdownTable(columns, [row('GET /api/analytics/parcours/:id', 'parcours'), row('GET /api/analytics/workshops', 'workshops')]),
    '',
    `SQL: EXPLAIN ANALYZE execution time of the aggregate in the database. The funnel as first written (LEFT JOIN of every required activity of every enrolment to its progress): ${formatNumber(small.plans.parcoursFirst.executionMs, 1)} → ${formatNumber(large.plans.parcoursFirst.executionMs, 1)} ms; reading only the completed progress (above): ${formatNumber(small.plans.parcours.executionMs, 1)} → ${formatNumber(large.plans.parcours.executionMs, 1)} ms.`,
  ].join('\n');
}

async function main(options) {
  const machine = await measureMachine();
  const apiBuild = await copyApiBuild();
  const { database, serverVersion } = await openDatabase({ dir: 'bench-postgres-analytics', port: 54366 });
  // The generator starts the API itself when the catalogue is missing; starting it here once keeps the same build.
  await shutdown(await launch({ name: 'setup', script: apiBuild.main, env: API_ENV, databaseUrl: database.url }));
  const context = { database, main: apiBuild.main };
  const sizes = [];
  for (const learners of [options.small, options.large]) sizes.push(await measureSize(context, learners, options));
  const report = {
    benchmark: 'analytics',
    commit: gitCommit(ROOT),
    apiBuild: { path: apiBuild.path, builtAt: apiBuild.builtAt },
    machine,
    serverVersion,
    settings: options,
    sizes,
  };
  const markdown = render(report);
  process.stdout.write(`\n${markdown}\n\n`);
  const files = await writeReport(OUTPUT, report, markdown);
  log(`wrote ${files.map((f) => f.replace(`${ROOT}/`, '')).join(' and ')}`);
  return 0;
}

await runBench(FLAGS, main);
