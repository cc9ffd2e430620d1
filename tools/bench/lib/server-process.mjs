import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { httpGet } from './http.mjs';

/** Every server child still running, so that a signal or a crash can stop them all. */
const running = new Set();

/** Sends SIGTERM to every server still running (synchronous: safe in signal and `exit` handlers). */
export function terminateAllServers() {
  for (const server of running) server.kill('SIGTERM');
}

/**
 * Spawns `node <script>` with `env` added to this process's environment and waits until `GET <readyPath>` answers 200.
 * Rejects (after stopping the child) if the child exits or does not become ready within `timeoutMs`.
 *
 * @param {{ name: string, script: string, port: number, env?: Record<string, string>, readyPath: string, cwd?: string, timeoutMs?: number }} options
 */
export async function startServer({ name, script, port, env = {}, readyPath, cwd = process.cwd(), timeoutMs = 60_000 }) {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [script], {
    cwd,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  const keep = (chunk) => {
    for (const line of String(chunk).split('\n')) {
      if (!line.trim()) continue;
      tail.push(line);
      if (tail.length > 40) tail.shift();
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  running.add(child);
  /** @type {{ code: number | null, signal: string | null } | undefined} */
  let exitInfo;
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      exitInfo = { code, signal };
      running.delete(child);
      resolve(exitInfo);
    }),
  );
  child.once('error', (error) => keep(`spawn error: ${error.message}`));

  /** SIGTERM, then SIGKILL after `graceMs`. `crashed` is true when the process had already exited on its own. */
  const stop = async (graceMs = 15_000) => {
    if (exitInfo) return { ...exitInfo, forced: false, crashed: true };
    child.kill('SIGTERM');
    const cancel = new AbortController();
    const timer = sleep(graceMs, 'timeout', { signal: cancel.signal }).catch(() => undefined);
    const forced = (await Promise.race([exited, timer])) === 'timeout';
    cancel.abort();
    if (forced) {
      child.kill('SIGKILL');
      await exited;
    }
    return { ...exitInfo, forced, crashed: false };
  };

  const startedAt = performance.now();
  let answered = 0; // requests that reached the server (each may have run the readiness query)
  for (;;) {
    if (exitInfo) {
      throw new Error(`${name} exited during start-up (code ${exitInfo.code}, signal ${exitInfo.signal}). Last output:\n${tail.join('\n')}`);
    }
    if (performance.now() - startedAt > timeoutMs) {
      await stop(5_000);
      throw new Error(`${name} did not answer 200 on ${readyPath} within ${timeoutMs / 1000} s. Last output:\n${tail.join('\n')}`);
    }
    try {
      const { status } = await httpGet(baseUrl + readyPath);
      answered++;
      if (status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }

  return {
    name,
    pid: /** @type {number} */ (child.pid),
    baseUrl,
    startupMs: Math.round(performance.now() - startedAt),
    /** Requests answered while waiting for readiness (they count for "transactions per request"). */
    readinessRequests: answered,
    output: () => tail.slice(),
    memory: () => readMemory(/** @type {number} */ (child.pid)),
    cpuMs: () => readCpuMs(/** @type {number} */ (child.pid)),
    stop,
  };
}

/**
 * Peak (VmHWM) and current (VmRSS) resident set size of a process, in MiB, from /proc (Linux only; null elsewhere).
 * VmHWM is the kernel's high-water mark over the whole life of the process, so reading it once at the end is enough.
 */
export function readMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { peakRssMiB: round(kib('VmHWM') / 1024, 1), rssMiB: round(kib('VmRSS') / 1024, 1) };
  } catch {
    return { peakRssMiB: null, rssMiB: null };
  }
}

/**
 * User + system CPU time used so far, in ms, from /proc (Linux only; null elsewhere): `total` for the whole process (all
 * its threads: libuv's pool too), `main` for its main thread (the JavaScript: framework, handlers, drivers). Read before
 * and after a run, it gives the server's CPU per request: the work, whatever else the machine is doing (wall-clock
 * figures include waiting for a CPU; these do not). Resolution: 10 ms.
 */
export function readCpuMs(pid) {
  const read = (path) => {
    const stat = readFileSync(path, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // after "pid (comm) ": field 3 onwards
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS; // utime, stime (fields 14 and 15)
  };
  try {
    return { total: read(`/proc/${pid}/stat`), main: read(`/proc/${pid}/task/${pid}/stat`) };
  } catch {
    return null;
  }
}

const CLOCK_TICKS = 100; // USER_HZ: 100 on every Linux architecture Node supports

const round = (value, digits) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);
