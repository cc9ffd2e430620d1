import './register-ts-paths';
import { DataSource } from 'typeorm';
import { TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV, dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase } from '@culture-d/shared/server';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { dataSourceOptions } from '../app/database';

/**
 * Jest global setup for integration suites (any project may point its `globalSetup` here): a real PostgreSQL —
 * `DATABASE_URL`'s server when given, else an embedded one in a private folder on a free port — and a template
 * database migrated once, which every test file clones (`createTestDatabase()`).
 */
export default async function setup(): Promise<void> {
  const template = `cd_template_${process.pid}`;
  let serverUrl: string;
  if (process.env['DATABASE_URL']) {
    serverUrl = process.env['DATABASE_URL'];
  } else {
    const dataDir = join(process.cwd(), 'tmp', `jest-postgres-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    serverUrl = server.url;
    (globalThis as Record<string, unknown>)['__CULTURE_D_PG__'] = { stop: server.stop, dataDir };
  }
  await dropDatabase(serverUrl, template);
  await ensureDatabase(serverUrl, template);
  const dataSource = new DataSource(dataSourceOptions(withDatabase(serverUrl, template), 1));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.env[TEST_SERVER_URL_ENV] = serverUrl;
  process.env[TEST_TEMPLATE_ENV] = template;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
