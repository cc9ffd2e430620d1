// npm run db:migration:revert — reverts the last migration on DATABASE_URL (an external database only).
import { runTypeorm } from './typeorm-cli.mjs';

if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL to the database to revert (the embedded one: postgres://postgres:culture-d-local@127.0.0.1:54329/culture_d while npm start runs).');
  process.exit(64);
}
runTypeorm(['migration:revert', '-d', 'apps/api/src/data-source.ts'], process.env);
