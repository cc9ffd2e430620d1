import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase } from './postgres-admin';
import { withDatabase } from './embedded-postgres';

/** Set by the Jest global setup of integration suites: the server URL and the migrated template's name. */
export const TEST_SERVER_URL_ENV = 'CULTURE_D_TEST_SERVER_URL';
export const TEST_TEMPLATE_ENV = 'CULTURE_D_TEST_TEMPLATE';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A fresh database cloned from the migrated template, one per test file, so files run in parallel and never
 * see each other's rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env[TEST_SERVER_URL_ENV];
  const template = process.env[TEST_TEMPLATE_ENV];
  if (!serverUrl || !template) {
    throw new Error('No test PostgreSQL: run this suite through its Jest config, whose global setup starts one.');
  }
  const name = `test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(serverUrl, name, template);
  return { url: withDatabase(serverUrl, name), name, drop: () => dropDatabase(serverUrl, name) };
}
