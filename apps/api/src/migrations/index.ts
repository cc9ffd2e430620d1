import { PostgresExtensions1764000000000 } from './1764000000000-postgres-extensions';

/** Every migration, in order. Generated with `npm run db:migration:generate`, reviewed, each with a `down`. */
export const migrations = [PostgresExtensions1764000000000];
