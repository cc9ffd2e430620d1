#!/usr/bin/env node
// `npm run bench:statements` — ingestion of the learning record: signed-in clients sending batches of fresh xAPI
// statements to POST /api/statements (session lookup, validation of every statement, one INSERT … SELECT FROM unnest
// per batch), next to a bare Fastify + pg baseline running the same SQL, in the same run, on the same database.
// Reports statements ingested per second, then checks that every acknowledged statement is stored exactly once.
// A report, not a test: it fails only when it cannot set up, a server dies, or statements went missing (exit 1).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, httpRequest } from './lib/http.mjs';
import { summarize } from './lib/load.mjs';
import { cpuBusyShare, describeMachine, formatNumber, formatPercent, machineInfo, markdownTable, writeReport } from './lib/report.mjs';
import { startServer } from './lib/server-process.mjs';
import { BASELINE, BUSY, copyApiBuild, isInterrupted, log, openDatabase, READY, ROOT, runBench, servers } from './lib/runner.mjs';
import { gitCommit, median, ratio, shapeOf, sum } from './lib/stats.mjs';

const ROUTE = '/api/statements';
const OUTPUT = join(ROOT, 'dist/bench/statements');
const BUDGET = 0.5;
const VERBS = ['experienced', 'attempted', 'answered', 'completed', 'passed', 'failed'];

const FLAGS = {
  duration: { default: 10, min: 1, max: 600, help: 'seconds of measured load per target' },
  connections: { default: 50, min: 1, max: 1000, help: 'concurrent keep-alive connections (clients syncing at once)' },
  warmup: { default: 2, min: 0, max: 120, help: 'seconds of unmeasured load before each run' },
  rounds: { default: 3, min: 1, max: 20, help: 'rounds of API + baseline (order alternates); the report gives medians' },
  batch: { default: 20, min: 1, max: 100, help: 'statements per request' },
  learners: { default: 50, min: 1, max: 100_000, help: 'learners with a session; request k is sent as learner k mod learners' },
};

const TARGETS = [
  { id: 'api', label: 'API (NestJS 11 + Fastify + TypeORM)', script: null /* the run's copy of the build, set in main() */, env: { LOG_LEVEL: 'warn', JOBS_ENABLED: 'false' } },
  { id: 'baseline', label: 'Baseline (Fastify 5 + pg)', script: BASELINE, env: {} },
];

let database;
let counter;

/** Learners with a live session each, written directly in the tables (no argon2: sign-in has its own benchmark). */
async function seedLearners(client, count) {
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
  const { rows } = await client.query(
    `INSERT INTO user_account (email, password_hash, display_name, audience)
     SELECT 'bench-statements-' || i || '@culture-d.test', 'not-a-hash', 'Apprenant·e ' || i, 'mediateur' FROM generate_series(1, $1) i
     ON CONFLICT (email) DO UPDATE SET updated_at = now() RETURNING id`,
    [count],
  );
  await client.query(`DELETE FROM session WHERE user_id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
  await client.query(
    `INSERT INTO session (token_hash, user_id, last_seen_at, idle_seconds, absolute_seconds)
     SELECT decode(h, 'hex'), u, now(), 86400, 86400 FROM unnest($1::text[], $2::uuid[]) AS t(h, u)`,
    [tokens.map((t) => createHash('sha256').update(t).digest('hex')), rows.map((r) => r.id)],
  );
  return tokens;
}

/** A batch of fresh statements, shaped like what a lesson player sends: verb, activity, score, duration, time. */
function batchBody(size, k) {
  const now = Date.now();
  const statements = Array.from({ length: size }, (_, i) => ({
    id: randomUUID(),
    verb: { id: `http://adlnet.gov/expapi/verbs/${VERBS[(k + i) % VERBS.length]}` },
    object: { id: `https://culture-d.fr/activites/${(k * 7 + i) % 500}`, objectType: 'Activity', definition: { name: { 'fr-FR': `Activité ${(k * 7 + i) % 500}` } } },
    result: { score: { scaled: ((k + i) % 11) / 10 }, success: (k + i) % 3 !== 0, completion: true, duration: `PT${(k + i) % 600}S` },
    timestamp: new Date(now - (size - i) * 1000).toISOString(),
  }));
  return JSON.stringify({ statements });
}

/** Request k: learner k mod L sends a batch of new statements. */
async function load(baseUrl, tokens, options, duration) {
  let next = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    duration,
    pipelining: 1,
    requests: [
      {
        method: 'POST',
        path: ROUTE,
        setupRequest: (request) => {
          const k = next++;
          request.headers = { 'content-type': 'application/json', cookie: `cd_session=${tokens[k % tokens.length]}` };
          request.body = batchBody(options.batch, k);
          return request;
        },
      },
    ],
  });
  return summarize(result);
}

/** Rows of the learning record. A short-lived client, outside the counted windows (the counter waits for no session). */
async function storedStatements() {
  const client = new pg.Client({ connectionString: database.url, application_name: 'culture-d-bench-check' });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM statement');
    return rows[0].n;
  } finally {
    await client.end();
  }
}

/**
 * autocannon stops with up to one request per connection still in the server; waiting lets them finish before the
 * rows are counted, so that every acknowledged batch is in the count.
 */
const drain = (run) => sleep(Math.min(10_000, Math.max(500, (run.latencyMs.max ?? 0) + 250)));

async function benchTarget(target, options, tokens) {
  const port = await freePort();
  const rowsBefore = await storedStatements();
  await counter.settle();
  const before = await counter.read();
  const server = await startServer({ name: target.id, script: target.script, port, cwd: ROOT, readyPath: READY, env: { ...target.env, DATABASE_URL: database.url } });
  servers.add(server);
  let stopped;
  try {
    const sample = await httpRequest(server.baseUrl + ROUTE, {
      method: 'POST',
      headers: { cookie: `cd_session=${tokens[0]}`, 'content-type': 'application/json' },
      json: JSON.parse(batchBody(options.batch, 0)),
    });
    log(`${target.id}: ready in ${server.startupMs} ms; sample batch → ${sample.status} ${sample.body}`);
    if (sample.status !== 200) throw new Error(`${target.id}: POST ${ROUTE} answered ${sample.status}, expected 200: ${sample.body}`);
    let warmup;
    if (options.warmup > 0) {
      warmup = await load(server.baseUrl, tokens, options, options.warmup);
      await drain(warmup);
    }
    log(`${target.id}: measuring ${options.duration} s × ${options.connections} connections, batches of ${options.batch}`);
    const cpuBefore = server.cpuMs();
    const run = await load(server.baseUrl, tokens, options, options.duration);
    await drain(run); // the batches in flight at the end count: their work is in the CPU time
    const cpuAfter = server.cpuMs();
    const memory = server.memory();
    stopped = await server.stop();
    servers.delete(server);
    const quiet = await counter.settle();
    const after = await counter.read();
    const rowsAfter = await storedStatements();
    const requests = server.readinessRequests + 1 + (warmup?.sent ?? 0) + run.sent;
    const acknowledged = (1 + (warmup?.ok2xx ?? 0) + run.ok2xx) * options.batch;
    return {
      id: target.id,
      label: target.label,
      sampleResponse: JSON.parse(sample.body),
      run,
      memory,
      cpu:
        cpuBefore && cpuAfter
          ? { ms: cpuAfter.total - cpuBefore.total, perBatchMs: (cpuAfter.total - cpuBefore.total) / run.sent, mainThreadPerBatchMs: (cpuAfter.main - cpuBefore.main) / run.sent }
          : { ms: null, perBatchMs: null, mainThreadPerBatchMs: null },
      exit: stopped,
      statements: { perSec: run.requestsPerSec.mean * options.batch, acknowledged, stored: rowsAfter - rowsBefore },
      transactions: { total: after - before, requests, perRequest: (after - before) / requests, exact: quiet && counter.separate },
    };
  } finally {
    if (!stopped) await server.stop();
    servers.delete(server);
  }
}

function summarizeTarget(runs) {
  const requests = sum(runs.map((r) => r.transactions.requests));
  return {
    id: runs[0].id,
    label: runs[0].label,
    requestsPerSec: median(runs.map((r) => r.run.requestsPerSec.mean)),
    statementsPerSec: median(runs.map((r) => r.statements.perSec)),
    latencyMs: Object.fromEntries(['mean', 'p50', 'p97_5', 'p99'].map((k) => [k, median(runs.map((r) => r.run.latencyMs[k]))])),
    completed: sum(runs.map((r) => r.run.completed)),
    non2xx: sum(runs.map((r) => r.run.non2xx)),
    errors: sum(runs.map((r) => r.run.errors + r.run.timeouts)),
    stored: sum(runs.map((r) => r.statements.stored)),
    acknowledged: sum(runs.map((r) => r.statements.acknowledged)),
    transactionsPerRequest: requests ? sum(runs.map((r) => r.transactions.total)) / requests : null,
    cpuMsPerBatch: median(runs.map((r) => r.cpu.perBatchMs)),
    mainThreadCpuMsPerBatch: median(runs.map((r) => r.cpu.mainThreadPerBatchMs)),
    peakRssMiB: Math.max(...runs.map((r) => r.memory.peakRssMiB ?? NaN)),
  };
}

function render(report) {
  const { api, baseline } = report.summary;
  const s = report.settings;
  const columns = [
    'Target',
    'Statements/s',
    'Batches/s',
    'Mean (ms)',
    'p50 (ms)',
    'p97.5 (ms)',
    'p99 (ms)',
    'Batches',
    'Non-2xx',
    'Errors',
    'Tx/batch',
    'CPU ms/batch',
    'of which main thread',
    'Peak RSS (MiB)',
  ].map((header, i) => ({
    header,
    align: i ? 'right' : undefined,
  }));
  const row = (t) => [
    t.label,
    `**${formatNumber(t.statementsPerSec)}**`,
    formatNumber(t.requestsPerSec),
    formatNumber(t.latencyMs.mean, 2),
    formatNumber(t.latencyMs.p50, 1),
    formatNumber(t.latencyMs.p97_5, 1),
    formatNumber(t.latencyMs.p99, 1),
    formatNumber(t.completed),
    formatNumber(t.non2xx),
    formatNumber(t.errors),
    formatNumber(t.transactionsPerRequest, 3),
    formatNumber(t.cpuMsPerBatch, 2),
    formatNumber(t.mainThreadCpuMsPerBatch, 2),
    formatNumber(t.peakRssMiB, 1),
  ];
  return [
    '## POST /api/statements (learning record) — API vs. baseline',
    '',
    `${report.machine.date} · ${describeMachine(report.machine)} · PostgreSQL ${report.database.serverVersion} · commit ${report.commit ?? 'n/a'}, API built ${report.apiBuild.builtAt}`,
    `${report.rounds.length} round(s) × (${s.warmup} s warm-up + ${s.duration} s measured) per target, ${s.connections} connections, batches of ${s.batch} new statements from ${s.learners} signed-in learners. Statements/s = batches/s × ${s.batch}; medians over the rounds.`,
    '',
    markdownTable(columns, [row(api), row(baseline)]),
    '',
    `- Throughput API / baseline: **${formatNumber(report.ratios.throughput, 2)}** (${formatPercent(report.ratios.throughput)}; per round ${report.rounds.map((r) => formatNumber(r.throughputRatio, 2)).join(', ')}). Server CPU per batch, API ÷ baseline: ${formatNumber(report.ratios.cpu, 2)} (the server process's own CPU time over the measured run ÷ batches sent, all threads: it hardly depends on other work on the machine, unlike req/s).`,
    `- Stored exactly once: ${formatNumber(api.stored + baseline.stored)} rows for ${formatNumber(api.acknowledged + baseline.acknowledged)} acknowledged statements — **${report.lost ? 'SOME ACKNOWLEDGED STATEMENTS ARE MISSING' : 'none missing'}** (more rows than acknowledged: batches the server finished after the load generator stopped waiting)`,
    `- Tx/batch: PostgreSQL transactions per request (session lookup + the INSERT, each autocommit; start-up and readiness polls included).`,
    `- Budget (API ≥ ${BUDGET * 100} % of baseline throughput): **${report.budget.met ? 'met' : 'NOT met'}**`,
    ...report.warnings.map((w) => `- ⚠ ${w}`),
  ].join('\n');
}

async function main(options) {
  const machine = { ...machineInfo(), cpuBusyBeforeStart: await cpuBusyShare(2000) };
  const apiBuild = await copyApiBuild();
  TARGETS[0].script = apiBuild.main;

  const opened = await openDatabase({ dir: 'bench-postgres-statements', port: 54357 });
  ({ database, counter } = opened);
  const { serverVersion } = opened;

  log('set-up: starting the API once (migrations), then seeding learners and their sessions');
  const first = await startServer({
    name: 'setup',
    script: apiBuild.main,
    port: await freePort(),
    cwd: ROOT,
    readyPath: READY,
    env: { ...TARGETS[0].env, DATABASE_URL: database.url, LOAD_STARTER_CONTENT: 'false' },
  });
  servers.add(first);
  await first.stop();
  servers.delete(first);
  const client = new pg.Client({ connectionString: database.url, application_name: 'culture-d-bench-seed' });
  await client.connect();
  let tokens;
  try {
    tokens = await seedLearners(client, options.learners);
  } finally {
    await client.end();
  }
  const rounds = [];
  for (let i = 0; i < options.rounds; i++) {
    const order = i % 2 ? [...TARGETS].reverse() : TARGETS;
    const round = { round: i + 1, order: order.map((t) => t.id) };
    for (const target of order) {
      if (isInterrupted()) return 130;
      log(`round ${i + 1}/${options.rounds}: ${target.id}`);
      round[target.id] = await benchTarget(target, options, tokens);
    }
    round.throughputRatio = ratio(round.api.run.requestsPerSec.mean, round.baseline.run.requestsPerSec.mean);
    rounds.push(round);
  }

  const summary = { api: summarizeTarget(rounds.map((r) => r.api)), baseline: summarizeTarget(rounds.map((r) => r.baseline)) };
  const ratios = {
    throughput: median(rounds.map((r) => r.throughputRatio)),
    cpu: ratio(summary.api.cpuMsPerBatch, summary.baseline.cpuMsPerBatch),
    p50: ratio(summary.api.latencyMs.p50, summary.baseline.latencyMs.p50),
    p99: ratio(summary.api.latencyMs.p99, summary.baseline.latencyMs.p99),
  };
  const runs = rounds.flatMap((r) => [r.api, r.baseline]);
  const lost = runs.some((r) => r.statements.stored < r.statements.acknowledged);
  const warnings = [];
  if (machine.cpuBusyBeforeStart > BUSY)
    warnings.push(`the machine was not idle before the run (CPUs ${formatPercent(machine.cpuBusyBeforeStart)} busy): rerun on a quiet machine before trusting the numbers`);
  if (shapeOf(rounds[0].api.sampleResponse).join() !== shapeOf(rounds[0].baseline.sampleResponse).join())
    warnings.push('the two servers answer different JSON shapes: the baseline no longer mirrors the API');
  for (const r of runs) {
    if (r.run.non2xx || r.run.errors || r.run.timeouts) warnings.push(`${r.id}: ${r.run.non2xx} non-2xx and ${r.run.errors + r.run.timeouts} errors/timeouts in a measured run`);
    if (r.exit.crashed || r.exit.forced || r.exit.code !== 0) warnings.push(`${r.id}: did not stop cleanly (${JSON.stringify(r.exit)})`);
    if (!r.transactions.exact) warnings.push(`${r.id}: transactions per request are approximate (other sessions on the database)`);
  }
  const report = {
    benchmark: 'statements',
    route: `POST ${ROUTE}`,
    commit: gitCommit(ROOT),
    apiBuild: { path: apiBuild.path, builtAt: apiBuild.builtAt, runFrom: apiBuild.runFrom },
    machine,
    settings: { ...options, pipelining: 1 },
    database: { embedded: database.embedded, serverVersion },
    summary,
    ratios,
    lost,
    budget: { minThroughputRatio: BUDGET, met: ratios.throughput >= BUDGET },
    warnings,
    rounds,
  };
  const markdown = render(report);
  process.stdout.write(`\n${markdown}\n\n`);
  const files = await writeReport(OUTPUT, report, markdown);
  log(`wrote ${files.map((f) => f.replace(`${ROOT}/`, '')).join(' and ')}`);
  return lost || runs.some((r) => r.exit.crashed) ? 1 : 0;
}

await runBench(FLAGS, main);
