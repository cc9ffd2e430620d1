// Bare baseline for `npm run bench:health`: Fastify 5 + a pg Pool, nothing else (no Nest, no TypeORM, no hooks,
// no logging, no helmet/compression). It does the same work as the API's readiness handler
// (libs/shared/server/src/lib/health/health.controller.ts): one query, same SQL and parameters, same JSON shape,
// same status codes. Keep the two in step, or the ratio stops meaning anything.
//
// Env: PORT, HOST (default 127.0.0.1), DATABASE_URL (required), DATABASE_POOL_SIZE (default 10, as the API).
import Fastify from 'fastify';
import pg from 'pg';

const url = process.env['DATABASE_URL'];
if (!url) {
  process.stderr.write('baseline: DATABASE_URL is required\n');
  process.exit(78);
}
const port = Number(process.env['PORT'] ?? 3100);
const host = process.env['HOST'] || '127.0.0.1';

const pool = new pg.Pool({
  connectionString: url,
  max: Number(process.env['DATABASE_POOL_SIZE'] ?? 10), // the API's default pool size (apps/api/src/app/database.ts)
  connectionTimeoutMillis: 5000,
  application_name: 'culture-d-bench-baseline',
});
pool.on('error', () => undefined); // an idle client lost (server restart): the pool replaces it

const app = Fastify({ logger: false });

app.get('/api/health/ready', async (_request, reply) => {
  const start = performance.now();
  try {
    const { rows } = await pool.query('SELECT current_setting($1) AS version', ['server_version']);
    return { status: 'ok', checks: { database: { status: 'up', latencyMs: Math.round((performance.now() - start) * 10) / 10, server: `PostgreSQL ${rows[0].version}` } } };
  } catch {
    void reply.status(503);
    return { status: 'unavailable', checks: { database: { status: 'down' } } };
  }
});

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await app.close().catch(() => undefined);
  await pool.end().catch(() => undefined);
  process.exit(0);
}
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());

try {
  await app.listen({ port, host });
} catch (error) {
  process.stderr.write(`baseline: cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}\n`);
  await pool.end().catch(() => undefined);
  process.exit(69);
}
