#!/usr/bin/env node
// `npm run bench` — the benchmark suite: the key endpoints of the API, each next to the bare Fastify + pg baseline
// (tools/bench/baseline/server.mjs) running the same SQL, in the same run, on the same database; requests/s, latency,
// SQL statements per request (pg_stat_statements) and peak RSS, with the budgets checked in the report. Then the
// learner-facing reads that must not slow down with the number of learners (progress page, quiz start, completion
// funnel) again with 100 000 learners. Short windows (2 s warm-up + 5 s measured, one round) so that the whole suite
// runs in under 10 minutes on 2 cores; the per-endpoint scripts (bench:catalog, bench:quiz…) measure longer and in
// several rounds. A report, not a test: exit 0 whatever the numbers, 1 when it cannot set up or a server dies.
// See tools/bench/README.md ("npm run bench").
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { checkSeats, cloneAttempts, largestParcours, publishBenchQuiz, seedEnrolledLearners, seedWorkshops, startTemplateAttempt, statementBatch } from './lib/fixtures.mjs';
import { httpRequest } from './lib/http.mjs';
import { summarize } from './lib/load.mjs';
import { formatNumber, formatPercent, writeReport } from './lib/report.mjs';
import { judge, renderSuite } from './lib/suite-report.mjs';
import {
  API_LABEL,
  BASELINE,
  BASELINE_LABEL,
  BUSY,
  copyApiBuild,
  isInterrupted,
  launch,
  log,
  measureMachine,
  onCleanUp,
  openDatabase,
  ROOT,
  runBench,
  seedSignedIn,
  shutdown,
} from './lib/runner.mjs';
import { gitCommit, ratio } from './lib/stats.mjs';

const OUTPUT = join(ROOT, 'dist/bench/suite');
const QUIZ_SLUG = 'banc-d-essai-suite';
const QUESTIONS = 10;
const SIGN_IN = { email: 'bench-suite-sign-in@culture-d.test', password: "une phrase de passe pour le banc d'essai", displayName: 'Banc d’essai', audience: 'agent' };

const FLAGS = {
  duration: { default: 5, min: 1, max: 600, help: 'seconds of measured load per endpoint and target' },
  warmup: { default: 2, min: 0, max: 120, help: 'seconds of unmeasured load before each measured run' },
  small: { default: 1000, min: 10, max: 1_000_000, help: 'learners enrolled for the first pass (every endpoint)' },
  large: { default: 100_000, min: 0, max: 5_000_000, help: 'learners enrolled for the second pass (progress, quiz start, funnel); 0 skips it' },
  probe: { default: 10, min: 1, max: 1000, help: 'requests sent one at a time after each run to count SQL statements per request' },
};

/**
 * The endpoints. `statements`: SQL statements per request by design (BEGIN/COMMIT not counted), from docs/api.md and
 * the use cases, session lookup included for signed-in routes; `budget`: minimum API / baseline throughput;
 * `scale`: measured again at the large size (latency must stay flat). `fixture(ctx, target, pass)` prepares the data
 * of one run and returns `request(k)`, the k-th request (k = 0 is the sample, checked before the load).
 */
const ENDPOINTS = [
  {
    id: 'catalogue',
    label: 'Catalogue list',
    route: 'GET /api/parcours',
    statements: 1,
    design: 'list(): one query',
    budget: 0.5,
    connections: 20,
    fixture: () => ({ request: () => ({ method: 'GET', path: '/api/parcours' }) }),
  },
  {
    id: 'outline',
    label: 'Parcours outline',
    route: 'GET /api/parcours/:slug',
    statements: 2,
    design: 'outline(): the card and modules, then the activities',
    budget: 0.5,
    connections: 20,
    fixture: (ctx) => ({ request: () => ({ method: 'GET', path: `/api/parcours/${ctx.parcours.slug}` }) }),
  },
  {
    id: 'lesson',
    label: 'Lesson',
    route: 'GET /api/activities/:id',
    statements: 1,
    design: 'activity(): one query',
    budget: 0.5,
    connections: 20,
    fixture: (ctx) => ({ request: () => ({ method: 'GET', path: `/api/activities/${ctx.lessonId}` }) }),
  },
  {
    id: 'progress',
    label: 'Progress page',
    route: 'GET /api/me/parcours/:slug/progress',
    statements: 4,
    design: 'session + 3 (enrolment, modules, activities with progress)',
    budget: 0.5,
    connections: 20,
    scale: true,
    fixture: (ctx) => ({
      request: (k) => ({ method: 'GET', path: `/api/me/parcours/${ctx.parcours.slug}/progress`, headers: { cookie: `cd_session=${ctx.sample[k % ctx.sample.length].token}` } }),
    }),
  },
  {
    id: 'funnel',
    label: 'Completion funnel',
    route: 'GET /api/analytics/parcours/:id',
    statements: 1,
    design: 'session; the 2 queries (parcours and modules, one aggregate) once per 30 s per parcours and filters',
    budget: 0.5,
    connections: 4,
    scale: true,
    fixture: (ctx) => ({
      request: () => ({ method: 'GET', path: `/api/analytics/parcours/${ctx.parcours.parcoursId}`, headers: { cookie: `cd_session=${ctx.author.token}` } }),
    }),
  },
  {
    id: 'quiz-start',
    label: 'Quiz start',
    route: 'POST /api/quizzes/:id/attempts',
    statements: 11,
    design: 'session, quiz source, then in one transaction: lock, activity with enrolment (none yet: activity, insert, lock), 2 state, latest attempt, insert',
    budget: 0.5,
    connections: 20,
    scale: true,
    fixture: async (ctx, target, pass) => {
      // Fresh learners each run, so that every request starts an attempt (creation path), not resumes one.
      const learners = await seedSignedIn(ctx.client, { prefix: `bench-suite-start-${pass}-${target}`, count: 4000 });
      return {
        learners: learners.length,
        request: (k) => ({ method: 'POST', path: `/api/quizzes/${ctx.quizId}/attempts`, headers: json(learners[k % learners.length].token), body: '{}' }),
      };
    },
  },
  {
    id: 'quiz-submit',
    label: 'Quiz submission',
    route: 'POST /api/attempts/:id/submission',
    statements: 9,
    design: `session, attempt, then in one transaction: close, answers (one INSERT), 5 of the progress domain (${QUESTIONS} questions)`,
    budget: 0.3,
    connections: 50,
    fixture: async (ctx, target, pass) => {
      const learners = await seedSignedIn(ctx.client, { prefix: `bench-suite-submit-${pass}-${target}`, count: 4000 });
      const attempts = await cloneAttempts(ctx.client, ctx.quiz.templateId, learners);
      return {
        learners: attempts.length,
        request: (k) => ({
          method: 'POST',
          path: `/api/attempts/${attempts[k % attempts.length].attemptId}/submission`,
          headers: json(attempts[k % attempts.length].token),
          body: ctx.quiz.body,
        }),
      };
    },
  },
  {
    id: 'statements',
    label: 'Statements batch (20)',
    route: 'POST /api/statements',
    statements: 2,
    design: 'session + one INSERT … SELECT FROM unnest',
    budget: 0.5,
    connections: 50,
    fixture: (ctx) => ({
      request: (k) => ({ method: 'POST', path: '/api/statements', headers: json(ctx.statementLearners[k % ctx.statementLearners.length].token), body: statementBatch(20, k) }),
    }),
  },
  {
    id: 'registration',
    label: 'Workshop registration (contention)',
    route: 'POST /api/workshops/:id/registrations',
    statements: 4,
    design: 'session, workshop, one seat-or-wait statement, waiting-list position (waitlisted)',
    budget: 0.5,
    connections: 50,
    fixture: async (ctx, target, pass) => {
      // Request k: learner k mod L on workshop ⌊k / L⌋: every connection fights for the same 10 seats.
      const workshops = await seedWorkshops(ctx.client, { label: `bench-suite-${pass}-${target}`, count: 40, capacity: 10 });
      const learners = ctx.registrationLearners;
      return {
        workshops,
        request: (k) => ({
          method: 'POST',
          path: `/api/workshops/${workshops[Math.floor(k / learners.length) % workshops.length]}/registrations`,
          headers: json(learners[k % learners.length].token),
          body: '{}',
        }),
        check: async () => {
          const seats = await checkSeats(ctx.client, workshops);
          return { ...seats, broken: seats.broken.length };
        },
      };
    },
  },
  {
    id: 'sign-in',
    label: 'Sign-in',
    route: 'POST /api/auth/login',
    statements: 9,
    design: '3 throttle checks, count the attempt, account, reset of failures, then update account, session, audit (argon2id in between)',
    budget: 0.3,
    connections: 8,
    // Every sign-in counts against its address (300 per 15 min): one learner signing in from many addresses, as behind
    // a load balancer (TRUST_PROXY=true on both servers), so that the limit measures nothing here.
    fixture: () => ({
      request: (k) => ({
        method: 'POST',
        path: '/api/auth/login',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}` },
        body: JSON.stringify({ email: SIGN_IN.email, password: SIGN_IN.password }),
      }),
    }),
  },
];

const SERVER_WARMUP_SECONDS = 5;

const json = (token) => ({ 'content-type': 'application/json', cookie: `cd_session=${token}` });

/** Resets the kernel's peak-RSS mark of a process to its current RSS (Linux ≥ 4.0), so that each endpoint gets its own. */
function resetPeakRss(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** autocannon stops with requests in flight; waiting for them keeps their work out of the next step. */
const drain = (run) => sleep(Math.min(10_000, Math.max(300, (run.latencyMs.max ?? 0) + 200)));

async function load(baseUrl, request, from, connections, duration) {
  let next = from;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration,
    pipelining: 1,
    requests: [
      {
        setupRequest: (r) => {
          const { method, path, headers = {}, body } = request(next++);
          return { ...r, method, path, headers, body };
        },
      },
    ],
  });
  return { ...summarize(result), next };
}

/** One endpoint on a running server: sample, warm-up, measured run, then the statement probe. */
async function measure(ctx, server, endpoint, fixture) {
  const call = (k) => {
    const { method, path, headers = {}, body } = fixture.request(k);
    return httpRequest(server.baseUrl + path, { method, headers, body, timeoutMs: 30_000 });
  };
  let sample;
  const sampleStarted = performance.now();
  try {
    sample = await call(0);
  } catch (error) {
    return { error: `sample request: ${error instanceof Error ? error.message : String(error)}` };
  }
  const sampleMs = Math.round(performance.now() - sampleStarted);
  if (sample.status < 200 || sample.status > 299) return { error: `sample request answered ${sample.status}: ${sample.body.slice(0, 200)}` };
  let next = 1;
  if (ctx.options.warmup > 0) {
    const warmup = await load(server.baseUrl, fixture.request, next, endpoint.connections, ctx.options.warmup);
    next = warmup.next;
    await drain(warmup);
  }
  const peakReset = resetPeakRss(server.pid);
  const cpuBefore = server.cpuMs();
  const run = await load(server.baseUrl, fixture.request, next, endpoint.connections, ctx.options.duration);
  next = run.next;
  await drain(run);
  const cpuAfter = server.cpuMs();
  const memory = server.memory();
  let statements = null;
  if (ctx.statements) {
    await ctx.statements.reset();
    const statuses = [];
    for (let i = 0; i < ctx.options.probe; i++)
      statuses.push(
        await call(next++).then(
          (r) => r.status,
          () => 'timeout',
        ),
      );
    const counted = await ctx.statements.read();
    statements = { perRequest: counted.calls / ctx.options.probe, probe: ctx.options.probe, statuses: [...new Set(statuses)], top: counted.statements };
  }
  return {
    sample: { status: sample.status, bytes: Buffer.byteLength(sample.body), ms: sampleMs },
    run,
    memory: { ...memory, perEndpoint: peakReset },
    cpuMsPerRequest: cpuBefore && cpuAfter && run.completed ? (cpuAfter.total - cpuBefore.total) / run.completed : null,
    statements,
    check: fixture.check ? await fixture.check() : undefined,
  };
}

/** One target for one pass: one server, every endpoint of the pass in turn. */
async function benchTarget(ctx, target, pass, endpoints) {
  const server = await launch({ name: target.id, script: target.script, env: target.env, databaseUrl: ctx.database.url });
  log(`${pass}: ${target.id} ready in ${server.startupMs} ms`);
  const results = {};
  try {
    // A fresh process runs its first requests through cold code and a small heap (JIT, GC sizing): measured first,
    // an endpoint cost twice the CPU it cost fourth (a control run with the same data in both passes showed it on the
    // progress page: p50 × 2.5 in the API, × 0.5 in the baseline). Some seconds of a public read and of a signed-in one
    // before the first endpoint put every pass on the same footing.
    for (const request of [() => ({ method: 'GET', path: '/api/parcours' }), ENDPOINTS.find((e) => e.id === 'progress').fixture(ctx).request]) {
      const warm = await load(server.baseUrl, request, 0, 10, SERVER_WARMUP_SECONDS);
      await drain(warm);
    }
    for (const endpoint of endpoints) {
      if (isInterrupted()) throw new Error('interrupted');
      const fixture = await endpoint.fixture(ctx, target.id, pass);
      log(`${pass}: ${target.id} ${endpoint.route} (${ctx.options.warmup} s + ${ctx.options.duration} s × ${endpoint.connections} connections)`);
      results[endpoint.id] = await measure(ctx, server, endpoint, fixture);
      if (results[endpoint.id].error) log(`${pass}: ${target.id} ${endpoint.route}: ${results[endpoint.id].error}`);
    }
  } finally {
    results.exit = await shutdown(server);
  }
  return results;
}

await runBench(FLAGS, async (options) => {
  const startedAt = performance.now();
  const machine = await measureMachine();
  const apiBuild = await copyApiBuild();
  const { database, statements, serverVersion } = await openDatabase({ dir: 'bench-postgres-suite', port: 54361, statementStats: true });
  if (!statements) log('pg_stat_statements is not available in this database: no SQL statement counts');
  const targets = [
    { id: 'api', label: API_LABEL, script: apiBuild.main, env: { LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', LOAD_STARTER_CONTENT: 'false', TRUST_PROXY: 'true' } },
    { id: 'baseline', label: BASELINE_LABEL, script: BASELINE, env: { TRUST_PROXY: 'true' } },
  ];

  log('set-up: the API once (migrations, starter catalogue), the bench quiz, the sign-in account');
  const client = new pg.Client({ connectionString: database.url, application_name: 'culture-d-bench-seed' });
  client.on('error', () => undefined); // PostgreSQL stopping under it (Ctrl-C) must not crash the clean-up
  onCleanUp(() => client.end().catch(() => undefined));
  const ctx = { options, database, statements, client };
  const setup = await launch({ name: 'setup', script: apiBuild.main, env: { ...targets[0].env, LOAD_STARTER_CONTENT: 'true' }, databaseUrl: database.url });
  try {
    await client.connect();
    ctx.parcours = await largestParcours(client);
    const [author] = await seedSignedIn(client, { prefix: 'bench-suite-author', count: 1, roles: '{learner,author}' });
    ctx.author = author;
    const { rows: lessons } = await client.query(
      `SELECT a.id FROM version_activity a JOIN parcours p ON p.current_version_id = a.version_id
        WHERE p.status = 'published' AND a.type = 'lesson' ORDER BY (a.content::text LIKE '%"type": "dataset"%') DESC, length(a.content::text) DESC LIMIT 1`,
    );
    ctx.lessonId = lessons[0].id;
    ctx.quizId = await publishBenchQuiz(setup.baseUrl, author, { slug: QUIZ_SLUG, questions: QUESTIONS });
    const [templateLearner] = await seedSignedIn(client, { prefix: 'bench-suite-template', count: 1 });
    ctx.quiz = await startTemplateAttempt(setup.baseUrl, templateLearner, ctx.quizId);
    const registered = await httpRequest(`${setup.baseUrl}/api/auth/register`, { method: 'POST', json: SIGN_IN, timeoutMs: 15_000 });
    if (registered.status !== 201 && registered.status !== 409) throw new Error(`register: ${registered.status} ${registered.body}`);
  } finally {
    await shutdown(setup);
  }
  ctx.statementLearners = await seedSignedIn(client, { prefix: 'bench-suite-statements', count: 50, audience: 'mediateur' });
  ctx.registrationLearners = await seedSignedIn(client, { prefix: 'bench-suite-registration', count: 500 });
  log(`parcours ${ctx.parcours.slug} (${ctx.parcours.activities} activities); seeding ${options.small} learners`);
  const sizes = [{ pass: 'small', learners: options.small, counts: await seedEnrolledLearners(client, ctx.parcours, 1, options.small) }];
  ctx.sample = await seedSignedIn(client, { prefix: 'bench-progress', count: Math.min(200, options.small) });

  const results = { small: {} };
  for (const target of targets) results.small[target.id] = await benchTarget(ctx, target, 'small', ENDPOINTS);
  if (options.large > options.small) {
    log(`seeding learners ${options.small + 1}–${options.large}`);
    const seeded = performance.now();
    sizes.push({ pass: 'large', learners: options.large, counts: await seedEnrolledLearners(client, ctx.parcours, options.small + 1, options.large) });
    log(`seeded in ${Math.round((performance.now() - seeded) / 1000)} s`);
    results.large = {};
    for (const target of [...targets].reverse())
      results.large[target.id] = await benchTarget(
        ctx,
        target,
        'large',
        ENDPOINTS.filter((e) => e.scale),
      );
  }

  // No p50 without answers (every request timed out): growth is then unknown, not 0.
  const p50 = (r) => (r?.run?.completed ? r.run.latencyMs.p50 : null);
  const growth = ENDPOINTS.filter((e) => e.scale && results.large).map((e) => ({
    id: e.id,
    label: e.label,
    api: ratio(p50(results.large.api[e.id]), p50(results.small.api[e.id])),
    baseline: ratio(p50(results.large.baseline[e.id]), p50(results.small.baseline[e.id])),
  }));
  const rows = sizes.flatMap((size) =>
    ENDPOINTS.filter((e) => size.pass === 'small' || e.scale).map((e) => {
      const api = results[size.pass].api[e.id];
      const baseline = results[size.pass].baseline[e.id];
      const g = size.pass === 'large' ? growth.find((x) => x.id === e.id)?.api : undefined;
      const budget = judge(e, api, baseline, g);
      return {
        id: e.id,
        label: e.label,
        route: e.route,
        pass: size.pass,
        learners: size.learners,
        designed: e.statements,
        design: e.design,
        api,
        baseline,
        throughput: budget.throughput ?? null,
        budget,
      };
    }),
  );
  const warnings = [];
  if (machine.cpuBusyBeforeStart > BUSY)
    warnings.push(
      `the machine was not idle before the run (CPUs ${formatPercent(machine.cpuBusyBeforeStart)} busy, load average ${machine.loadAverage1m}): other sessions' work shares the 2 cores, so compare ratios, not absolute numbers`,
    );
  for (const [pass, byTarget] of Object.entries(results)) {
    for (const [id, r] of Object.entries(byTarget)) {
      if (r.exit.crashed || r.exit.forced || r.exit.code !== 0) warnings.push(`${id} (${pass}): did not stop cleanly (${JSON.stringify(r.exit)})`);
      if (r.registration?.check?.broken) warnings.push(`${id} (${pass}): ${r.registration.check.broken} workshop(s) with more confirmed than seats or a counter out of step`);
    }
  }
  const funnelMs = (pass) => formatNumber(results[pass]?.api?.funnel?.sample?.ms);
  const notes = [
    `Completion funnel: the API computes it at the first request (the sample: ${funnelMs('small')} ms at ${formatNumber(options.small)} learners${results.large ? `, ${funnelMs('large')} ms at ${formatNumber(options.large)}` : ''}), then answers from its 30 s cache; the baseline runs the same two queries at every request, hence the ratio.`,
    "Quiz submission: both run the same statements (the quiz's and the progress domain's, one transaction); the baseline scores single-choice questions in a plain loop where the API validates and scores every type through the quiz domain (feedback rendered from Markdown), and leaves out the completion rule (module, parcours, certificate), which the bench's learners never reach.",
    'Quiz start: fresh learners each run (the first start enrols them); the baseline shuffles and escapes where the API renders Markdown and sanitises.',
    'Registration: every registration of a run fights for the same workshop row until 500 learners have tried it; ' +
      `seats checked after each run: ${Object.values(results.small)
        .map((r) => `${r.registration?.check?.registrations ?? 0} registrations, ${r.registration?.check?.broken ?? 'n/a'} workshop(s) oversold`)
        .join(' / ')}.`,
  ];
  const report = {
    benchmark: 'suite',
    commit: gitCommit(ROOT),
    apiBuild,
    machine,
    settings: { ...options, pipelining: 1 },
    database: { embedded: database.embedded, serverVersion, statementCounts: statements ? 'pg_stat_statements (track_utility off)' : null },
    parcours: ctx.parcours,
    sizes,
    growth,
    rows,
    notes,
    warnings,
    elapsedSec: Math.round((performance.now() - startedAt) / 1000),
  };
  const markdown = renderSuite(report);
  process.stdout.write(`\n${markdown}\n\n`);
  const files = await writeReport(OUTPUT, report, markdown);
  log(`wrote ${files.map((f) => f.replace(`${ROOT}/`, '')).join(' and ')} in ${report.elapsedSec} s`);
  return Object.values(results).some((byTarget) => Object.values(byTarget).some((r) => r.exit.crashed)) ? 1 : 0;
});
