// npm run db:migration:generate -- AddWorkshops
// Generates a migration from the difference between the entities and a database migrated to the latest migration.
// Without DATABASE_URL, a throwaway embedded PostgreSQL is started, migrated, compared and removed.
// The generated file lands in apps/api/src/migrations: review it, give it a readable `down`, and add it to index.ts.
import { runTypeorm, withDatabase } from './typeorm-cli.mjs';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run db:migration:generate -- PascalCaseName');
  process.exit(64);
}
await withDatabase(async (env) => {
  runTypeorm(['migration:run', '-d', 'apps/api/src/data-source.ts'], env);
  runTypeorm(['migration:generate', `apps/api/src/migrations/${name}`, '-d', 'apps/api/src/data-source.ts', '--pretty'], env);
});
