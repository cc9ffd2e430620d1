#!/usr/bin/env node
// `npm run bench:cluster` — the scale-out proof: one PostgreSQL, API instances behind a round-robin reverse proxy
// (cluster-proxy.mjs, no session affinity), first one instance then two. It runs two scenarios through the proxy at
// each size: learners rushing 10-seat workshops (contention on one row, from whichever instance), and sign-ins (argon2
// bound). Then it checks what must not change with two instances, sending requests to each instance directly:
// seats never oversold and waiting-list positions consecutive; the sign-in throttling counted across instances (30
// failures for one account, or 100 from one address, then 429 on either instance); a session opened on one instance
// valid on the other; a sign-out on one seen by the other. A report: exit 1 when a check fails or the set-up fails.
// See tools/bench/README.md (bench:cluster) and docs/deployment.md.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { checkSeats, seedWorkshops } from './lib/fixtures.mjs';
import { freePort, httpRequest } from './lib/http.mjs';
import { summarize } from './lib/load.mjs';
import { describeMachine, formatNumber, formatPercent, markdownTable, writeReport } from './lib/report.mjs';
import { copyApiBuild, isInterrupted, launch, log, measureMachine, openDatabase, READY, ROOT, runBench, seedSignedIn, servers, shutdown } from './lib/runner.mjs';
import { startServer } from './lib/server-process.mjs';
import { gitCommit, median, ratio, sum } from './lib/stats.mjs';

const argon2 = createRequire(import.meta.url)('argon2');

const OUTPUT = join(ROOT, 'dist/bench/cluster');
const PROXY = join(ROOT, 'tools/bench/cluster-proxy.mjs');
const CAPACITY = 10;
/** The API's rules (libs/identity/domain/src/lib/throttle-policy.ts): failures per account, per address. */
const ACCOUNT_FAILURES = 30;
const IP_FAILURES = 100;
/** Instances trust the proxy's X-Forwarded-For, as in production behind a load balancer (docs/deployment.md). */
const API_ENV = { LOG_LEVEL: 'warn', JOBS_ENABLED: 'true', LOAD_STARTER_CONTENT: 'false', TRUST_PROXY: 'true' };
const PASSWORD = 'une phrase de passe pour la grappe';

const FLAGS = {
  duration: { default: 10, min: 1, max: 600, help: 'seconds of measured load per scenario and size' },
  connections: { default: 50, min: 1, max: 1000, help: 'connections rushing the workshops' },
  'sign-in-connections': { default: 8, min: 1, max: 1000, help: 'connections signing in' },
  warmup: { default: 2, min: 0, max: 120, help: 'seconds of unmeasured load before each measured run' },
  rounds: { default: 2, min: 1, max: 20, help: 'rounds of (1 instance, 2 instances), the order alternating; the report gives medians' },
  learners: { default: 500, min: 20, max: 100_000, help: 'learners with a session; each registers once per workshop' },
};

/** Request k: learner k mod L on workshop ⌊k / L⌋ (as bench:registration), every connection rushing the same workshop. */
async function rushRegistrations(baseUrl, learners, workshops, connections, duration) {
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
          request.path = `/api/workshops/${workshops[Math.floor(k / learners.length) % workshops.length]}/registrations`;
          request.headers = { 'content-type': 'application/json', cookie: `cd_session=${learners[k % learners.length].token}` };
          request.body = '{}';
          return request;
        },
      },
    ],
  });
  return { ...summarize(result), pairsUsed: next, pairsAvailable: learners.length * workshops.length };
}

/** Successful sign-ins of one account, each from its own address (the per-address rule allows 300 attempts in 15 min). */
async function rushSignIns(baseUrl, email, connections, duration, offset) {
  let next = offset;
  const body = JSON.stringify({ email, password: PASSWORD });
  const result = await autocannon({
    url: `${baseUrl}/api/auth/login`,
    connections,
    duration,
    pipelining: 1,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const k = next++;
          request.headers = { 'content-type': 'application/json', 'x-forwarded-for': address(k) };
          request.body = body;
          return request;
        },
      },
    ],
  });
  return { ...summarize(result), used: next - offset };
}

/** A distinct IPv4 address per k (10.0.0.0/8, then 11.…). */
const address = (k) => `${10 + Math.floor(k / 16_777_216)}.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}`;

/** Accounts with a real password (argon2id with the API's parameters), written directly. */
async function seedAccounts(client, emails) {
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  await client.query(
    `INSERT INTO user_account (email, password_hash, display_name, audience)
     SELECT e, $2, 'Grappe', 'agent' FROM unnest($1::text[]) e
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
    [emails, hash],
  );
}

const login = (baseUrl, email, password, ip) => httpRequest(`${baseUrl}/api/auth/login`, { method: 'POST', json: { email, password }, headers: { 'x-forwarded-for': ip } });
const cookieOf = (response) => String(response.headers['set-cookie'] ?? '').split(';')[0];

/** Starts `count` API instances on the database, and the proxy in front of them. */
async function startCluster(main, databaseUrl, count) {
  const instances = [];
  for (let i = 0; i < count; i++) instances.push(await launch({ name: `api-${i + 1}`, script: main, env: API_ENV, databaseUrl }));
  const port = await freePort();
  const proxy = await startServer({ name: 'proxy', script: PROXY, port, cwd: ROOT, readyPath: READY, env: { UPSTREAMS: instances.map((s) => s.baseUrl).join(',') } });
  servers.add(proxy);
  return { instances, proxy };
}

async function stopCluster({ instances, proxy }) {
  const stats = JSON.parse((await httpRequest(`${proxy.baseUrl}/__proxy/stats`)).body);
  await shutdown(proxy);
  const exits = [];
  for (const instance of instances) exits.push(await shutdown(instance));
  return { sentPerInstance: stats.sent, exits };
}

/** The two scenarios through the proxy, with `size` instances behind it. */
async function measure(size, round, context, options) {
  const { main, database, seed, learners, signInEmail } = context;
  log(`${size} instance(s): starting`);
  const cluster = await startCluster(main, database.url, size);
  try {
    const perRun = Math.ceil(((options.duration + options.warmup) * 2000) / learners.length) + 2; // room for 2 000 req/s
    const workshops = await seedWorkshops(seed, { label: `cluster-${round}-${size}`, count: perRun, capacity: CAPACITY });
    if (options.warmup > 0) await rushRegistrations(cluster.proxy.baseUrl, learners, workshops.slice(-1), options.connections, options.warmup);
    log(`${size} instance(s): registrations, ${options.duration} s × ${options.connections} connections`);
    const registration = await rushRegistrations(cluster.proxy.baseUrl, learners, workshops.slice(0, -1), options.connections, options.duration);
    const seats = await checkSeats(seed, workshops);
    // Sign-ins use their own range of addresses per round and size, so that no address reaches its limit.
    const offset = (round * 2 + size) * 1_000_000;
    if (options.warmup > 0) await rushSignIns(cluster.proxy.baseUrl, signInEmail, options['sign-in-connections'], options.warmup, offset);
    log(`${size} instance(s): sign-ins, ${options.duration} s × ${options['sign-in-connections']} connections`);
    const signIn = await rushSignIns(cluster.proxy.baseUrl, signInEmail, options['sign-in-connections'], options.duration, offset + 500_000);
    const stopped = await stopCluster(cluster);
    return { size, round, registration, seats, workshops: workshops.length, signIn, ...stopped };
  } finally {
    for (const server of [cluster.proxy, ...cluster.instances]) if (servers.has(server)) await shutdown(server);
  }
}

/** The correctness checks with two instances, each request sent to a chosen instance. */
async function checkTwoInstances(context, twoRuns) {
  const { main, database, seed, learners } = context;
  const checks = [];
  const check = (name, ok, detail) => {
    checks.push({ name, ok, detail });
    log(`${ok ? '✓' : '✗'} ${name}: ${detail}`);
  };

  // Seats, from the measured runs with two instances behind the proxy.
  check('seats never oversold (2 instances)', ...seatsVerdict(twoRuns));

  const cluster = await startCluster(main, database.url, 2);
  const [a, b] = cluster.instances;
  try {
    // Waiting list: one workshop rushed by 40 learners over both instances at once; then each waiting learner reads
    // their position from the other instance than the one that registered them.
    const [workshop] = await seedWorkshops(seed, { label: 'cluster-waitlist', count: 1, capacity: CAPACITY });
    const rushers = learners.slice(0, 4 * CAPACITY);
    const answers = await Promise.all(
      rushers.map((l, i) =>
        httpRequest(`${(i % 2 ? b : a).baseUrl}/api/workshops/${workshop}/registrations`, { method: 'POST', json: {}, headers: { cookie: `cd_session=${l.token}` } }),
      ),
    );
    const statuses = answers.map((r) => (r.status === 201 ? JSON.parse(r.body).status : `HTTP ${r.status}`));
    const positions = [];
    for (const [i, l] of rushers.entries()) {
      if (statuses[i] !== 'waitlisted') continue;
      const mine = await httpRequest(`${(i % 2 ? a : b).baseUrl}/api/me/registrations`, { headers: { cookie: `cd_session=${l.token}` } });
      const items = JSON.parse(mine.body).items ?? JSON.parse(mine.body);
      positions.push((Array.isArray(items) ? items : []).find((r) => r.workshopId === workshop || r.workshop?.id === workshop)?.position ?? null);
    }
    const sorted = [...positions].sort((x, y) => x - y);
    const confirmed = statuses.filter((s) => s === 'confirmed').length;
    check(
      'waiting-list positions consecutive across instances',
      confirmed === CAPACITY && statuses.every((s) => s === 'confirmed' || s === 'waitlisted') && sorted.every((p, i) => p === i + 1),
      `${rushers.length} learners at once on ${CAPACITY} seats, alternating instances: ${confirmed} confirmed, ${positions.length} waiting with positions ${sorted.length ? `${sorted[0]}…${sorted.at(-1)}` : '–'} read from the other instance`,
    );

    // Throttling per account: failures alternate between the instances, each from a new address.
    const target = 'cluster-throttled@culture-d.test';
    const failures = [];
    for (let i = 0; i < ACCOUNT_FAILURES; i++) failures.push((await login((i % 2 ? b : a).baseUrl, target, 'wrong password!', address(9_000_000 + i))).status);
    const afterA = (await login(a.baseUrl, target, PASSWORD, address(9_000_100))).status;
    const afterB = (await login(b.baseUrl, target, PASSWORD, address(9_000_101))).status;
    check(
      `${ACCOUNT_FAILURES} failures for one account ⇒ 429 on either instance`,
      failures.every((s) => s === 401) && afterA === 429 && afterB === 429,
      `${ACCOUNT_FAILURES} failures alternating instances → ${summarizeStatuses(failures)}; then the right password → ${afterA} on instance 1, ${afterB} on instance 2`,
    );

    // Throttling per address: failures from one address on different (unknown) accounts, alternating instances.
    const ip = address(9_500_000);
    const ipFailures = [];
    for (let i = 0; i < IP_FAILURES; i++) ipFailures.push((await login((i % 2 ? b : a).baseUrl, `nobody-${i}@culture-d.test`, 'wrong password!', ip)).status);
    const ipAfterA = (await login(a.baseUrl, context.signInEmail, PASSWORD, ip)).status;
    const ipAfterB = (await login(b.baseUrl, context.signInEmail, PASSWORD, ip)).status;
    check(
      `${IP_FAILURES} failures from one address ⇒ 429 on either instance`,
      ipFailures.every((s) => s === 401) && ipAfterA === 429 && ipAfterB === 429,
      `${IP_FAILURES} failures alternating instances → ${summarizeStatuses(ipFailures)}; then a valid sign-in from that address → ${ipAfterA} on instance 1, ${ipAfterB} on instance 2`,
    );

    // Sessions: opened on instance 1, used on instance 2; closed on instance 2, refused on instance 1.
    const opened = await login(a.baseUrl, context.signInEmail, PASSWORD, address(9_600_000));
    const cookie = cookieOf(opened);
    const onB = await httpRequest(`${b.baseUrl}/api/auth/me`, { headers: { cookie } });
    check(
      'a session opened on instance 1 is valid on instance 2',
      opened.status === 200 && onB.status === 200 && JSON.parse(onB.body).email === context.signInEmail,
      `sign-in on 1 → ${opened.status}; GET /api/auth/me on 2 → ${onB.status}`,
    );
    const out = await httpRequest(`${b.baseUrl}/api/auth/logout`, { method: 'POST', headers: { cookie } });
    const onA = await httpRequest(`${a.baseUrl}/api/auth/me`, { headers: { cookie } });
    check(
      'a sign-out on instance 2 is seen by instance 1',
      out.status === 204 && onA.status === 401,
      `POST /api/auth/logout on 2 → ${out.status}; GET /api/auth/me on 1 → ${onA.status}`,
    );

    // Through the proxy without affinity: consecutive requests of one client land on both instances.
    const viaProxy = await login(cluster.proxy.baseUrl, context.signInEmail, PASSWORD, address(9_700_000));
    const reads = [];
    for (let i = 0; i < 4; i++) reads.push((await httpRequest(`${cluster.proxy.baseUrl}/api/auth/me`, { headers: { cookie: cookieOf(viaProxy) } })).status);
    const stats = JSON.parse((await httpRequest(`${cluster.proxy.baseUrl}/__proxy/stats`)).body);
    check(
      'no sticky sessions needed behind the proxy',
      viaProxy.status === 200 && reads.every((s) => s === 200) && stats.sent.every((n) => n >= 2),
      `sign-in then 4 × GET /api/auth/me through the round-robin proxy → ${viaProxy.status}, ${reads.join(', ')}; requests per instance ${stats.sent.join(' / ')}`,
    );
  } finally {
    await stopCluster(cluster).catch(() => undefined);
    for (const server of [cluster.proxy, ...cluster.instances]) if (servers.has(server)) await shutdown(server);
  }
  return checks;
}

/** Seats after the measured runs of one size: [ok, detail]. */
function seatsVerdict(runs) {
  const broken = sum(runs.map((r) => r.seats.broken.length));
  const non2xx = sum(runs.map((r) => r.registration.non2xx));
  const registrations = sum(runs.map((r) => r.seats.registrations));
  const workshops = sum(runs.map((r) => r.seats.workshops));
  return [
    broken === 0 && non2xx === 0,
    `${formatNumber(registrations)} registrations on ${formatNumber(workshops)} workshops of ${CAPACITY} seats; over capacity, counter out of step or waiting beside a free seat: ${broken}; non-2xx: ${non2xx}`,
  ];
}

/** Per size and scenario: the median over the rounds of the req/s and p99, the total of non-2xx. */
function summarizeSize(runs, size) {
  const mine = runs.filter((r) => r.size === size);
  const of = (key) => ({
    requestsPerSec: median(mine.map((r) => r[key].requestsPerSec.mean)),
    p99Ms: median(mine.map((r) => r[key].latencyMs.p99)),
    non2xx: sum(mine.map((r) => r[key].non2xx)),
    perRound: mine.map((r) => r[key].requestsPerSec.mean),
  });
  return { size, registration: of('registration'), signIn: of('signIn'), sentPerInstance: mine.at(-1)?.sentPerInstance ?? [] };
}

function summarizeStatuses(statuses) {
  const counts = new Map();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n} × ${s}`).join(', ');
}

function render(report) {
  const [one, two] = report.summary;
  const columns = ['Scenario', '1 instance (req/s)', '2 instances (req/s)', '2 ÷ 1', 'p99 1 → 2 (ms)', 'Non-2xx (1 / 2)'].map((header, i) => ({
    header,
    align: i ? 'right' : undefined,
  }));
  const row = (label, key) => [
    label,
    formatNumber(one[key].requestsPerSec),
    formatNumber(two[key].requestsPerSec),
    formatNumber(ratio(two[key].requestsPerSec, one[key].requestsPerSec), 2),
    `${formatNumber(one[key].p99Ms)} → ${formatNumber(two[key].p99Ms)}`,
    `${formatNumber(one[key].non2xx)} / ${formatNumber(two[key].non2xx)}`,
  ];
  const s = report.settings;
  return [
    '## Scale-out: API instances behind a round-robin proxy, one PostgreSQL',
    '',
    `${report.machine.date} · ${describeMachine(report.machine)} · PostgreSQL ${report.database.serverVersion} · commit ${report.commit ?? 'n/a'}, API built ${report.apiBuild.builtAt}`,
    `${s.rounds} round(s) of (1 instance, 2 instances), the order alternating; medians over the rounds. Per size and round: ${s.warmup} s warm-up + ${s.duration} s measured per scenario, through the proxy (cluster-proxy.mjs, Node + http-proxy, keep-alive to the instances). Registrations: ${s.connections} connections, ${s.learners} learners rushing ${CAPACITY}-seat workshops. Sign-ins: ${s['sign-in-connections']} connections, one account, each attempt from its own address.`,
    '',
    markdownTable(columns, [row('POST /api/workshops/:id/registrations (contention)', 'registration'), row('POST /api/auth/login (argon2id)', 'signIn')]),
    '',
    `Per round (req/s, 1 → 2 instances): registrations ${one.registration.perRound.map((n, i) => `${formatNumber(n)} → ${formatNumber(two.registration.perRound[i])}`).join(', ')}; sign-ins ${one.signIn.perRound.map((n, i) => `${formatNumber(n)} → ${formatNumber(two.signIn.perRound[i])}`).join(', ')}. Requests per instance with 2 (last round): ${two.sentPerInstance.map((n) => formatNumber(n)).join(' / ')}.`,
    '',
    '| Check | Result | Detail |',
    '| --- | :-: | --- |',
    ...report.checks.map((c) => `| ${c.name} | ${c.ok ? '✓' : '✗'} | ${c.detail.replace(/\|/g, '\\|')} |`),
    '',
    `- Correctness: **${report.checks.every((c) => c.ok) ? 'every check passed' : 'SOME CHECKS FAILED'}**`,
    ...report.warnings.map((w) => `- ⚠ ${w}`),
  ].join('\n');
}

async function main(options) {
  const machine = await measureMachine();
  const apiBuild = await copyApiBuild();
  const opened = await openDatabase({ dir: 'bench-postgres-cluster', port: 54365 });
  const { database, serverVersion } = opened;

  log('set-up: starting the API once (migrations, pg-boss schema), then seeding learners and accounts');
  await shutdown(await launch({ name: 'setup', script: apiBuild.main, env: API_ENV, databaseUrl: database.url }));
  const { default: pg } = await import('pg');
  const seed = new pg.Client({ connectionString: database.url, application_name: 'culture-d-bench-seed' });
  await seed.connect();
  try {
    const learners = await seedSignedIn(seed, { prefix: 'bench-cluster', count: options.learners });
    const signInEmail = 'bench-cluster-sign-in@culture-d.test';
    await seedAccounts(seed, [signInEmail, 'cluster-throttled@culture-d.test']);
    await seed.query(`DELETE FROM throttle_counter`);
    const context = { main: apiBuild.main, database, seed, learners, signInEmail };

    const runs = [];
    for (let round = 1; round <= options.rounds; round++) {
      for (const size of round % 2 ? [1, 2] : [2, 1]) {
        if (isInterrupted()) return 130;
        runs.push(await measure(size, round, context, options));
      }
    }
    if (isInterrupted()) return 130;
    const checks = await checkTwoInstances(
      context,
      runs.filter((r) => r.size === 2),
    );
    const [ok, detail] = seatsVerdict(runs.filter((r) => r.size === 1));
    checks.unshift({ name: 'seats never oversold (1 instance)', ok, detail });

    const warnings = [];
    if (machine.cpuBusyBeforeStart > 0.2)
      warnings.push(`the machine was not idle before the run (CPUs ${formatPercent(machine.cpuBusyBeforeStart)} busy): the throughputs are not comparable with a quiet run`);
    if (machine.cpus <= 2)
      warnings.push(
        `${machine.cpus} cores for the load generator, the proxy, two instances and PostgreSQL: a second instance cannot add CPU here; the point of this run is correctness, throughput only shows that nothing serialises across instances`,
      );
    for (const s of runs) {
      const which = `round ${s.round}, ${s.size} instance(s)`;
      if (s.registration.pairsUsed > s.registration.pairsAvailable) warnings.push(`${which}: ran out of (learner, workshop) pairs: raise --learners`);
      if (s.signIn.non2xx || s.signIn.errors) warnings.push(`${which}: sign-ins had ${s.signIn.non2xx} non-2xx and ${s.signIn.errors} errors`);
      if (s.exits.some((e) => e.crashed || e.forced)) warnings.push(`${which}: an instance did not stop cleanly`);
    }
    const report = {
      benchmark: 'cluster',
      commit: gitCommit(ROOT),
      apiBuild: { path: apiBuild.path, builtAt: apiBuild.builtAt },
      machine,
      settings: { ...options, capacity: CAPACITY, instanceEnv: API_ENV },
      database: { embedded: database.embedded, serverVersion },
      summary: [summarizeSize(runs, 1), summarizeSize(runs, 2)],
      runs,
      checks,
      warnings,
    };
    const markdown = render(report);
    process.stdout.write(`\n${markdown}\n\n`);
    const files = await writeReport(OUTPUT, report, markdown);
    log(`wrote ${files.map((f) => f.replace(`${ROOT}/`, '')).join(' and ')}`);
    return checks.every((c) => c.ok) ? 0 : 1;
  } finally {
    await seed.end().catch(() => undefined);
  }
}

await runBench(FLAGS, main);
