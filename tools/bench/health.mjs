#!/usr/bin/env node
// `npm run bench:health` — throughput and latency of the API's GET /api/health/ready next to a bare Fastify + pg
// baseline doing the same work, in the same run, on the same database. A report, not a test: it never fails on
// numbers, only when it cannot set up or a server dies (exit 1), or when interrupted (exit 130). See tools/bench/README.md.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { freePort, httpGet } from './lib/http.mjs';
import { runLoad } from './lib/load.mjs';
import { cpuBusyShare, describeMachine, formatNumber, formatPercent, machineInfo, markdownTable, writeReport } from './lib/report.mjs';
import { startServer } from './lib/server-process.mjs';
import { BASELINE, BUSY, copyApiBuild, isInterrupted, log, openDatabase, ROOT, runBench, servers } from './lib/runner.mjs';

const ROUTE = '/api/health/ready';
const BUDGET = 0.5; // the API should keep at least this share of the baseline's throughput
const OUTPUT = join(ROOT, 'dist/bench/health');

const FLAGS = {
  duration: { default: 10, min: 1, max: 600, help: 'seconds of measured load per target' },
  connections: { default: 20, min: 1, max: 1000, help: 'concurrent keep-alive connections' },
  warmup: { default: 3, min: 0, max: 120, help: 'seconds of unmeasured load before each run' },
  rounds: { default: 3, min: 1, max: 20, help: 'rounds of API + baseline (order alternates); the report gives medians' },
};

/** What is benchmarked, in order. Later endpoints: copy this file, change ROUTE and the targets. */
const TARGETS = [
  { id: 'api', label: 'API (NestJS 11 + Fastify + TypeORM)', script: null /* the run's copy of the build, set in main() */, env: { LOG_LEVEL: 'warn' } },
  { id: 'baseline', label: 'Baseline (Fastify 5 + pg)', script: BASELINE, env: {} },
];

let database;
let counter;

async function benchTarget(target, options, databaseUrl) {
  const port = await freePort();
  log(`${target.id}: starting ${target.script.replace(`${ROOT}/`, '')} on port ${port}`);
  await counter.settle();
  const before = await counter.read();
  const server = await startServer({ name: target.id, script: target.script, port, cwd: ROOT, readyPath: ROUTE, env: { ...target.env, DATABASE_URL: databaseUrl } });
  servers.add(server);
  let stopped;
  try {
    const sample = await httpGet(server.baseUrl + ROUTE);
    log(`${target.id}: ready in ${server.startupMs} ms; ${ROUTE} → ${sample.status} ${sample.body}`);
    let warmup;
    if (options.warmup > 0) {
      log(`${target.id}: warm-up ${options.warmup} s`);
      warmup = await runLoad({ url: server.baseUrl + ROUTE, connections: options.connections, duration: options.warmup });
    }
    log(`${target.id}: measuring ${options.duration} s × ${options.connections} connections`);
    const run = await runLoad({ url: server.baseUrl + ROUTE, connections: options.connections, duration: options.duration });
    const memory = server.memory();
    stopped = await server.stop();
    servers.delete(server);
    const quiet = await counter.settle();
    const after = await counter.read();
    const requests = server.readinessRequests + 1 + (warmup?.sent ?? 0) + run.sent;
    return {
      id: target.id,
      label: target.label,
      startupMs: server.startupMs,
      sampleResponse: safeJson(sample.body),
      warmup,
      run,
      memory,
      exit: stopped,
      transactions: {
        total: after - before,
        requests,
        perRequest: requests ? (after - before) / requests : null,
        exact: quiet && counter.separate,
      },
    };
  } finally {
    if (!stopped) await server.stop();
    servers.delete(server);
  }
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Key paths and value types of a JSON value, to check that both servers answer the same shape. */
function shapeOf(value, path = '') {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.keys(value).sort().flatMap((key) => shapeOf(value[key], path ? `${path}.${key}` : key));
  }
  return [`${path}:${Array.isArray(value) ? 'array' : typeof value}`];
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

/** One target over all rounds: medians of the per-round figures, totals of the counts, the highest peak RSS. */
function summarizeTarget(runs) {
  const transactions = sum(runs.map((r) => r.transactions.total));
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
    peakRssMiB: Math.max(...runs.map((r) => r.memory.peakRssMiB ?? NaN)),
  };
}

function render(report) {
  const { api, baseline } = report.summary;
  const columns = [
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
    { header: 'Peak RSS (MiB)', align: 'right' },
  ];
  const row = (t) => [
    t.label,
    formatNumber(t.requestsPerSec),
    formatNumber(t.latencyMs.mean, 2),
    formatNumber(t.latencyMs.p50, 1),
    formatNumber(t.latencyMs.p97_5, 1),
    formatNumber(t.latencyMs.p99, 1),
    formatNumber(t.completed),
    formatNumber(t.non2xx),
    formatNumber(t.errors),
    formatNumber(t.transactionsPerRequest, 3),
    formatNumber(t.peakRssMiB, 1),
  ];
  const s = report.settings;
  const r = report.ratios;
  const rounds = report.rounds.map((round) => [
    String(round.round),
    round.order.join(' → '),
    formatNumber(round.api.run.requestsPerSec.mean),
    formatNumber(round.baseline.run.requestsPerSec.mean),
    formatNumber(round.throughputRatio, 2),
  ]);
  const n = report.rounds.length;
  return [
    `## GET ${ROUTE} — API vs. baseline`,
    '',
    `${report.machine.date} · ${describeMachine(report.machine)} · PostgreSQL ${report.database.serverVersion} (${report.database.embedded ? 'embedded, same machine' : 'DATABASE_URL'}) · commit ${report.commit ?? 'n/a'}, API built ${report.apiBuild.builtAt}`,
    `${n} round${n > 1 ? 's' : ''} × (${s.warmup} s warm-up + ${s.duration} s measured) per target, ${s.connections} connections, one target at a time, load generator (autocannon) on the same machine.` +
      (n > 1 ? ' Req/s and latencies: median over the rounds; requests, non-2xx and errors: totals; peak RSS: highest.' : ''),
    '',
    markdownTable(columns, [row(api), row(baseline)]),
    '',
    ...(n > 1
      ? [markdownTable([{ header: 'Round' }, { header: 'Order' }, { header: 'API req/s', align: 'right' }, { header: 'Baseline req/s', align: 'right' }, { header: 'Ratio', align: 'right' }], rounds), '']
      : []),
    `- Throughput API / baseline: **${formatNumber(r.throughput, 2)}** (${formatPercent(r.throughput)} of the baseline's requests/s${n > 1 ? `; median of the per-round ratios, range ${formatNumber(r.throughputMin, 2)}–${formatNumber(r.throughputMax, 2)}` : ''})`,
    `- Latency API / baseline: mean × ${formatNumber(r.latencyMean, 2)}, p50 × ${formatNumber(r.p50, 2)}, p99 × ${formatNumber(r.p99, 2)} (percentiles have 1 ms resolution)`,
    `- Budget (API ≥ ${BUDGET * 100} % of baseline throughput): **${report.budget.met ? 'met' : 'NOT met'}**`,
    ...report.warnings.map((w) => `- ⚠ ${w}`),
  ].join('\n');
}

async function main(options) {
  // First, so that neither the load average nor the CPU sample include the bench's own work.
  const machine = { ...machineInfo(), cpuBusyBeforeStart: await cpuBusyShare(2000) };
  const apiBuild = await copyApiBuild();
  TARGETS[0].script = apiBuild.main;

  const opened = await openDatabase({ dir: 'bench-postgres', port: 54349 });
  ({ database, counter } = opened);
  const { serverVersion } = opened;

  // Rounds alternate the order (A B, B A, A B…) so that a drift of the machine (thermal, background work, a warming
  // database) does not always favour the same target; each round's two runs are close in time and form one ratio.
  const rounds = [];
  for (let i = 0; i < options.rounds; i++) {
    const order = i % 2 ? [...TARGETS].reverse() : TARGETS;
    const round = { round: i + 1, order: order.map((t) => t.id) };
    for (const target of order) {
      if (isInterrupted()) return 130;
      if (options.rounds > 1) log(`round ${i + 1}/${options.rounds}`);
      round[target.id] = await benchTarget(target, options, database.url);
    }
    round.throughputRatio = ratio(round.api.run.requestsPerSec.mean, round.baseline.run.requestsPerSec.mean);
    rounds.push(round);
  }

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
    peakRss: ratio(api.peakRssMiB, baseline.peakRssMiB),
  };

  const warnings = [];
  if (machine.cpuBusyBeforeStart > BUSY) {
    warnings.push(`the machine was not idle before the run (CPUs ${formatPercent(machine.cpuBusyBeforeStart)} busy, 1-minute load average ${machine.loadAverage1m} on ${machine.cpus} CPUs): other work may have competed for the CPUs; rerun on a quiet machine before trusting the numbers`);
  }
  if (rounds.length > 1 && ratios.throughputMax / ratios.throughputMin > 1.25) {
    warnings.push(`the per-round ratios spread widely (${formatNumber(ratios.throughputMin, 2)}–${formatNumber(ratios.throughputMax, 2)}): the machine's speed varied during the run; more rounds, or a quieter machine, give a firmer median`);
  }
  const apiShape = shapeOf(rounds[0].api.sampleResponse).join(',');
  if (apiShape !== shapeOf(rounds[0].baseline.sampleResponse).join(',')) {
    warnings.push(`the two servers answer different JSON shapes: the baseline no longer mirrors the API (${apiShape})`);
  }
  for (const t of [api, baseline]) {
    if (t.non2xx || t.errors) warnings.push(`${t.id}: ${t.non2xx} non-2xx and ${t.errors} errors/timeouts during the measured runs`);
  }
  const runs = rounds.flatMap((r) => [r.api, r.baseline]);
  for (const r of runs) {
    if (r.exit.crashed || r.exit.forced || r.exit.code !== 0) warnings.push(`${r.id}: did not stop cleanly (${JSON.stringify(r.exit)})`);
  }
  if (runs.some((r) => !r.transactions.exact)) {
    warnings.push('transactions per request are approximate (other sessions on the database, or no access to the maintenance database)');
  }

  const report = {
    benchmark: 'health',
    route: `GET ${ROUTE}`,
    commit: gitCommit(),
    apiBuild: { path: apiBuild.path, builtAt: apiBuild.builtAt, runFrom: apiBuild.runFrom },
    machine,
    settings: { ...options, pipelining: 1, poolSize: 10 },
    database: { embedded: database.embedded, serverVersion },
    summary,
    ratios,
    budget: { minThroughputRatio: BUDGET, met: ratios.throughput >= BUDGET },
    warnings,
    rounds,
  };
  const markdown = render(report);
  process.stdout.write(`\n${markdown}\n\n`);
  const files = await writeReport(OUTPUT, report, markdown);
  log(`wrote ${files.map((f) => f.replace(`${ROOT}/`, '')).join(' and ')}`);
  return runs.some((r) => r.exit.crashed) ? 1 : 0;
}

await runBench(FLAGS, main);
