#!/usr/bin/env node
// `npm run bench:sign-in` — throughput and latency of the API's POST /api/auth/login (a successful sign-in: throttle
// checks, account lookup, one argon2id verification, a session, an audit event) next to a bare Fastify + pg + argon2
// baseline doing the same work, in the same run, on the same database. A report, not a test: it never fails on
// numbers, only when it cannot set up or a server dies (exit 1), or when interrupted (exit 130). See tools/bench/README.md.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { freePort, httpRequest } from './lib/http.mjs';
import { forwardedFor, runLoad } from './lib/load.mjs';
import { cpuBusyShare, describeMachine, formatNumber, formatPercent, machineInfo, markdownTable, writeReport } from './lib/report.mjs';
import { startServer } from './lib/server-process.mjs';
import { BASELINE, BUSY, copyApiBuild, isInterrupted, log, openDatabase, READY, ROOT, runBench, servers } from './lib/runner.mjs';

const ROUTE = '/api/auth/login';
const BUDGET = 0.3; // the API should keep at least this share of the baseline's throughput (argon2 dominates both)
const OUTPUT = join(ROOT, 'dist/bench/sign-in');
const ARGON2_REPORT = join(ROOT, 'dist/bench/argon2.json'); // `npm run bench:argon2`: the cost of one verification
/** The account every login uses, registered through the API before the first round. */
const ACCOUNT = { email: 'bench-sign-in@culture-d.test', password: "une phrase de passe pour le banc d'essai", displayName: 'Banc d’essai', audience: 'agent' };
// Each sign-in comes from its own address (X-Forwarded-For, trusted by both servers): every sign-in counts against its
// address (300 per 15 minutes, ADR 0008), a limit this benchmark is not about.
const LOGIN = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: ACCOUNT.email, password: ACCOUNT.password }), headersOf: forwardedFor };

const FLAGS = {
  duration: { default: 10, min: 1, max: 600, help: 'seconds of measured load per target' },
  connections: { default: 8, min: 1, max: 1000, help: 'concurrent keep-alive connections' },
  warmup: { default: 3, min: 0, max: 120, help: 'seconds of unmeasured load before each run' },
  rounds: { default: 3, min: 1, max: 20, help: 'rounds of API + baseline (order alternates); the report gives medians' },
};

/** What is benchmarked, in order. */
const TARGETS = [
  { id: 'api', label: 'API (NestJS 11 + Fastify + TypeORM)', script: null /* the run's copy of the build, set in main() */, env: { LOG_LEVEL: 'warn', TRUST_PROXY: 'true' } },
  { id: 'baseline', label: 'Baseline (Fastify 5 + pg + argon2)', script: BASELINE, env: { TRUST_PROXY: 'true' } },
];

let database;
let counter;

async function benchTarget(target, options, databaseUrl) {
  const port = await freePort();
  log(`${target.id}: starting ${target.script.replace(`${ROOT}/`, '')} on port ${port}`);
  const sessionsBefore = await sessionCount(databaseUrl);
  await counter.settle();
  const before = await counter.read();
  const server = await startServer({ name: target.id, script: target.script, port, cwd: ROOT, readyPath: READY, env: { ...target.env, DATABASE_URL: databaseUrl } });
  servers.add(server);
  let stopped;
  try {
    const sample = await login(server.baseUrl);
    log(`${target.id}: ready in ${server.startupMs} ms; POST ${ROUTE} → ${sample.status} ${sample.body}`);
    if (sample.status !== 200) throw new Error(`${target.id}: POST ${ROUTE} answered ${sample.status}, expected 200: ${sample.body}`);
    const cookie = String(sample.headers['set-cookie'] ?? '').split(';')[0].split('=')[0];
    if (!cookie) throw new Error(`${target.id}: POST ${ROUTE} set no cookie`);
    let warmup;
    if (options.warmup > 0) {
      log(`${target.id}: warm-up ${options.warmup} s`);
      warmup = await runLoad({ url: server.baseUrl + ROUTE, connections: options.connections, duration: options.warmup, ...LOGIN });
      await drain(warmup);
    }
    log(`${target.id}: measuring ${options.duration} s × ${options.connections} connections`);
    const cpuBefore = server.cpuMs();
    const run = await runLoad({ url: server.baseUrl + ROUTE, connections: options.connections, duration: options.duration, ...LOGIN });
    await drain(run); // the requests in flight at the end count: their work is in the CPU time
    const cpuAfter = server.cpuMs();
    const memory = server.memory();
    stopped = await server.stop();
    servers.delete(server);
    const quiet = await counter.settle();
    const after = await counter.read();
    const sessions = await sessionCount(databaseUrl); // after the count: its own transaction is outside the window
    // Readiness polls run one transaction each (the readiness query); the rest is the logins' (and start-up's) work.
    // Logins the server handled: one session each when they succeed, plus the failures (non-2xx). Not autocannon's
    // `sent`: requests still being written when it stops never reach the handler.
    const logins = sessions - sessionsBefore + (warmup?.non2xx ?? 0) + run.non2xx;
    const loginTransactions = after - before - server.readinessRequests;
    return {
      id: target.id,
      label: target.label,
      startupMs: server.startupMs,
      sampleResponse: safeJson(sample.body),
      cookie: { name: cookie, attributes: cookieAttributes(sample.headers['set-cookie']) },
      warmup,
      run,
      memory,
      cpu: cpuBefore && cpuAfter
        ? { ms: cpuAfter.total - cpuBefore.total, perRequestMs: (cpuAfter.total - cpuBefore.total) / run.sent, mainThreadPerRequestMs: (cpuAfter.main - cpuBefore.main) / run.sent }
        : { ms: null, perRequestMs: null, mainThreadPerRequestMs: null },
      exit: stopped,
      sessionsCreated: sessions - sessionsBefore,
      transactions: {
        total: after - before,
        readinessRequests: server.readinessRequests,
        logins,
        perRequest: logins ? loginTransactions / logins : null,
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

/**
 * autocannon stops with up to one request per connection still in the server (it drops the sockets; the server
 * finishes the handler anyway). Waiting for them before the next step keeps them out of the next run, and lets them
 * complete before the server stops: a request cut short by the shutdown would count its queries but not its session.
 */
const drain = (load) => sleep(Math.min(10_000, Math.max(500, (load.latencyMs.max ?? 0) + 250)));

/** One sign-in of the bench account (no keep-alive, no Origin header). */
const login = (baseUrl) => httpRequest(baseUrl + ROUTE, { method: 'POST', json: { email: ACCOUNT.email, password: ACCOUNT.password }, timeoutMs: 15_000 });

/** `Path=/; HttpOnly; SameSite=Lax` → ['httponly', 'path', 'samesite'] (names only: values such as Expires differ). */
function cookieAttributes(header) {
  const line = Array.isArray(header) ? header[0] : header;
  return String(line ?? '').split(';').slice(1).map((part) => part.split('=')[0].trim().toLowerCase()).filter(Boolean).sort();
}

/** Sessions of the bench account: each successful sign-in opens one. A short-lived client, outside the counted windows. */
async function sessionCount(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'culture-d-bench-check' });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM session s JOIN user_account u ON u.id = s.user_id WHERE u.email = $1', [ACCOUNT.email]);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

/**
 * Starts the API once, which runs its migrations, and registers the bench account through `POST /api/auth/register`
 * (201). With `DATABASE_URL`, the account may exist from an earlier run (409, or 429 after 20 registrations in an hour
 * from this IP): then a sign-in must succeed with the bench password.
 */
async function prepare(databaseUrl) {
  const port = await freePort();
  log(`set-up: starting the API (migrations) and registering ${ACCOUNT.email}`);
  const server = await startServer({ name: 'api (set-up)', script: TARGETS[0].script, port, cwd: ROOT, readyPath: READY, env: { ...TARGETS[0].env, DATABASE_URL: databaseUrl } });
  servers.add(server);
  try {
    const registered = await httpRequest(`${server.baseUrl}/api/auth/register`, { method: 'POST', json: ACCOUNT, timeoutMs: 15_000 });
    if (registered.status === 201) return 'registered';
    if (registered.status !== 409 && registered.status !== 429) {
      throw new Error(`POST /api/auth/register answered ${registered.status}, expected 201: ${registered.body}`);
    }
    const check = await login(server.baseUrl);
    if (check.status !== 200) throw new Error(`${ACCOUNT.email} exists but does not sign in with the bench password (${check.status}): use another database`);
    return 'existed';
  } finally {
    await server.stop();
    servers.delete(server);
  }
}

/** Mean cost of one verification at the API's parameters, from the last `npm run bench:argon2` (null if none). */
function argon2Ceiling(cpus) {
  if (!existsSync(ARGON2_REPORT)) return null;
  try {
    const report = JSON.parse(readFileSync(ARGON2_REPORT, 'utf8'));
    const row = report.summary.find((s) => s.api);
    if (!row) return null;
    return {
      date: report.machine.date,
      sameMachine: report.machine.cpus === cpus && report.machine.cpuModel === machineInfo().cpuModel,
      parameters: `m=${row.memoryCost} t=${row.timeCost} p=${row.parallelism}`,
      cpuMsPerHash: row.cpuMsPerHash,
      verifyMeanMs: row.verifyMeanMs,
      cpus,
      perSec: (cpus * 1000) / row.cpuMsPerHash,
      perSecByWallClock: (cpus * 1000) / row.verifyMeanMs,
    };
  } catch {
    return null;
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
  const transactions = sum(runs.map((r) => r.transactions.total - r.transactions.readinessRequests));
  const requests = sum(runs.map((r) => r.transactions.logins));
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
    cpuMsPerRequest: median(runs.map((r) => r.cpu.perRequestMs)),
    mainThreadCpuMsPerRequest: median(runs.map((r) => r.cpu.mainThreadPerRequestMs)),
    sessionsCreated: sum(runs.map((r) => r.sessionsCreated)),
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
    { header: 'CPU ms/request', align: 'right' },
    { header: 'of which main thread', align: 'right' },
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
    formatNumber(t.cpuMsPerRequest, 1),
    formatNumber(t.mainThreadCpuMsPerRequest, 1),
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
    `## POST ${ROUTE} — API vs. baseline`,
    '',
    `${report.machine.date} · ${describeMachine(report.machine)} · PostgreSQL ${report.database.serverVersion} (${report.database.embedded ? 'embedded, same machine' : 'DATABASE_URL'}) · commit ${report.commit ?? 'n/a'}, API built ${report.apiBuild.builtAt}`,
    `${n} round${n > 1 ? 's' : ''} × (${s.warmup} s warm-up + ${s.duration} s measured) per target, ${s.connections} connections, one target at a time, load generator (autocannon) on the same machine.` +
      (n > 1 ? ' Req/s, latencies and CPU ms/request: median over the rounds; requests, non-2xx and errors: totals; peak RSS: highest.' : ''),
    '',
    markdownTable(columns, [row(api), row(baseline)]),
    '',
    ...(n > 1
      ? [markdownTable([{ header: 'Round' }, { header: 'Order' }, { header: 'API req/s', align: 'right' }, { header: 'Baseline req/s', align: 'right' }, { header: 'Ratio', align: 'right' }], rounds), '']
      : []),
    `- Throughput API / baseline: **${formatNumber(r.throughput, 2)}** (${formatPercent(r.throughput)} of the baseline's requests/s${n > 1 ? `; median of the per-round ratios, range ${formatNumber(r.throughputMin, 2)}–${formatNumber(r.throughputMax, 2)}` : ''})`,
    `- Server CPU per sign-in: API ${formatNumber(api.cpuMsPerRequest, 1)} ms, baseline ${formatNumber(baseline.cpuMsPerRequest, 1)} ms (× ${formatNumber(r.cpu, 2)}); on the main thread (JavaScript, one core at most): API ${formatNumber(api.mainThreadCpuMsPerRequest, 1)} ms, baseline ${formatNumber(baseline.mainThreadCpuMsPerRequest, 1)} ms. The process's own CPU time over the measured run ÷ requests sent (10 ms resolution): unlike req/s, it hardly depends on other work on the machine`,
    `- Latency API / baseline: mean × ${formatNumber(r.latencyMean, 2)}, p50 × ${formatNumber(r.p50, 2)}, p99 × ${formatNumber(r.p99, 2)} (percentiles have 1 ms resolution)`,
    `- Budget (API ≥ ${BUDGET * 100} % of baseline throughput): **${report.budget.met ? 'met' : 'NOT met'}**`,
    ...(report.ceiling
      ? [
          `- Ceiling from \`npm run bench:argon2\` (${report.ceiling.date.slice(0, 16).replace('T', ' ')} UTC${report.ceiling.sameMachine ? '' : ', ANOTHER machine'}): ${report.ceiling.cpus} cores × 1000 ÷ ${formatNumber(report.ceiling.cpuMsPerHash, 1)} ms of CPU per verification (${report.ceiling.parameters}) = **${formatNumber(report.ceiling.perSec)} sign-ins/s** if the machine did nothing but hash (by the wall-clock mean of ${formatNumber(report.ceiling.verifyMeanMs, 1)} ms: ${formatNumber(report.ceiling.perSecByWallClock)}/s); API at ${formatPercent(api.requestsPerSec / report.ceiling.perSec)} of it, baseline at ${formatPercent(baseline.requestsPerSec / report.ceiling.perSec)}`,
        ]
      : ['- Ceiling: no dist/bench/argon2.json (run `npm run bench:argon2` first to get the hashing ceiling)']),
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
  const account = await prepare(database.url);

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
    cpu: ratio(api.cpuMsPerRequest, baseline.cpuMsPerRequest),
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
  const apiCookie = JSON.stringify(rounds[0].api.cookie);
  if (apiCookie !== JSON.stringify(rounds[0].baseline.cookie)) {
    warnings.push(`the two servers set different cookies: the baseline no longer mirrors the API (${apiCookie})`);
  }
  for (const t of [api, baseline]) {
    if (t.non2xx || t.errors) warnings.push(`${t.id}: ${t.non2xx} non-2xx and ${t.errors} errors/timeouts during the measured runs`);
  }
  for (const r of rounds.flatMap((round) => [round.api, round.baseline])) {
    const answered = 1 + (r.warmup?.ok2xx ?? 0) + r.run.ok2xx;
    const sent = 1 + (r.warmup?.sent ?? 0) + r.run.sent;
    if (r.sessionsCreated < answered || r.sessionsCreated > sent) warnings.push(`${r.id}: ${r.sessionsCreated} sessions opened for ${answered} successful sign-ins (${sent} sent): not one session per sign-in`);
  }
  const runs = rounds.flatMap((r) => [r.api, r.baseline]);
  for (const r of runs) {
    if (r.exit.crashed || r.exit.forced || r.exit.code !== 0) warnings.push(`${r.id}: did not stop cleanly (${JSON.stringify(r.exit)})`);
  }
  if (runs.some((r) => !r.transactions.exact)) {
    warnings.push('transactions per request are approximate (other sessions on the database, or no access to the maintenance database)');
  }
  const ceiling = argon2Ceiling(machine.cpus);
  if (ceiling && !ceiling.sameMachine) warnings.push('dist/bench/argon2.json comes from another kind of machine: its ceiling does not apply here');

  const report = {
    benchmark: 'sign-in',
    route: `POST ${ROUTE}`,
    commit: gitCommit(),
    apiBuild: { path: apiBuild.path, builtAt: apiBuild.builtAt, runFrom: apiBuild.runFrom },
    machine,
    settings: { ...options, pipelining: 1, poolSize: 10, account: { email: ACCOUNT.email, audience: ACCOUNT.audience, roles: ['learner'], setUp: account } },
    database: { embedded: database.embedded, serverVersion },
    summary,
    ratios,
    budget: { minThroughputRatio: BUDGET, met: ratios.throughput >= BUDGET },
    ceiling,
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
