import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const WORKSPACE = join(__dirname, '..', '..', '..', '..');
export const API_MAIN = join(WORKSPACE, 'dist', 'apps', 'api', 'apps', 'api', 'src', 'main.js');
export const WEB_DIST = join(WORKSPACE, 'dist', 'apps', 'web', 'browser');

export interface RunningServer {
  baseUrl: string;
  process: ChildProcess;
  output: () => string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs the built API (`npx nx build api`) as its own process and waits until it is ready. */
export async function startServer(env: NodeJS.ProcessEnv, readyTimeoutMs = 45000): Promise<RunningServer> {
  if (!existsSync(API_MAIN)) throw new Error(`Build the API first: ${API_MAIN} is missing (npx nx build api).`);
  const port = Number(env['PORT'] ?? (await freePort()));
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: WORKSPACE,
    env: { PATH: process.env['PATH'], HOST: '127.0.0.1', LOG_LEVEL: 'warn', WEB_DIST, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/api/health/ready`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API was not ready after ${readyTimeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Runs the built API expecting it to refuse to start; returns its exit code and output. */
export async function runUntilExit(env: NodeJS.ProcessEnv, timeoutMs = 20000): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const child = spawn(process.execPath, [API_MAIN], { cwd: WORKSPACE, env: { PATH: process.env['PATH'], LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  return { code, stderr, stdout };
}
