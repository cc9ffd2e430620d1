#!/usr/bin/env node
// `npm run bench:registration` — workshop registration under contention: many signed-in learners rush the same
// workshops (10 seats each), so that every request fights for the same row. Measures registrations per second through
// the API and through a bare Fastify + pg baseline doing the same statements (session lookup, conditional seat update,
// insert, waiting-list position), in the same run, on the same database; then checks the invariant the feature exists
// for: never more confirmed registrations than seats, and the seat counter equal to the confirmed rows.
// A report, not a test: it fails only when it cannot set up, a server dies, or the invariant is broken (exit 1).
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort, httpRequest } from './lib/http.mjs';
import { summarize } from './lib/load.mjs';
import { cpuBusyShare, describeMachine, formatNumber, formatPercent, machineInfo, markdownTable, writeReport } from './lib/report.mjs';
import { startServer } from './lib/server-process.mjs';
import { BASELINE, BUSY, copyApiBuild, isInterrupted, log, openDatabase, READY, ROOT, runBench, servers } from './lib/runner.mjs';
import { gitCommit, median, ratio, shapeOf, summarizeTarget } from './lib/stats.mjs';

const OUTPUT = join(ROOT, 'dist/bench/registration');
const BUDGET = 0.5;
const CAPACITY = 10;

const FLAGS = {
  duration: { default: 10, min: 1, max: 600, help: 'seconds of measured load per target' },
  connections: { default: 50, min: 1, max: 1000, help: 'concurrent keep-alive connections (learners rushing at once)' },
  warmup: { default: 2, min: 0, max: 120, help: 'seconds of unmeasured load before each run' },
  rounds: { default: 3, min: 1, max: 20, help: 'rounds of API + baseline (order alternates); the report gives medians' },
  learners: { default: 500, min: 10, max: 100_000, help: 'learners with a session; each registers once per workshop' },
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
     SELECT 'bench-registration-' || i || '@culture-d.test', 'not-a-hash', 'Apprenant·e ' || i, 'agent' FROM generate_series(1, $1) i
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

/** Fresh workshops for one run (same starting state for both targets): open for registration, `CAPACITY` seats. */
async function seedWorkshops(client, label, count) {
  const { rows } = await client.query(
    `INSERT INTO workshop (slug, title, summary, description, audiences, format, starts_at, ends_at, online_url, capacity, registration_closes_at, status)
     SELECT $1 || '-' || i, 'Atelier de charge ' || i, 'Banc d’essai', 'Banc d’essai', '{agent}', 'online',
            now() + interval '30 days', now() + interval '30 days 2 hours', 'https://visio.exemple.fr/atelier', $2, now() + interval '29 days', 'published'
       FROM generate_series(1, $3) i RETURNING id`,
    [label, CAPACITY, count],
  );
  return rows.map((r) => r.id);
}

/**
 * Drives registrations: request k is learner k mod L on workshop ⌊k / L⌋, so that all connections rush the same
 * workshop until every learner has tried it, then the next one. Each (learner, workshop) pair is used once.
 */
async function rush(baseUrl, tokens, workshops, connections, duration) {
  let next = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration,
    pipelining: 1,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const k = next++;
          const workshop = workshops[Math.floor(k / tokens.length) % workshops.length];
          request.path = `/api/workshops/${workshop}/registrations`;
          request.headers = { 'content-type': 'application/json', cookie: `cd_session=${tokens[k % tokens.length]}` };
          request.body = '{}';
          return request;
        },
      },
    ],
  });
  return { ...summarize(result), pairsUsed: next, pairsAvailable: tokens.length * workshops.length };
}

/** The invariant, per workshop: confirmed ≤ seats, counter = confirmed rows, and seats filled before anyone waits. */
async function checkSeats(client, workshops) {
  const { rows } = await client.query(
    `SELECT w.id, w.capacity, w.confirmed_count,
            count(r.*) FILTER (WHERE r.status = 'confirmed')::int AS confirmed,
            count(r.*) FILTER (WHERE r.status = 'waitlisted')::int AS waitlisted
       FROM workshop w LEFT JOIN registration r ON r.workshop_id = w.id
      WHERE w.id = ANY($1::uuid[]) GROUP BY w.id`,
    [workshops],
  );
  const broken = rows.filter((w) => w.confirmed > w.capacity || w.confirmed_count !== w.confirmed || (w.waitlisted > 0 && w.confirmed < w.capacity));
  return { workshops: rows.length, registrations: rows.reduce((n, w) => n + w.confirmed + w.waitlisted, 0), broken };
}

async function benchTarget(target, options, tokens, round) {
  const perRun = Math.ceil((options.duration + options.warmup) * 2000 / tokens.length) + 2; // room for 2 000 req/s
  const workshops = await seedWorkshops(seedClient, `bench-${round}-${target.id}`, perRun);
  const port = await freePort();
  await counter.settle();
  const before = await counter.read();
  const server = await startServer({ name: target.id, script: target.script, port, cwd: ROOT, readyPath: READY, env: { ...target.env, DATABASE_URL: database.url } });
  servers.add(server);
  let stopped;
  try {
    const sample = await httpRequest(`${server.baseUrl}/api/workshops/${workshops[workshops.length - 1]}/registrations`, { method: 'POST', headers: { cookie: `cd_session=${tokens[0]}` }, json: {} });
    log(`${target.id}: ready in ${server.startupMs} ms; sample registration → ${sample.status} ${sample.body}`);
    if (options.warmup > 0) await rush(server.baseUrl, tokens, workshops.slice(-2, -1), options.connections, options.warmup);
    log(`${target.id}: measuring ${options.duration} s × ${options.connections} connections`);
    const run = await rush(server.baseUrl, tokens, workshops.slice(0, -2), options.connections, options.duration);
    const memory = server.memory();
    stopped = await server.stop();
    servers.delete(server);
    const quiet = await counter.settle();
    const after = await counter.read();
    const seats = await checkSeats(seedClient, workshops);
    const requests = server.readinessRequests + 1 + run.sent;
    return {
      id: target.id,
      label: target.label,
      sampleResponse: JSON.parse(sample.body),
      run,
      memory,
      exit: stopped,
      seats,
      transactions: { total: after - before, requests, perRequest: (after - before) / requests, exact: quiet && counter.separate },
    };
  } finally {
    if (!stopped) await server.stop();
    servers.delete(server);
  }
}

let seedClient;

function render(report) {
  const { api, baseline } = report.summary;
  const columns = ['Target', 'Registrations/s', 'Mean (ms)', 'p50 (ms)', 'p97.5 (ms)', 'p99 (ms)', 'Requests', 'Non-2xx', 'Errors', 'Tx/request', 'Peak RSS (MiB)'].map((header, i) => ({ header, align: i ? 'right' : undefined }));
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
  const checked = report.rounds.flatMap((r) => [r.api.seats, r.baseline.seats]);
  return [
    `## POST /api/workshops/:id/registrations under contention — API vs. baseline`,
    '',
    `${report.machine.date} · ${describeMachine(report.machine)} · PostgreSQL ${report.database.serverVersion} · commit ${report.commit ?? 'n/a'}, API built ${report.apiBuild.builtAt}`,
    `${report.rounds.length} round(s) × (${s.warmup} s warm-up + ${s.duration} s measured) per target, ${s.connections} connections, ${s.learners} learners rushing workshops of ${CAPACITY} seats (each learner once per workshop; the first ${CAPACITY} get a seat, the others the waiting list).`,
    '',
    markdownTable(columns, [row(api), row(baseline)]),
    '',
    `- Throughput API / baseline: **${formatNumber(report.ratios.throughput, 2)}** (${formatPercent(report.ratios.throughput)}; median of the per-round ratios ${report.rounds.map((r) => formatNumber(r.throughputRatio, 2)).join(', ')})`,
    `- Seats: ${formatNumber(checked.reduce((n, c) => n + c.registrations, 0))} registrations on ${formatNumber(checked.reduce((n, c) => n + c.workshops, 0))} workshops; workshops with more confirmed than seats, a counter out of step, or someone waiting while a seat was free: **${report.invariantBroken ? 'SOME — see the JSON' : 'none'}**`,
    `- Budget (API ≥ ${BUDGET * 100} % of baseline throughput): **${report.budget.met ? 'met' : 'NOT met'}**`,
    ...report.warnings.map((w) => `- ⚠ ${w}`),
  ].join('\n');
}

async function main(options) {
  const machine = { ...machineInfo(), cpuBusyBeforeStart: await cpuBusyShare(2000) };
  const apiBuild = await copyApiBuild();
  TARGETS[0].script = apiBuild.main;

  const opened = await openDatabase({ dir: 'bench-postgres-registration', port: 54351 });
  ({ database, counter } = opened);
  const { serverVersion } = opened;

  log('set-up: starting the API once (migrations), then seeding learners and their sessions');
  const first = await startServer({ name: 'setup', script: apiBuild.main, port: await freePort(), cwd: ROOT, readyPath: READY, env: { ...TARGETS[0].env, DATABASE_URL: database.url, LOAD_STARTER_CONTENT: 'false' } });
  servers.add(first);
  await first.stop();
  servers.delete(first);
  const { default: pg } = await import('pg');
  seedClient = new pg.Client({ connectionString: database.url, application_name: 'culture-d-bench-seed' });
  await seedClient.connect();
  const tokens = await seedLearners(seedClient, options.learners);
  await seedClient.end();

  const rounds = [];
  for (let i = 0; i < options.rounds; i++) {
    const order = i % 2 ? [...TARGETS].reverse() : TARGETS;
    const round = { round: i + 1, order: order.map((t) => t.id) };
    for (const target of order) {
      if (isInterrupted()) return 130;
      log(`round ${i + 1}/${options.rounds}: ${target.id}`);
      seedClient = new pg.Client({ connectionString: database.url, application_name: 'culture-d-bench-seed' });
      await seedClient.connect();
      try {
        round[target.id] = await benchTarget(target, options, tokens, i + 1);
      } finally {
        await seedClient.end();
      }
    }
    round.throughputRatio = ratio(round.api.run.requestsPerSec.mean, round.baseline.run.requestsPerSec.mean);
    rounds.push(round);
  }

  const summary = { api: summarizeTarget(rounds.map((r) => r.api)), baseline: summarizeTarget(rounds.map((r) => r.baseline)) };
  const ratios = { throughput: median(rounds.map((r) => r.throughputRatio)), p50: ratio(summary.api.latencyMs.p50, summary.baseline.latencyMs.p50), p99: ratio(summary.api.latencyMs.p99, summary.baseline.latencyMs.p99) };
  const runs = rounds.flatMap((r) => [r.api, r.baseline]);
  const invariantBroken = runs.some((r) => r.seats.broken.length > 0);
  const warnings = [];
  if (machine.cpuBusyBeforeStart > BUSY) warnings.push(`the machine was not idle before the run (CPUs ${formatPercent(machine.cpuBusyBeforeStart)} busy): rerun on a quiet machine before trusting the numbers`);
  if (shapeOf(rounds[0].api.sampleResponse).join() !== shapeOf(rounds[0].baseline.sampleResponse).join()) warnings.push('the two servers answer different JSON shapes: the baseline no longer mirrors the API');
  for (const r of runs) {
    if (r.run.non2xx || r.run.errors || r.run.timeouts) warnings.push(`${r.id}: ${r.run.non2xx} non-2xx and ${r.run.errors + r.run.timeouts} errors/timeouts in a measured run`);
    if (r.run.pairsUsed > r.run.pairsAvailable) warnings.push(`${r.id}: ran out of (learner, workshop) pairs: raise --learners`);
    if (r.exit.crashed || r.exit.forced || r.exit.code !== 0) warnings.push(`${r.id}: did not stop cleanly (${JSON.stringify(r.exit)})`);
  }
  const report = {
    benchmark: 'registration',
    route: 'POST /api/workshops/:id/registrations',
    commit: gitCommit(ROOT),
    apiBuild: { path: apiBuild.path, builtAt: apiBuild.builtAt, runFrom: apiBuild.runFrom },
    machine,
    settings: { ...options, capacity: CAPACITY, pipelining: 1 },
    database: { embedded: database.embedded, serverVersion },
    summary,
    ratios,
    invariantBroken,
    budget: { minThroughputRatio: BUDGET, met: ratios.throughput >= BUDGET },
    warnings,
    rounds,
  };
  const markdown = render(report);
  process.stdout.write(`\n${markdown}\n\n`);
  const files = await writeReport(OUTPUT, report, markdown);
  log(`wrote ${files.map((f) => f.replace(`${ROOT}/`, '')).join(' and ')}`);
  return invariantBroken || runs.some((r) => r.exit.crashed) ? 1 : 0;
}

await runBench(FLAGS, main);
