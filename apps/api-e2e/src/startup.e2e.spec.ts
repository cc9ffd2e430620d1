import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { WORKSPACE, freePort, runUntilExit, startServer } from './support/server';

function postgresProcessesFor(dataDir: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes('postgres') && line.includes(dataDir));
}

describe('starting and stopping the API', () => {
  it('refuses a bad PORT with one clear line and the EX_CONFIG exit code', async () => {
    const { code, stderr } = await runUntilExit({ PORT: 'abc' });
    expect(code).toBe(78);
    expect(stderr.trim().split('\n')).toEqual(['Culture D cannot start: configuration error: PORT must be a whole number between 1 and 65535 (got "abc")']);
  });

  it('refuses an unreachable DATABASE_URL quickly, with one line and no stack trace', async () => {
    const port = await freePort(); // nobody listens there
    const started = Date.now();
    const { code, stderr } = await runUntilExit({ DATABASE_URL: `postgres://someone:secret@127.0.0.1:${port}/culture_d`, PORT: String(await freePort()) });
    expect(code).toBe(69);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Culture D cannot start: cannot reach PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:\d+\/culture_d: ECONNREFUSED/);
    expect(stderr).not.toContain('secret');
    expect(Date.now() - started).toBeLessThan(15000);
  });

  it('starts its own PostgreSQL when no DATABASE_URL is given, stops it on SIGTERM, and reuses the data on the next start', async () => {
    const dataDir = join(WORKSPACE, 'tmp', `e2e-embedded-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    const env = { DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) };
    try {
      const first = await startServer(env, 90000);
      const ready = await (await fetch(`${first.baseUrl}/api/health/ready`)).json();
      expect(ready).toMatchObject({ status: 'ok', checks: { database: { status: 'up' } } });
      // Leave a mark in the application database.
      const client = new Client({ connectionString: `postgres://postgres:culture-d-local@127.0.0.1:${env.EMBEDDED_POSTGRES_PORT}/culture_d` });
      await client.connect();
      await client.query('CREATE TABLE e2e_marker (note text)');
      await client.query("INSERT INTO e2e_marker VALUES ('still here')");
      await client.end();

      expect(await first.stop()).toBe(0);
      expect(postgresProcessesFor(dataDir)).toEqual([]);

      const second = await startServer(env, 60000);
      const again = new Client({ connectionString: `postgres://postgres:culture-d-local@127.0.0.1:${env.EMBEDDED_POSTGRES_PORT}/culture_d` });
      await again.connect();
      const { rows } = await again.query('SELECT note FROM e2e_marker');
      await again.end();
      expect(rows).toEqual([{ note: 'still here' }]);
      expect(await second.stop()).toBe(0);
      expect(postgresProcessesFor(dataDir)).toEqual([]);
    } finally {
      for (const line of postgresProcessesFor(dataDir)) process.kill(Number(line.trim().split(/\s+/)[0]), 'SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
