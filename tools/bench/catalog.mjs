#!/usr/bin/env node
// `npm run bench:catalog` — throughput, latency, CPU and queries of the API's public catalogue reads (the list, a French
// full-text search, the outline of the largest starter parcours, a lesson with a dataset block) next to a bare Fastify
// + pg baseline running the same SQL, in the same run, on the same database. A report, not a test: it never fails on
// numbers, only when it cannot set up or a server dies (exit 1), or when interrupted (exit 130). See tools/bench/README.md.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, httpGet } from './lib/http.mjs';
import { runLoad } from './lib/load.mjs';
import { cpuBusyShare, describeMachine, formatNumber, formatPercent, machineInfo, markdownTable, writeReport } from './lib/report.mjs';
import { startServer } from './lib/server-process.mjs';
import { BASELINE, BUSY, copyApiBuild, isInterrupted, log, openDatabase, READY, ROOT, runBench, servers } from './lib/runner.mjs';

const BUDGET = 0.5; // the API should keep at least this share of the baseline's throughput, on every endpoint
const OUTPUT = join(ROOT, 'dist/bench/catalog');
const SEARCH = 'donnees'; // unaccented on purpose: the API's search ignores accents (`donnees` finds `données`)

const FLAGS = {
  duration: { default: 10, min: 1, max: 600, help: 'seconds of measured load per target and endpoint' },
  connections: { default: 20, min: 1, max: 1000, help: 'concurrent keep-alive connections' },
  warmup: { default: 3, min: 0, max: 120, help: 'seconds of unmeasured load before each run' },
  rounds: { default: 3, min: 1, max: 20, help: 'rounds of API + baseline per endpoint (order alternates); the report gives medians' },
};

/** What is benchmarked, in order. */
const TARGETS = [
  { id: 'api', label: 'API (NestJS 11 + Fastify + TypeORM)', script: null /* the copy of the build, set in main() */, env: { LOG_LEVEL: 'warn' } },
  { id: 'baseline', label: 'Baseline (Fastify 5 + pg)', script: BASELINE, env: {} },
];

/**
 * The endpoints, each measured on a freshly started server (so that its transactions and its peak RSS are its own).
 * `queries`: the statements of CatalogQueries behind it, each an autocommit transaction of its own.
 */
const ENDPOINTS = [
  { id: 'list', label: 'GET /api/parcours', query: 'list()', queries: 1, path: () => '/api/parcours' },
  { id: 'search', label: `GET /api/parcours?q=${SEARCH}`, query: 'list({ q })', queries: 1, path: () => `/api/parcours?q=${SEARCH}` },
  { id: 'outline', label: 'GET /api/parcours/<slug>', query: 'outline()', queries: 2, path: (fixture) => `/api/parcours/${fixture.outline.slug}` },
  { id: 'activity', label: 'GET /api/activities/<id>', query: 'activity()', queries: 1, path: (fixture) => `/api/activities/${fixture.activity.id}` },
];

let database;
let counter;
let apiBuild;

async function launch(target, databaseUrl) {
  const port = await freePort();
  const server = await startServer({ name: target.id, script: target.script, port, cwd: ROOT, readyPath: READY, env: { ...target.env, DATABASE_URL: databaseUrl } });
  servers.add(server);
  return server;
}

async function shutdown(server) {
  const exit = await server.stop();
  servers.delete(server);
  return exit;
}

async function getJson(url) {
  const response = await httpGet(url, 10_000);
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}, expected 200: ${response.body.slice(0, 300)}`);
  return { body: JSON.parse(response.body), bytes: Buffer.byteLength(response.body) };
}

/**
 * Starts the API once on the empty database: it runs its migrations and loads the starter catalogue (content/,
 * `LOAD_STARTER_CONTENT` defaults to true) before it listens. Then finds, through the public API, the parcours with the
 * most activities and a lesson with a dataset block (the largest such lesson, in bytes), and stops the API.
 */
async function prepare(databaseUrl) {
  log('set-up: starting the API (migrations, starter catalogue) and choosing the parcours and the lesson');
  const server = await launch(TARGETS[0], databaseUrl);
  try {
    const { body: list } = await getJson(`${server.baseUrl}/api/parcours?limit=100`);
    if (!list.items.length) throw new Error('the API lists no published parcours: was the starter catalogue (content/) loaded? (LOAD_STARTER_CONTENT, CONTENT_DIR)');
    const outlines = [];
    for (const card of list.items) {
      const { body, bytes } = await getJson(`${server.baseUrl}/api/parcours/${encodeURIComponent(card.slug)}`);
      outlines.push({ slug: card.slug, modules: body.modules.length, activities: body.modules.reduce((n, m) => n + m.activities.length, 0), bytes, body });
    }
    outlines.sort((a, b) => b.activities - a.activities || b.bytes - a.bytes);
    const largest = outlines[0];
    let activity;
    for (const outline of outlines) {
      for (const module of outline.body.modules) {
        for (const a of module.activities.filter((x) => x.type === 'lesson')) {
          const { body, bytes } = await getJson(`${server.baseUrl}/api/activities/${a.id}`);
          const datasets = (body.blocks ?? []).filter((block) => block.type === 'dataset');
          if (datasets.length && (!activity || bytes > activity.bytes)) {
            activity = { id: a.id, key: a.key, title: a.title, parcours: outline.slug, blocks: body.blocks.length, datasets: datasets.length, datasetRows: datasets.reduce((n, d) => n + d.rows.length, 0), bytes };
          }
        }
      }
    }
    if (!activity) throw new Error('no published lesson has a dataset block');
    return {
      parcours: { total: list.total, slugs: outlines.map((o) => ({ slug: o.slug, modules: o.modules, activities: o.activities, bytes: o.bytes })) },
      outline: { slug: largest.slug, modules: largest.modules, activities: largest.activities, bytes: largest.bytes },
      activity,
    };
  } finally {
    await shutdown(server);
  }
}

/**
 * Transactions a server runs when it starts and stops with no other request than its readiness polls (the API: its
 * migration check, TypeORM's initial queries, the starter-catalogue check). Counted inside every measured window.
 */
async function startupTransactions(target, databaseUrl) {
  await counter.settle();
  const before = await counter.read();
  const server = await launch(target, databaseUrl);
  await shutdown(server);
  await counter.settle();
  return (await counter.read()) - before - server.readinessRequests;
}

/**
 * autocannon stops with up to one request per connection still in the server (it drops the sockets; the server
 * finishes the handler anyway). Waiting for them keeps their work inside the CPU reading and out of the next step.
 */
const drain = (load) => sleep(Math.min(10_000, Math.max(500, (load.latencyMs.max ?? 0) + 250)));

async function benchTarget(target, endpoint, fixture, options, databaseUrl) {
  const path = endpoint.path(fixture);
  log(`${endpoint.id} · ${target.id}: starting ${target.script.replace(`${ROOT}/`, '')}`);
  await counter.settle();
  const before = await counter.read();
  const server = await launch(target, databaseUrl);
  let stopped;
  try {
    const sample = await httpGet(server.baseUrl + path, 10_000);
    log(`${endpoint.id} · ${target.id}: ready in ${server.startupMs} ms; GET ${path} → ${sample.status}, ${formatNumber(Buffer.byteLength(sample.body))} bytes`);
    if (sample.status !== 200) throw new Error(`${target.id}: GET ${path} answered ${sample.status}, expected 200: ${sample.body.slice(0, 300)}`);
    let warmup;
    if (options.warmup > 0) {
      warmup = await runLoad({ url: server.baseUrl + path, connections: options.connections, duration: options.warmup });
      await drain(warmup);
    }
    log(`${endpoint.id} · ${target.id}: measuring ${options.duration} s × ${options.connections} connections`);
    const cpuBefore = server.cpuMs();
    const run = await runLoad({ url: server.baseUrl + path, connections: options.connections, duration: options.duration });
    await drain(run);
    const cpuAfter = server.cpuMs();
    const memory = server.memory();
    stopped = await shutdown(server);
    const quiet = await counter.settle();
    const after = await counter.read();
    // Readiness polls run one transaction each; the rest is the endpoint's work (and the server's start-up, a few).
    const requests = 1 + (warmup?.sent ?? 0) + run.sent;
    const endpointTransactions = after - before - server.readinessRequests;
    return {
      id: target.id,
      label: target.label,
      path,
      startupMs: server.startupMs,
      sample: { body: safeJson(sample.body), bytes: Buffer.byteLength(sample.body) },
      warmup,
      run,
      memory,
      cpu: cpuBefore && cpuAfter
        ? { ms: cpuAfter.total - cpuBefore.total, perRequestMs: (cpuAfter.total - cpuBefore.total) / run.sent, mainThreadPerRequestMs: (cpuAfter.main - cpuBefore.main) / run.sent }
        : { ms: null, perRequestMs: null, mainThreadPerRequestMs: null },
      exit: stopped,
      transactions: {
        total: after - before,
        readinessRequests: server.readinessRequests,
        requests,
        perRequest: requests ? endpointTransactions / requests : null,
        exact: quiet && counter.separate,
      },
    };
  } finally {
    if (!stopped) await shutdown(server);
  }
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** JSON with the keys of every object sorted: two answers with the same content give the same text. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b ? a / b : null);
const sum = (values) => values.reduce((acc, v) => acc + v, 0);

/** One target on one endpoint over all rounds: medians of the per-round figures, totals of the counts, the highest peak RSS. */
function summarizeTarget(runs) {
  const transactions = sum(runs.map((r) => r.transactions.total - r.transactions.readinessRequests));
  const requests = sum(runs.map((r) => r.transactions.requests));
  return {
    id: runs[0].id,
    label: runs[0].label,
    requestsPerSec: median(runs.map((r) => r.run.requestsPerSec.mean)),
    latencyMs: Object.fromEntries(['mean', 'p50', 'p97_5', 'p99'].map((k) => [k, median(runs.map((r) => r.run.latencyMs[k]))])),
    completed: sum(runs.map((r) => r.run.completed)),
    non2xx: sum(runs.map((r) => r.run.non2xx)),
    errors: sum(runs.map((r) => r.run.errors + r.run.timeouts)),
    transactionsPerRequest: requests ? transactions / requests : null,
    cpuMsPerRequest: median(runs.map((r) => r.cpu.perRequestMs)),
    mainThreadCpuMsPerRequest: median(runs.map((r) => r.cpu.mainThreadPerRequestMs)),
    peakRssMiB: Math.max(...runs.map((r) => r.memory.peakRssMiB ?? NaN)),
    responseBytes: runs[0].sample.bytes,
  };
}

function render(report) {
  const s = report.settings;
  const n = s.rounds;
  const f = report.fixture;
  const columns = [
    { header: 'Endpoint' },
    { header: 'Target' },
    { header: 'Req/s (mean)', align: 'right' },
    { header: 'Mean (ms)', align: 'right' },
    { header: 'p50 (ms)', align: 'right' },
    { header: 'p97.5 (ms)', align: 'right' },
    { header: 'p99 (ms)', align: 'right' },
    { header: 'Requests', align: 'right' },
    { header: 'Non-2xx', align: 'right' },
    { header: 'Errors', align: 'right' },
    { header: 'Tx/request', align: 'right' },
    { header: 'CPU ms/request', align: 'right' },
    { header: 'of which main thread', align: 'right' },
    { header: 'Peak RSS (MiB)', align: 'right' },
  ];
  const rows = report.endpoints.flatMap((e) =>
    [e.summary.api, e.summary.baseline].map((t) => [
      t.id === 'api' ? e.label : '',
      t.id === 'api' ? 'API' : 'Baseline',
      formatNumber(t.requestsPerSec),
      formatNumber(t.latencyMs.mean, 2),
      formatNumber(t.latencyMs.p50, 1),
      formatNumber(t.latencyMs.p97_5, 1),
      formatNumber(t.latencyMs.p99, 1),
      formatNumber(t.completed),
      formatNumber(t.non2xx),
      formatNumber(t.errors),
      formatNumber(t.transactionsPerRequest, 3),
      formatNumber(t.cpuMsPerRequest, 2),
      formatNumber(t.mainThreadCpuMsPerRequest, 2),
      formatNumber(t.peakRssMiB, 1),
    ]),
  );
  const ratioColumns = [
    { header: 'Endpoint' },
    { header: 'Response', align: 'right' },
    { header: 'API / baseline req/s', align: 'right' },
    { header: n > 1 ? 'Range (rounds)' : 'Range', align: 'right' },
    { header: 'CPU/request ×', align: 'right' },
    { header: 'Mean latency ×', align: 'right' },
    { header: 'p99 ×', align: 'right' },
    { header: 'Tx/request (API, baseline; expected)', align: 'right' },
    { header: `Budget (≥ ${BUDGET * 100} %)`, },
  ];
  const ratioRows = report.endpoints.map((e) => [
    e.label,
    `${formatNumber(e.summary.api.responseBytes / 1024, 1)} KiB`,
    `**${formatNumber(e.ratios.throughput, 2)}**`,
    `${formatNumber(e.ratios.throughputMin, 2)}–${formatNumber(e.ratios.throughputMax, 2)}`,
    formatNumber(e.ratios.cpu, 2),
    formatNumber(e.ratios.latencyMean, 2),
    formatNumber(e.ratios.p99, 2),
    `${formatNumber(e.summary.api.transactionsPerRequest, 3)}, ${formatNumber(e.summary.baseline.transactionsPerRequest, 3)}; ${e.queries}`,
    e.budgetMet ? 'met' : '**NOT met**',
  ]);
  const roundRows = report.endpoints.flatMap((e) =>
    e.rounds.map((round) => [e.id, String(round.round), round.order.join(' → '), formatNumber(round.api.run.requestsPerSec.mean), formatNumber(round.baseline.run.requestsPerSec.mean), formatNumber(round.throughputRatio, 2)]),
  );
  return [
    '## Public catalogue reads — API vs. baseline',
    '',
    `${report.machine.date} · ${describeMachine(report.machine)} · PostgreSQL ${report.database.serverVersion} (${report.database.embedded ? 'embedded, same machine' : 'DATABASE_URL'}) · commit ${report.commit ?? 'n/a'}, API built ${report.apiBuild.builtAt}`,
    `${n} round${n > 1 ? 's' : ''} × 4 endpoints × (server start + ${s.warmup} s warm-up + ${s.duration} s measured + stop) per target, ${s.connections} connections, one server at a time, load generator (autocannon) on the same machine, no \`Accept-Encoding\` (uncompressed answers).` +
      (n > 1 ? ' Req/s, latencies and CPU ms/request: median over the rounds; requests, non-2xx and errors: totals; peak RSS: highest.' : ''),
    `Data: the starter catalogue (${f.parcours.total} published parcours). Outline: \`${f.outline.slug}\` (${f.outline.modules} modules, ${f.outline.activities} activities, the most of the catalogue). Activity: lesson \`${f.activity.key}\` of \`${f.activity.parcours}\` (${f.activity.blocks} blocks, ${f.activity.datasets} dataset${f.activity.datasets > 1 ? 's' : ''} of ${f.activity.datasetRows} rows). Search \`q=${SEARCH}\`: ${report.endpoints.find((e) => e.id === 'search').items} of ${f.parcours.total} parcours.`,
    '',
    markdownTable(columns, rows),
    '',
    markdownTable(ratioColumns, ratioRows),
    '',
    ...(n > 1
      ? [markdownTable([{ header: 'Endpoint' }, { header: 'Round' }, { header: 'Order' }, { header: 'API req/s', align: 'right' }, { header: 'Baseline req/s', align: 'right' }, { header: 'Ratio', align: 'right' }], roundRows), '']
      : []),
    `- Throughput API / baseline: the median of the per-round ratios${n > 1 ? ' (range: lowest and highest round)' : ''}. CPU/request: the server process's own CPU time over the measured run ÷ requests sent (all threads; 10 ms resolution), which hardly depends on other work on the machine, unlike req/s.`,
    `- Tx/request: PostgreSQL transactions per HTTP request from \`pg_stat_database\` (readiness polls taken out; the servers' start-up left in: ${report.startupTransactions.api} transactions for the API, ${report.startupTransactions.baseline} for the baseline per start). "Expected": the statements CatalogQueries runs, each in its own autocommit transaction.`,
    `- Budget (API ≥ ${BUDGET * 100} % of baseline throughput): **${report.endpoints.filter((e) => e.budgetMet).length} of ${report.endpoints.length} endpoints met** (${report.endpoints.map((e) => `${e.id} ${e.budgetMet ? 'met' : 'NOT met'}`).join(', ')})`,
    ...report.warnings.map((w) => `- ⚠ ${w}`),
  ].join('\n');
}

async function main(options) {
  // First, so that neither the load average nor the CPU sample include the bench's own work.
  const machine = { ...machineInfo(), cpuBusyBeforeStart: await cpuBusyShare(2000) };
  apiBuild = await copyApiBuild();
  TARGETS[0].script = apiBuild.main;

  const opened = await openDatabase({ dir: 'bench-postgres', port: 54349 });
  ({ database, counter } = opened);
  const { serverVersion } = opened;
  const fixture = await prepare(database.url);
  log(`set-up: outline of ${fixture.outline.slug} (${fixture.outline.activities} activities), activity ${fixture.activity.id} (${fixture.activity.key}, ${fixture.activity.datasets} dataset(s))`);
  const startup = {};
  for (const target of TARGETS) {
    if (isInterrupted()) return 130;
    startup[target.id] = await startupTransactions(target, database.url);
  }
  log(`start-up transactions: API ${startup.api}, baseline ${startup.baseline}`);

  // Per endpoint, rounds alternate the order (A B, B A, A B…) so that a drift of the machine does not always favour
  // the same target; each round's two runs are close in time and form one ratio. Rounds are the outer loop, so that a
  // disturbed minute of the machine spoils one round of every endpoint rather than every round of one endpoint.
  const results = Object.fromEntries(ENDPOINTS.map((e) => [e.id, []]));
  for (let i = 0; i < options.rounds; i++) {
    const order = i % 2 ? [...TARGETS].reverse() : TARGETS;
    for (const endpoint of ENDPOINTS) {
      const round = { round: i + 1, order: order.map((t) => t.id) };
      for (const target of order) {
        if (isInterrupted()) return 130;
        if (options.rounds > 1) log(`round ${i + 1}/${options.rounds}`);
        round[target.id] = await benchTarget(target, endpoint, fixture, options, database.url);
      }
      round.throughputRatio = ratio(round.api.run.requestsPerSec.mean, round.baseline.run.requestsPerSec.mean);
      results[endpoint.id].push(round);
    }
  }

  const warnings = [];
  if (machine.cpuBusyBeforeStart > BUSY) {
    warnings.push(`the machine was not idle before the run (CPUs ${formatPercent(machine.cpuBusyBeforeStart)} busy, 1-minute load average ${machine.loadAverage1m} on ${machine.cpus} CPUs): other work may have competed for the CPUs; rerun on a quiet machine before trusting the numbers`);
  }
  const endpoints = ENDPOINTS.map((endpoint) => {
    const rounds = results[endpoint.id];
    const summary = { api: summarizeTarget(rounds.map((r) => r.api)), baseline: summarizeTarget(rounds.map((r) => r.baseline)) };
    const { api, baseline } = summary;
    const perRound = rounds.map((r) => r.throughputRatio);
    const ratios = {
      throughput: median(perRound),
      throughputMin: Math.min(...perRound),
      throughputMax: Math.max(...perRound),
      latencyMean: ratio(api.latencyMs.mean, baseline.latencyMs.mean),
      p50: ratio(api.latencyMs.p50, baseline.latencyMs.p50),
      p97_5: ratio(api.latencyMs.p97_5, baseline.latencyMs.p97_5),
      p99: ratio(api.latencyMs.p99, baseline.latencyMs.p99),
      cpu: ratio(api.cpuMsPerRequest, baseline.cpuMsPerRequest),
      peakRss: ratio(api.peakRssMiB, baseline.peakRssMiB),
    };
    const apiBody = rounds[0].api.sample.body;
    const sameBody = canonical(apiBody) === canonical(rounds[0].baseline.sample.body);
    if (!sameBody) warnings.push(`${endpoint.id}: the two servers answer differently (compared with the keys sorted): the baseline no longer mirrors the API`);
    if (rounds.length > 1 && ratios.throughputMax / ratios.throughputMin > 1.25) {
      warnings.push(`${endpoint.id}: the per-round ratios spread widely (${formatNumber(ratios.throughputMin, 2)}–${formatNumber(ratios.throughputMax, 2)}): the machine's speed varied during the run`);
    }
    for (const t of [api, baseline]) {
      if (t.non2xx || t.errors) warnings.push(`${endpoint.id} · ${t.id}: ${t.non2xx} non-2xx and ${t.errors} errors/timeouts during the measured runs`);
      if (Math.abs(t.transactionsPerRequest - endpoint.queries) > 0.05) {
        warnings.push(`${endpoint.id} · ${t.id}: ${formatNumber(t.transactionsPerRequest, 3)} transactions per request, ${endpoint.queries} expected from ${endpoint.query}`);
      }
    }
    return {
      id: endpoint.id,
      label: endpoint.label,
      path: endpoint.path(fixture),
      query: endpoint.query,
      queries: endpoint.queries,
      items: Array.isArray(apiBody?.items) ? apiBody.items.length : undefined,
      sameBody,
      summary,
      ratios,
      budgetMet: ratios.throughput >= BUDGET,
      rounds,
    };
  });
  const runs = endpoints.flatMap((e) => e.rounds.flatMap((r) => [r.api, r.baseline]));
  for (const r of runs) {
    if (r.exit.crashed || r.exit.forced || r.exit.code !== 0) warnings.push(`${r.id}: did not stop cleanly (${JSON.stringify(r.exit)})`);
  }
  if (runs.some((r) => !r.transactions.exact)) {
    warnings.push('transactions per request are approximate (other sessions on the database, or no access to the maintenance database)');
  }

  const report = {
    benchmark: 'catalog',
    routes: endpoints.map((e) => `GET ${e.path}`),
    commit: gitCommit(),
    apiBuild: { path: apiBuild.path, builtAt: apiBuild.builtAt, runFrom: apiBuild.runFrom },
    machine,
    settings: { ...options, pipelining: 1, poolSize: 10, acceptEncoding: null },
    database: { embedded: database.embedded, serverVersion },
    fixture,
    startupTransactions: startup,
    budget: { minThroughputRatio: BUDGET, met: endpoints.every((e) => e.budgetMet) },
    warnings,
    endpoints,
  };
  const markdown = render(report);
  process.stdout.write(`\n${markdown}\n\n`);
  const files = await writeReport(OUTPUT, report, markdown);
  log(`wrote ${files.map((f) => f.replace(`${ROOT}/`, '')).join(' and ')}`);
  return runs.some((r) => r.exit.crashed) ? 1 : 0;
}

await runBench(FLAGS, main);
