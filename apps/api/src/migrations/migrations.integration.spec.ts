import {
  TEST_SERVER_URL_ENV,
  dropDatabase,
  ensureDatabase,
  withDatabase,
} from '@culture-d/shared/server';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../app/database';
import { migrations } from './index';

/** Every migration goes up, comes down cleanly, and the result matches the entities exactly. */
describe('migrations', () => {
  const name = `migrations_${randomBytes(4).toString('hex')}`;
  const server = process.env[TEST_SERVER_URL_ENV] as string;
  let dataSource: DataSource;

  beforeAll(async () => {
    await ensureDatabase(server, name);
    dataSource = new DataSource(
      dataSourceOptions(withDatabase(server, name), 2),
    );
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(server, name);
  });

  const tables = async () =>
    (
      (await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
      )) as { table_name: string }[]
    ).map((r) => r.table_name);

  it('applies them all on an empty database, in order', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(
      migrations.map((m) => new m().name),
    );
    expect(await tables()).toEqual(
      expect.arrayContaining(['user_account', 'session']),
    );
  });

  it('leaves nothing for TypeORM to generate: the entities and the migrations agree', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('reverts every one of them, then applies them again', async () => {
    for (let i = 0; i < migrations.length; i += 1)
      await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    expect(await dataSource.showMigrations()).toBe(true);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
