import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../migrations';
import { entities } from './entities';

/** One definition of the connection, used by the app, the migration CLI and the test template. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    // gen_random_uuid() is built into PostgreSQL 13+: no uuid-ossp extension.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    url,
    migrations,
    entities,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    poolSize,
    extra: { application_name: 'culture-d', connectionTimeoutMillis: 5000 },
  };
}
