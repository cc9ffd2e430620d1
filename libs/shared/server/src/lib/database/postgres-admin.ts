import { Client } from 'pg';
import { redactUrl } from './embedded-postgres';

/** Connects once, with a short timeout, to tell "unreachable" from "slow" at start-up. */
export async function checkConnection(url: string, timeoutMs = 5000): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(`cannot reach PostgreSQL at ${redactUrl(url)}: ${describePgError(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates `database` on the server of `maintenanceUrl` unless it exists. Safe to call concurrently. */
export async function ensureDatabase(maintenanceUrl: string, database: string, template?: string): Promise<void> {
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount) return;
    const templateClause = template ? ` TEMPLATE ${quoteIdent(template)}` : '';
    await client.query(`CREATE DATABASE ${quoteIdent(database)}${templateClause}`).catch((error: { code?: string }) => {
      if (error.code !== '42P04') throw error; // created meanwhile by someone else
    });
  } finally {
    await client.end();
  }
}

export async function dropDatabase(maintenanceUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export function quoteIdent(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

export function describePgError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return describePgError(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    return code ? `${code} ${error.message}`.trim() : error.message;
  }
  return String(error);
}
