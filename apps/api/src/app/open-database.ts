import { checkConnection, ensureDatabase, startEmbeddedPostgres, withDatabase, type RunningPostgres } from '@culture-d/shared/server';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './database';

export const APP_DATABASE = 'culture_d';
export const EMBEDDED_CREDENTIALS = 'postgres:culture-d-local';

export interface OpenedDatabase {
  url: string;
  /** Set when this process started the embedded server (and must stop it). */
  embedded?: RunningPostgres;
}

/**
 * `DATABASE_URL`'s server, checked once; else the embedded PostgreSQL in `$DATA_DIR/postgres` — reused when another
 * process of ours (a running `npm start`) already serves it, started otherwise.
 */
export async function openDatabase(config: AppConfig, log: (line: string) => void = () => undefined): Promise<OpenedDatabase> {
  if (config.databaseUrl) {
    await checkConnection(config.databaseUrl);
    return { url: config.databaseUrl };
  }
  const running = `postgres://${EMBEDDED_CREDENTIALS}@127.0.0.1:${config.embeddedPostgresPort}/postgres`;
  const alreadyUp = await checkConnection(running, 1000).then(
    () => true,
    () => false,
  );
  const embedded = alreadyUp ? undefined : await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'postgres'), port: config.embeddedPostgresPort, onLog: log });
  try {
    await ensureDatabase(running, APP_DATABASE);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return { url: withDatabase(running, APP_DATABASE), embedded };
}

/** Applies pending migrations, each in its own transaction; returns their names. */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, 1));
  await dataSource.initialize();
  try {
    return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
