#!/usr/bin/env node
// `npm run bench:progress` — the learner's progress page (`GET /api/me/parcours/:slug/progress`) with 1 000 and then
// 100 000 learners enrolled in the database, each with activity progress, seeded in bulk SQL (generate_series). The
// same sample of learners asks for its page at both sizes, through the API and through a bare Fastify + pg baseline
// running the same statements, in the same run, on the same database. The point is that the page's latency does not
// grow with the number of learners: every query starts from the learner (unique (user_id, parcours_id)) or their
// version, and the progress rows are read by their primary key (enrolment_id, activity_id). The report also keeps the
// EXPLAIN ANALYZE of the three queries at each size. A report, not a test: it fails only when it cannot set up or a
// server dies (exit 1). See tools/bench/README.md.
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { seedEnrolledLearners } from './lib/fixtures.mjs';
import { freePort, httpRequest } from './lib/http.mjs';
import { summarize } from './lib/load.mjs';
import { cpuBusyShare, describeMachine, formatNumber, formatPercent, machineInfo, markdownTable, writeReport } from './lib/report.mjs';
import { startServer } from './lib/server-process.mjs';
import { BASELINE, BUSY, copyApiBuild, isInterrupted, log, onCleanUp, openDatabase, READY, ROOT, runBench, servers } from './lib/runner.mjs';
import { gitCommit, median, ratio, shapeOf, summarizeTarget } from './lib/stats.mjs';

const OUTPUT = join(ROOT, 'dist/bench/progress-page');

const FLAGS = {
  duration: { default: 10, min: 1, max: 600, help: 'seconds of measured load per target and size' },
  connections: { default: 20, min: 1, max: 1000, help: 'concurrent keep-alive connections' },
  warmup: { default: 3, min: 0, max: 120, help: 'seconds of unmeasured load before each run' },
  rounds: { default: 2, min: 1, max: 20, help: 'rounds of API + baseline per size (order alternates); the report gives medians' },
  small: { default: 1000, min: 10, max: 1_000_000, help: 'learners in the database for the first measure' },
  large: { default: 100_000, min: 10, max: 5_000_000, help: 'learners in the database for the second measure' },
  sample: { default: 200, min: 1, max: 10_000, help: 'learners (among the first ones) whose pages are requested, round robin' },
};

const TARGETS = [
  {
    id: 'api',
    label: 'API (NestJS 11 + Fastify + TypeORM)',
    script: null /* the copy of the build, set in main() */,
    env: { LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', LOAD_STARTER_CONTENT: 'false' },
  },
  { id: 'baseline', label: 'Baseline (Fastify 5 + pg)', script: BASELINE, env: {} },
];

/** The three statements of ProgressQueries.parcoursProgress, for EXPLAIN (same text as the API and the baseline). */
const QUERIES = {
  enrolment: `SELECT e.id, e.version_id, p.slug, v.title, v.number, e.status, e.started_at, e.completed_at, e.last_activity_at, e.diagnostic
                FROM parcours p JOIN enrolment e ON e.parcours_id = p.id AND e.user_id = $1 AND e.unenrolled_at IS NULL
                JOIN parcours_version v ON v.id = e.version_id WHERE p.slug = $2`,
  modules: `SELECT vm.id, vm.version_id, vm.key, vm.slug, vm.title, vm.competencies, vm.prerequisites
              FROM version_module vm WHERE vm.version_id = ANY($1::uuid[]) ORDER BY vm.position`,
  activities: `SELECT e.id, a.id, a.module_id, a.key, a.type, a.title, a.minutes, coalesce(ap.status, 'not_started'), ap.best_percent, coalesce(ap.attempts, 0), ap.completed_at
                 FROM unnest($1::uuid[], $2::uuid[]) AS e(id, version_id)
                 JOIN version_activity a ON a.version_id = e.version_id
                 LEFT JOIN activity_progress ap ON ap.enrolment_id = e.id AND ap.activity_id = a.id
                ORDER BY a.position`,
};

let database;
let counter;
let client;
let apiBuild;

/** The published parcours of the starter catalogue with the most activities: the largest page. */
async function chooseParcours() {
  const { rows } = await client.query(
    `SELECT p.id AS "parcoursId", p.slug, v.id AS "versionId",
            (SELECT count(*)::int FROM version_module m WHERE m.version_id = v.id) AS modules,
            (SELECT count(*)::int FROM version_activity a WHERE a.version_id = v.id) AS activities
       FROM parcours p JOIN parcours_version v ON v.id = p.current_version_id
      WHERE p.status = 'published' ORDER BY activities DESC, p.slug LIMIT 1`,
  );
  if (!rows.length) throw new Error('no published parcours: was the starter catalogue (content/) loaded?');
  return rows[0];
}

/** Learners `from`..`to`, enrolled with progress (`seedEnrolledLearners`), timed in the log. */
async function seedLearners(parcours, from, to) {
  const started = performance.now();
  const counts = await seedEnrolledLearners(client, parcours, from, to);
  log(`seeded learners ${from}–${to} in ${Math.round(performance.now() - started)} ms: ${counts.enrolments} enrolments, ${counts.progress} activity progress rows`);
  return counts;
}

/** A live session for each of the first `count` learners (written directly: sign-in has its own benchmark). */
async function seedSessions(count) {
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
  const { rows } = await client.query(`SELECT u.id FROM generate_series(1, $1::int) i JOIN user_account u ON u.email = 'bench-progress-' || i || '@culture-d.test' ORDER BY i`, [
    count,
  ]);
  await client.query(
    `INSERT INTO session (token_hash, user_id, last_seen_at, idle_seconds, absolute_seconds)
     SELECT decode(h, 'hex'), u, now(), 86400 * 30, 86400 * 30 FROM unnest($1::text[], $2::uuid[]) AS t(h, u)`,
    [tokens.map((t) => createHash('sha256').update(t).digest('hex')), rows.map((r) => r.id)],
  );
  return { tokens, userIds: rows.map((r) => r.id) };
}

/** EXPLAIN (ANALYZE, BUFFERS) of the three queries for one learner: time, buffers, and any sequential scan. */
async function explain(parcours, userId) {
  const [{ id: enrolmentId }] = (await client.query(`SELECT id FROM enrolment WHERE user_id = $1 AND parcours_id = $2`, [userId, parcours.parcoursId])).rows;
  const params = { enrolment: [userId, parcours.slug], modules: [[parcours.versionId]], activities: [[enrolmentId], [parcours.versionId]] };
  const result = {};
  for (const [name, sql] of Object.entries(QUERIES)) {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params[name]);
    const plan = rows[0]['QUERY PLAN'][0];
    const nodes = [];
    const walk = (node) => {
      nodes.push(`${node['Node Type']}${node['Index Name'] ? ` using ${node['Index Name']}` : node['Relation Name'] ? ` on ${node['Relation Name']}` : ''}`);
      for (const child of node.Plans ?? []) walk(child);
    };
    walk(plan.Plan);
    result[name] = {
      executionMs: plan['Execution Time'],
      sharedBuffers: (plan.Plan['Shared Hit Blocks'] ?? 0) + (plan.Plan['Shared Read Blocks'] ?? 0),
      nodes,
      seqScans: nodes.filter((n) => n.startsWith('Seq Scan')),
    };
  }
  return result;
}

/** Requests the sample learners' pages round robin. */
async function load(baseUrl, slug, tokens, connections, duration) {
  let next = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration,
    pipelining: 1,
    requests: [
      {
        method: 'GET',
        path: `/api/me/parcours/${slug}/progress`,
        setupRequest: (request) => {
          request.headers = { ...request.headers, cookie: `cd_session=${tokens[next++ % tokens.length]}` };
          return request;
        },
      },
    ],
  });
  return summarize(result);
}

async function benchTarget(target, options, parcours, tokens) {
  await counter.settle();
  const before = await counter.read();
  const server = await startServer({
    name: target.id,
    script: target.script,
    port: await freePort(),
    cwd: ROOT,
    readyPath: READY,
    env: { ...target.env, DATABASE_URL: database.url },
  });
  servers.add(server);
  let stopped;
  try {
    const sample = await httpRequest(`${server.baseUrl}/api/me/parcours/${parcours.slug}/progress`, { headers: { cookie: `cd_session=${tokens[0]}` } });
    if (sample.status !== 200) throw new Error(`${target.id}: the sample page answered ${sample.status}: ${sample.body.slice(0, 300)}`);
    const warmup = options.warmup > 0 ? await load(server.baseUrl, parcours.slug, tokens, options.connections, options.warmup) : { sent: 0 };
    log(`${target.id}: measuring ${options.duration} s × ${options.connections} connections`);
    const run = await load(server.baseUrl, parcours.slug, tokens, options.connections, options.duration);
    const memory = server.memory();
    stopped = await server.stop();
    servers.delete(server);
    const quiet = await counter.settle();
    const after = await counter.read();
    const requests = server.readinessRequests + 1 + warmup.sent + run.sent;
    return {
      id: target.id,
      label: target.label,
      sampleResponse: JSON.parse(sample.body),
      run,
      memory,
      exit: stopped,
      transactions: { total: after - before, requests, perRequest: (after - before) / requests, exact: quiet && counter.separate },
    };
  } finally {
    if (!stopped) await server.stop();
    servers.delete(server);
  }
}

async function measureSize(options, parcours, tokens, learners, counts, userId) {
  const plans = await explain(parcours, userId);
  const rounds = [];
  for (let i = 0; i < options.rounds; i++) {
    const order = i % 2 ? [...TARGETS].reverse() : TARGETS;
    const round = { round: i + 1, order: order.map((t) => t.id) };
    for (const target of order) {
      if (isInterrupted()) throw new Error('interrupted');
      log(`${learners} learners, round ${i + 1}/${options.rounds}: ${target.id}`);
      round[target.id] = await benchTarget(target, options, parcours, tokens);
    }
    round.throughputRatio = ratio(round.api.run.requestsPerSec.mean, round.baseline.run.requestsPerSec.mean);
    rounds.push(round);
  }
  return { learners, ...counts, plans, rounds, summary: { api: summarizeTarget(rounds.map((r) => r.api)), baseline: summarizeTarget(rounds.map((r) => r.baseline)) } };
}

function render(report) {
  const columns = ['Learners', 'Target', 'Pages/s', 'Mean (ms)', 'p50 (ms)', 'p97.5 (ms)', 'p99 (ms)', 'Requests', 'Non-2xx', 'Tx/request', 'Peak RSS (MiB)'].map((header, i) => ({
    header,
    align: i > 1 ? 'right' : undefined,
  }));
  const rows = report.sizes.flatMap((size) =>
    ['api', 'baseline'].map((id) => {
      const t = size.summary[id];
      return [
        formatNumber(size.learners),
        t.label,
        formatNumber(t.requestsPerSec),
        formatNumber(t.latencyMs.mean, 2),
        formatNumber(t.latencyMs.p50, 1),
        formatNumber(t.latencyMs.p97_5, 1),
        formatNumber(t.latencyMs.p99, 1),
        formatNumber(t.completed),
        formatNumber(t.non2xx),
        formatNumber(t.transactionsPerRequest, 2),
        formatNumber(t.peakRssMiB, 1),
      ];
    }),
  );
  const [small, large] = report.sizes;
  const planColumns = ['Query', ...report.sizes.map((s) => `${formatNumber(s.learners)} learners: time (ms) · buffers`), 'Plan (at the large size)'].map((header) => ({ header }));
  const planRows = Object.keys(QUERIES).map((name) => [
    name,
    ...report.sizes.map((s) => `${formatNumber(s.plans[name].executionMs, 3)} · ${s.plans[name].sharedBuffers}`),
    large.plans[name].nodes.join(' → '),
  ]);
  const s = report.settings;
  return [
    `## GET /api/me/parcours/:slug/progress with ${formatNumber(small.learners)} and ${formatNumber(large.learners)} learners — API vs. baseline`,
    '',
    `${report.machine.date} · ${describeMachine(report.machine)} · PostgreSQL ${report.database.serverVersion} · commit ${report.commit ?? 'n/a'}, API built ${report.apiBuild.builtAt}`,
    `Parcours \`${report.parcours.slug}\` (${report.parcours.modules} modules, ${report.parcours.activities} activities). ${report.sizes.map((z) => `${formatNumber(z.learners)} learners: ${formatNumber(z.enrolments)} enrolments, ${formatNumber(z.progress)} activity progress rows`).join('; ')}. The same ${s.sample} learners' pages are requested round robin at both sizes; ${s.rounds} round(s) × (${s.warmup} s warm-up + ${s.duration} s measured) per target and size, ${s.connections} connections.`,
    '',
    markdownTable(columns, rows),
    '',
    `- Latency at ${formatNumber(large.learners)} / at ${formatNumber(small.learners)} learners (p50): API **${formatNumber(report.growth.api, 2)}**, baseline **${formatNumber(report.growth.baseline, 2)}**; throughput API / baseline: ${report.sizes.map((z) => formatNumber(median(z.rounds.map((r) => r.throughputRatio)), 2)).join(' and ')}`,
    '- Tx/request: every transaction in the database while the server ran, over every request it answered (readiness polls, the sample and the warm-up included); each autocommit statement is one: the session lookup and the three queries of the page.',
    '',
    "EXPLAIN (ANALYZE, BUFFERS) of the page's three queries for one learner of the sample:",
    '',
    markdownTable(planColumns, planRows),
    '',
    `- Sequential scans at ${formatNumber(large.learners)} learners: ${
      Object.values(large.plans)
        .flatMap((p) => p.seqScans)
        .join(', ') || '**none**'
    }`,
    ...report.warnings.map((w) => `- ⚠ ${w}`),
  ].join('\n');
}

async function main(options) {
  if (options.large <= options.small || options.sample > options.small) throw new Error('expected --sample ≤ --small < --large');
  const machine = { ...machineInfo(), cpuBusyBeforeStart: await cpuBusyShare(2000) };
  apiBuild = await copyApiBuild();
  TARGETS[0].script = apiBuild.main;

  const opened = await openDatabase({ dir: 'bench-postgres-progress', port: 54353 });
  ({ database, counter } = opened);
  const { serverVersion } = opened;

  log('set-up: starting the API once (migrations, starter catalogue)');
  const first = await startServer({
    name: 'setup',
    script: apiBuild.main,
    port: await freePort(),
    cwd: ROOT,
    readyPath: READY,
    env: { ...TARGETS[0].env, LOAD_STARTER_CONTENT: 'true', DATABASE_URL: database.url },
  });
  servers.add(first);
  await first.stop();
  servers.delete(first);
  const { default: pg } = await import('pg');
  client = new pg.Client({ connectionString: database.url, application_name: 'culture-d-bench-seed' });
  onCleanUp(() => client?.end().catch(() => undefined));
  await client.connect();
  const parcours = await chooseParcours();
  log(`parcours ${parcours.slug}: ${parcours.modules} modules, ${parcours.activities} activities`);

  const sizes = [];
  const smallCounts = await seedLearners(parcours, 1, options.small);
  const { tokens, userIds } = await seedSessions(options.sample);
  await client.end();
  client = new pg.Client({ connectionString: database.url, application_name: 'culture-d-bench-seed' });
  await client.connect();
  sizes.push(await measureSize(options, parcours, tokens, options.small, smallCounts, userIds[0]));
  const largeCounts = await seedLearners(parcours, options.small + 1, options.large);
  sizes.push(await measureSize(options, parcours, tokens, options.large, largeCounts, userIds[0]));
  await client.end();
  client = undefined;

  const growth = {
    api: ratio(sizes[1].summary.api.latencyMs.p50, sizes[0].summary.api.latencyMs.p50),
    baseline: ratio(sizes[1].summary.baseline.latencyMs.p50, sizes[0].summary.baseline.latencyMs.p50),
  };
  const runs = sizes.flatMap((z) => z.rounds.flatMap((r) => [r.api, r.baseline]));
  const warnings = [];
  if (machine.cpuBusyBeforeStart > BUSY)
    warnings.push(`the machine was not idle before the run (CPUs ${formatPercent(machine.cpuBusyBeforeStart)} busy): rerun on a quiet machine before trusting the numbers`);
  const first0 = sizes[0].rounds[0];
  if (shapeOf(first0.api.sampleResponse).join() !== shapeOf(first0.baseline.sampleResponse).join())
    warnings.push('the two servers answer different JSON shapes: the baseline no longer mirrors the API');
  for (const r of runs) {
    if (r.run.non2xx || r.run.errors || r.run.timeouts) warnings.push(`${r.id}: ${r.run.non2xx} non-2xx and ${r.run.errors + r.run.timeouts} errors/timeouts in a measured run`);
    if (r.exit.crashed || r.exit.forced || r.exit.code !== 0) warnings.push(`${r.id}: did not stop cleanly (${JSON.stringify(r.exit)})`);
  }
  const report = {
    benchmark: 'progress-page',
    route: 'GET /api/me/parcours/:slug/progress',
    commit: gitCommit(ROOT),
    apiBuild: { path: apiBuild.path, builtAt: apiBuild.builtAt, runFrom: apiBuild.runFrom },
    machine,
    settings: { ...options, pipelining: 1 },
    database: { embedded: database.embedded, serverVersion },
    parcours,
    growth,
    warnings,
    sizes,
  };
  const markdown = render(report);
  process.stdout.write(`\n${markdown}\n\n`);
  const files = await writeReport(OUTPUT, report, markdown);
  log(`wrote ${files.map((f) => f.replace(`${ROOT}/`, '')).join(' and ')}`);
  return runs.some((r) => r.exit.crashed) ? 1 : 0;
}

await runBench(FLAGS, main);
