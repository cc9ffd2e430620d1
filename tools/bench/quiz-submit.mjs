#!/usr/bin/env node
// `npm run bench:quiz` — quiz submissions: 50 learners at once (by default) each submit their own open attempt of a
// 10-question quiz. Measures submissions per second through the API (validation, server-side scoring, one transaction:
// conditional UPDATE of the attempt, one INSERT of every answer, and the progress domain's statements) and through a
// bare Fastify + pg baseline doing the quiz's own statements (session lookup, attempt read, the same UPDATE and INSERT
// in one transaction, a plain scoring loop), in the same run, on the same database. The attempts are prepared before
// the clock starts (one started through the API, cloned in SQL for fresh learners with sessions), so that only
// submissions are measured. Then checks that every submission was recorded exactly once.
// A report, not a test: it fails only when it cannot set up, a server dies, or a submission counted twice (exit 1).
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { benchQuizDocument, cloneAttempts } from './lib/fixtures.mjs';
import { freePort, httpRequest } from './lib/http.mjs';
import { summarize } from './lib/load.mjs';
import { cpuBusyShare, describeMachine, formatNumber, formatPercent, machineInfo, markdownTable, writeReport } from './lib/report.mjs';
import { startServer } from './lib/server-process.mjs';
import { BASELINE, BUSY, copyApiBuild, isInterrupted, log, onCleanUp, openDatabase, READY, ROOT, runBench, servers } from './lib/runner.mjs';
import { gitCommit, median, ratio, shapeOf, summarizeTarget } from './lib/stats.mjs';

const OUTPUT = join(ROOT, 'dist/bench/quiz-submit');
const BUDGET = 0.3; // issue 11: the cost of a submission is in scoring, as sign-in's is in hashing
const QUESTIONS = 10;
/** SQL statements of one API submission, counted in-process by apps/api/src/app/quiz.integration.spec.ts (same for 3 and 30 questions). */
const API_STATEMENTS_NOTE =
  '11 statements (session lookup, attempt read, then BEGIN, UPDATE of the attempt, one INSERT of every answer, 5 of the progress domain, COMMIT), the same for 3 or 30 questions (counted by apps/api/src/app/quiz.integration.spec.ts); the baseline runs the same ones';

const FLAGS = {
  duration: { default: 10, min: 1, max: 600, help: 'seconds of measured load per target' },
  connections: { default: 50, min: 1, max: 1000, help: 'concurrent keep-alive connections (learners submitting at once)' },
  warmup: { default: 2, min: 0, max: 120, help: 'seconds of unmeasured load before each run' },
  rounds: { default: 3, min: 1, max: 20, help: 'rounds of API + baseline (order alternates); the report gives medians' },
  attempts: { default: 8000, min: 100, max: 500_000, help: 'open attempts prepared per run (one learner each); a run that uses them all is reported' },
};

const TARGETS = [
  { id: 'api', label: 'API (NestJS 11 + Fastify + TypeORM)', script: null /* the run's copy of the build, set in main() */, env: { LOG_LEVEL: 'warn', JOBS_ENABLED: 'false' } },
  { id: 'baseline', label: 'Baseline (Fastify 5 + pg)', script: BASELINE, env: {} },
];

let database;
let counter;

/** People with a live session each, written directly in the tables (no argon2: sign-in has its own benchmark). */
async function seedPeople(client, label, count, roles = '{learner}') {
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
  const { rows } = await client.query(
    `INSERT INTO user_account (email, password_hash, display_name, audience, roles)
     SELECT 'bench-quiz-' || $2 || '-' || i || '@culture-d.test', 'not-a-hash', 'Apprenant·e ' || i, 'agent', $3 FROM generate_series(1, $1) i
     RETURNING id`,
    [count, label, roles],
  );
  await client.query(
    `INSERT INTO session (token_hash, user_id, last_seen_at, idle_seconds, absolute_seconds)
     SELECT decode(h, 'hex'), u, now(), 86400, 86400 FROM unnest($1::text[], $2::uuid[]) AS t(h, u)`,
    [tokens.map((t) => createHash('sha256').update(t).digest('hex')), rows.map((r) => r.id)],
  );
  return rows.map((r, i) => ({ id: r.id, token: tokens[i] }));
}

/** Imports and publishes the parcours, starts one attempt through the API: the template cloned for every learner. */
async function prepareQuiz(baseUrl, author) {
  const headers = { cookie: `cd_session=${author.token}` };
  const created = await httpRequest(`${baseUrl}/api/authoring/parcours/import`, {
    method: 'POST',
    headers,
    json: benchQuizDocument({ slug: 'banc-d-essai-quiz', questions: QUESTIONS }),
    timeoutMs: 30_000,
  });
  if (created.status !== 201) throw new Error(`import: ${created.status} ${created.body}`);
  const published = await httpRequest(`${baseUrl}/api/authoring/parcours/${JSON.parse(created.body).id}/publish`, { method: 'POST', headers, json: {}, timeoutMs: 30_000 });
  if (published.status !== 201) throw new Error(`publish: ${published.status} ${published.body}`);
  const outline = JSON.parse((await httpRequest(`${baseUrl}/api/parcours/banc-d-essai-quiz`)).body);
  const quizId = outline.modules[0].activities.find((a) => a.type === 'quiz').id;
  const started = await httpRequest(`${baseUrl}/api/quizzes/${quizId}/attempts`, { method: 'POST', headers, json: {} });
  if (started.status !== 201) throw new Error(`start: ${started.status} ${started.body}`);
  const attempt = JSON.parse(started.body);
  // Every cloned attempt has the same layout: one body answers them all (right answers: the learner passes).
  const responses = attempt.questions.map((q) => ({ questionId: q.questionId, response: q.choices.find((c) => c.html.includes('La CNIL')).id }));
  return { quizId, templateId: attempt.attemptId, body: JSON.stringify({ responses }) };
}

/** Fresh learners, each with one open attempt cloned from the template (same state for both targets). */
async function seedAttempts(client, label, quiz, count) {
  return cloneAttempts(client, quiz.templateId, await seedPeople(client, label, count));
}

async function submitAll(baseUrl, attempts, body, connections, duration, from) {
  let next = from;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration,
    pipelining: 1,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const attempt = attempts[next++ % attempts.length];
          request.path = `/api/attempts/${attempt.attemptId}/submission`;
          request.headers = { 'content-type': 'application/json', cookie: `cd_session=${attempt.token}` };
          request.body = body;
          return request;
        },
      },
    ],
  });
  return { ...summarize(result), used: next - from, next };
}

/** Each prepared attempt is submitted at most once, with exactly one answer per question when submitted. */
async function checkSubmissions(client, attempts) {
  const {
    rows: [row],
  } = await client.query(
    `SELECT count(*) FILTER (WHERE qa.submitted_at IS NOT NULL)::int AS submitted,
            count(*) FILTER (WHERE qa.submitted_at IS NOT NULL AND (SELECT count(*) FROM attempt_answer an WHERE an.attempt_id = qa.id) <> $2)::int AS broken
       FROM quiz_attempt qa WHERE qa.id = ANY($1::uuid[])`,
    [attempts.map((a) => a.attemptId), QUESTIONS],
  );
  return row;
}

let seedClient;

async function benchTarget(target, options, quiz, round) {
  const attempts = await seedAttempts(seedClient, `${round}-${target.id}`, quiz, options.attempts);
  const port = await freePort();
  await counter.settle();
  const before = await counter.read();
  const server = await startServer({ name: target.id, script: target.script, port, cwd: ROOT, readyPath: READY, env: { ...target.env, DATABASE_URL: database.url } });
  servers.add(server);
  let stopped;
  try {
    const sample = await httpRequest(`${server.baseUrl}/api/attempts/${attempts[0].attemptId}/submission`, {
      method: 'POST',
      headers: { cookie: `cd_session=${attempts[0].token}`, 'content-type': 'application/json' },
      json: JSON.parse(quiz.body),
    });
    log(`${target.id}: ready in ${server.startupMs} ms; sample submission → ${sample.status} ${sample.body.slice(0, 120)}…`);
    let from = 1;
    if (options.warmup > 0) from = (await submitAll(server.baseUrl, attempts, quiz.body, options.connections, options.warmup, from)).next;
    log(`${target.id}: measuring ${options.duration} s × ${options.connections} connections`);
    const run = await submitAll(server.baseUrl, attempts, quiz.body, options.connections, options.duration, from);
    const memory = server.memory();
    stopped = await server.stop();
    servers.delete(server);
    const quiet = await counter.settle();
    const after = await counter.read();
    const submissions = await checkSubmissions(seedClient, attempts);
    const requests = server.readinessRequests + 1 + run.next - 1;
    return {
      id: target.id,
      label: target.label,
      sampleResponse: JSON.parse(sample.body),
      run: { ...run, ranOut: run.next > attempts.length },
      memory,
      exit: stopped,
      submissions,
      transactions: { total: after - before, requests, perRequest: (after - before) / requests, exact: quiet && counter.separate },
    };
  } finally {
    if (!stopped) await server.stop();
    servers.delete(server);
  }
}

function render(report) {
  const { api, baseline } = report.summary;
  const columns = ['Target', 'Submissions/s', 'Mean (ms)', 'p50 (ms)', 'p97.5 (ms)', 'p99 (ms)', 'Requests', 'Non-2xx', 'Errors', 'Tx/request', 'Peak RSS (MiB)'].map(
    (header, i) => ({ header, align: i ? 'right' : undefined }),
  );
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
  return [
    `## POST /api/attempts/:id/submission — API vs. baseline`,
    '',
    `${report.machine.date} · ${describeMachine(report.machine)} · PostgreSQL ${report.database.serverVersion} · commit ${report.commit ?? 'n/a'}, API built ${report.apiBuild.builtAt}`,
    `${report.rounds.length} round(s) × (${s.warmup} s warm-up + ${s.duration} s measured) per target, ${s.connections} connections (learners submitting at once), a quiz of ${QUESTIONS} single-choice questions, every attempt prepared before the clock starts and submitted once.`,
    '',
    markdownTable(columns, [row(api), row(baseline)]),
    '',
    `- Throughput API / baseline: **${formatNumber(report.ratios.throughput, 2)}** (${formatPercent(report.ratios.throughput)}; median of the per-round ratios ${report.rounds.map((r) => formatNumber(r.throughputRatio, 2)).join(', ')})`,
    `- SQL per API submission: ${API_STATEMENTS_NOTE}; it leaves out the completion rule (module, parcours, certificate: the bench's learners never complete) and the quiz domain's validation and scoring of every type (feedback rendered from Markdown).`,
    `- Submissions recorded: ${formatNumber(report.rounds.flatMap((r) => [r.api.submissions.submitted, r.baseline.submissions.submitted]).reduce((a, b) => a + b, 0))}; submitted attempts without exactly one answer per question: **${report.invariantBroken ? 'SOME — see the JSON' : 'none'}**`,
    `- Budget (API ≥ ${BUDGET * 100} % of baseline throughput): **${report.budget.met ? 'met' : 'NOT met'}**`,
    ...report.warnings.map((w) => `- ⚠ ${w}`),
  ].join('\n');
}

async function main(options) {
  const machine = { ...machineInfo(), cpuBusyBeforeStart: await cpuBusyShare(2000) };
  const apiBuild = await copyApiBuild();
  TARGETS[0].script = apiBuild.main;

  const opened = await openDatabase({ dir: 'bench-postgres-quiz', port: 54352 });
  ({ database, counter } = opened);
  const { serverVersion } = opened;

  log('set-up: starting the API (migrations), importing and publishing the quiz, starting the template attempt');
  const { default: pg } = await import('pg');
  const first = await startServer({
    name: 'setup',
    script: apiBuild.main,
    port: await freePort(),
    cwd: ROOT,
    readyPath: READY,
    env: { ...TARGETS[0].env, DATABASE_URL: database.url, LOAD_STARTER_CONTENT: 'false' },
  });
  servers.add(first);
  let quiz;
  try {
    seedClient = new pg.Client({ connectionString: database.url, application_name: 'culture-d-bench-seed' });
    onCleanUp(() => seedClient.end().catch(() => undefined));
    await seedClient.connect();
    await seedClient.query(`DELETE FROM parcours WHERE slug = 'banc-d-essai-quiz'`);
    const [author] = await seedPeople(seedClient, `author-${Date.now()}`, 1, '{learner,author}');
    quiz = await prepareQuiz(first.baseUrl, author);
  } finally {
    await first.stop();
    servers.delete(first);
  }

  const rounds = [];
  for (let i = 0; i < options.rounds; i++) {
    const order = i % 2 ? [...TARGETS].reverse() : TARGETS;
    const round = { round: i + 1, order: order.map((t) => t.id) };
    for (const target of order) {
      if (isInterrupted()) return 130;
      log(`round ${i + 1}/${options.rounds}: ${target.id} (preparing ${options.attempts} open attempts)`);
      round[target.id] = await benchTarget(target, options, quiz, `${Date.now()}-${i + 1}`);
    }
    round.throughputRatio = ratio(round.api.run.requestsPerSec.mean, round.baseline.run.requestsPerSec.mean);
    rounds.push(round);
  }
  await seedClient.end();

  const summary = { api: summarizeTarget(rounds.map((r) => r.api)), baseline: summarizeTarget(rounds.map((r) => r.baseline)) };
  const ratios = {
    throughput: median(rounds.map((r) => r.throughputRatio)),
    p50: ratio(summary.api.latencyMs.p50, summary.baseline.latencyMs.p50),
    p99: ratio(summary.api.latencyMs.p99, summary.baseline.latencyMs.p99),
  };
  const runs = rounds.flatMap((r) => [r.api, r.baseline]);
  const invariantBroken = runs.some((r) => r.submissions.broken > 0);
  const warnings = [];
  if (machine.cpuBusyBeforeStart > BUSY)
    warnings.push(`the machine was not idle before the run (CPUs ${formatPercent(machine.cpuBusyBeforeStart)} busy): rerun on a quiet machine before trusting the numbers`);
  if (shapeOf(rounds[0].api.sampleResponse).join() !== shapeOf(rounds[0].baseline.sampleResponse).join())
    warnings.push('the two servers answer different JSON shapes: the baseline no longer mirrors the API');
  for (const r of runs) {
    if (r.run.non2xx || r.run.errors || r.run.timeouts) warnings.push(`${r.id}: ${r.run.non2xx} non-2xx and ${r.run.errors + r.run.timeouts} errors/timeouts in a measured run`);
    if (r.run.ranOut) warnings.push(`${r.id}: used every prepared attempt (later requests were 409s): raise --attempts`);
    if (r.exit.crashed || r.exit.forced || r.exit.code !== 0) warnings.push(`${r.id}: did not stop cleanly (${JSON.stringify(r.exit)})`);
  }
  const report = {
    benchmark: 'quiz-submit',
    route: 'POST /api/attempts/:id/submission',
    commit: gitCommit(ROOT),
    apiBuild: { path: apiBuild.path, builtAt: apiBuild.builtAt, runFrom: apiBuild.runFrom },
    machine,
    settings: { ...options, questions: QUESTIONS, pipelining: 1 },
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
