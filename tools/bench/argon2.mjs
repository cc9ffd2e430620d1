#!/usr/bin/env node
// `npm run bench:argon2` — what one argon2id hash (and one verification) costs on this machine, for the parameter sets
// OWASP lists as equivalent (and one heavier reference), sequentially and with 2 and 4 hashes in flight. A report, not
// a test: it never fails on numbers, only on a bad flag (exit 64), an argon2 error (exit 1) or when interrupted (exit
// 130). Feeds docs/adr/0008-password-hashing.md and the ceiling line of `npm run bench:sign-in`. See tools/bench/README.md.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import argon2 from 'argon2';
import { parseNumericFlags, UsageError } from './lib/args.mjs';
import { cpuBusyShare, describeMachine, formatNumber, formatPercent, machineInfo, markdownTable, writeReport } from './lib/report.mjs';
import { readMemory } from './lib/server-process.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HASHER_SOURCE = join(ROOT, 'libs/identity/server/src/lib/services/password-hasher.ts');
const OUTPUT = join(ROOT, 'dist/bench/argon2');
const BUSY = 0.2; // share of CPU time used by others in the 2 s before the run above which the report warns
const PASSWORD = "une phrase de passe pour le banc d'essai"; // the length of a real pass phrase: argon2's cost barely depends on it

/**
 * OWASP Password Storage Cheat Sheet, argon2id: five settings of equal defence (m × t roughly constant), plus
 * m = 64 MiB, t = 3 (RFC 9106's second recommendation, "memory-constrained") as a heavier reference. p = 1 everywhere.
 */
const CANDIDATES = [
  { memoryCost: 47104, timeCost: 1, source: 'OWASP' },
  { memoryCost: 19456, timeCost: 2, source: 'OWASP' },
  { memoryCost: 12288, timeCost: 3, source: 'OWASP' },
  { memoryCost: 9216, timeCost: 4, source: 'OWASP' },
  { memoryCost: 7168, timeCost: 5, source: 'OWASP' },
  { memoryCost: 65536, timeCost: 3, source: 'reference (RFC 9106)' },
].map((c) => ({ ...c, parallelism: 1 }));

const CONCURRENCY = [2, 4]; // hashes in flight: the libuv thread pool runs at most UV_THREADPOOL_SIZE (default 4) at once

const FLAGS = {
  iterations: { default: 30, min: 5, max: 1000, help: 'sequential hashes (and as many verifications) timed per setting' },
  warmup: { default: 3, min: 0, max: 100, help: 'untimed hashes before each setting' },
  concurrent: { default: 40, min: 4, max: 10000, help: 'hashes per concurrent run (2 and 4 in flight)' },
  rounds: { default: 3, min: 1, max: 20, help: 'rounds over all settings (order rotates); the report gives medians' },
};

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    process.stderr.write(`\nbench: ${signal}, stopping after the hashes in flight…\n`);
    process.exit(130); // nothing to clean up: no child process, no file written yet
  });
}

const log = (line) => process.stderr.write(`bench: ${line}\n`);

/** The API's parameters, read from its source so that the table marks the right row (null if the file changed shape). */
function apiParameters() {
  try {
    const source = readFileSync(HASHER_SOURCE, 'utf8');
    const number = (key) => Number(new RegExp(`${key}:\\s*(\\d+)`).exec(source)?.[1] ?? NaN);
    const found = { memoryCost: number('memoryCost'), timeCost: number('timeCost'), parallelism: number('parallelism') };
    return Object.values(found).every(Number.isInteger) ? found : null;
  } catch {
    return null;
  }
}

const sameParameters = (a, b) => !!a && !!b && a.memoryCost === b.memoryCost && a.timeCost === b.timeCost && a.parallelism === b.parallelism;
const label = (c) => `m=${c.memoryCost} t=${c.timeCost} p=${c.parallelism}`;

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const mean = (values) => values.reduce((acc, v) => acc + v, 0) / values.length;
/** Nearest-rank percentile (p95 of 30 samples is the 29th smallest). */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const round2 = (value) => Number(value.toFixed(2));
/** User + system CPU time of the whole process (all threads, so the libuv pool's too), in ms. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Times `count` sequential calls of `fn`: wall-clock samples in ms and the CPU time they took per call. */
async function sequential(count, fn) {
  const samples = [];
  const cpuBefore = cpuMs();
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  const cpuPerCall = (cpuMs() - cpuBefore) / count;
  return { meanMs: round2(mean(samples)), p95Ms: round2(percentile(samples, 95)), minMs: round2(Math.min(...samples)), maxMs: round2(Math.max(...samples)), cpuMsPerCall: round2(cpuPerCall), samplesMs: samples.map(round2) };
}

/** `total` hashes with `inFlight` of them running at any time; hashes per second of wall-clock time. */
async function concurrent(total, inFlight, options) {
  let started = 0;
  const cpuBefore = cpuMs();
  const start = performance.now();
  const worker = async () => {
    while (started < total) {
      started++;
      await argon2.hash(PASSWORD, options);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = (performance.now() - start) / 1000;
  return { inFlight, hashes: total, seconds: round2(seconds), hashesPerSec: round2(total / seconds), cpuMsPerHash: round2((cpuMs() - cpuBefore) / total) };
}

async function benchCandidate(candidate, options) {
  const hashOptions = { type: argon2.argon2id, memoryCost: candidate.memoryCost, timeCost: candidate.timeCost, parallelism: candidate.parallelism };
  for (let i = 0; i < options.warmup; i++) await argon2.hash(PASSWORD, hashOptions);
  const hash = await sequential(options.iterations, () => argon2.hash(PASSWORD, hashOptions));
  const encoded = await argon2.hash(PASSWORD, hashOptions);
  const verify = await sequential(options.iterations, async () => {
    if (!(await argon2.verify(encoded, PASSWORD))) throw new Error(`argon2.verify refused its own hash (${label(candidate)})`);
  });
  const inFlight = [];
  for (const n of CONCURRENCY) inFlight.push(await concurrent(options.concurrent, n, hashOptions));
  return { ...candidate, encodedLength: encoded.length, hash, verify, concurrent: inFlight };
}

/** One setting over all rounds: medians of the per-round figures. */
function summarize(runs, api) {
  const first = runs[0];
  const pick = (fn) => round2(median(runs.map(fn)));
  return {
    memoryCost: first.memoryCost,
    timeCost: first.timeCost,
    parallelism: first.parallelism,
    source: first.source,
    api: sameParameters(first, api),
    memoryMiB: round2(first.memoryCost / 1024),
    hashMeanMs: pick((r) => r.hash.meanMs),
    hashP95Ms: pick((r) => r.hash.p95Ms),
    verifyMeanMs: pick((r) => r.verify.meanMs),
    verifyP95Ms: pick((r) => r.verify.p95Ms),
    cpuMsPerHash: pick((r) => r.hash.cpuMsPerCall),
    hashesPerSec: Object.fromEntries(CONCURRENCY.map((n, i) => [n, pick((r) => r.concurrent[i].hashesPerSec)])),
    hashMeanRangeMs: [Math.min(...runs.map((r) => r.hash.meanMs)), Math.max(...runs.map((r) => r.hash.meanMs))],
  };
}

function render(report) {
  const columns = [
    { header: 'Parameters (argon2id)' },
    { header: 'Memory (MiB)', align: 'right' },
    { header: 'Hash mean (ms)', align: 'right' },
    { header: 'Hash p95 (ms)', align: 'right' },
    { header: 'Verify mean (ms)', align: 'right' },
    { header: 'Verify p95 (ms)', align: 'right' },
    { header: 'CPU ms/hash', align: 'right' },
    ...CONCURRENCY.map((n) => ({ header: `Hashes/s (${n} in flight)`, align: 'right' })),
    { header: `Ceiling (${report.machine.cpus} cores, /s)`, align: 'right' },
  ];
  const rows = report.summary.map((s) => [
    `${label(s)}${s.api ? ' (API)' : ''}${s.source === 'OWASP' ? '' : ` — ${s.source}`}`,
    formatNumber(s.memoryMiB, 1),
    formatNumber(s.hashMeanMs, 1),
    formatNumber(s.hashP95Ms, 1),
    formatNumber(s.verifyMeanMs, 1),
    formatNumber(s.verifyP95Ms, 1),
    formatNumber(s.cpuMsPerHash, 1),
    ...CONCURRENCY.map((n) => formatNumber(s.hashesPerSec[n], 1)),
    formatNumber(s.ceilingPerSec, 0),
  ]);
  const o = report.settings;
  const n = o.rounds;
  return [
    '## argon2id: cost of one hash on this machine',
    '',
    `${report.machine.date} · ${describeMachine(report.machine)} · argon2 ${report.argon2Version} (libuv thread pool: ${report.threadPoolSize}) · commit ${report.commit ?? 'n/a'}`,
    `${n} round${n > 1 ? 's' : ''} × (${o.warmup} warm-up + ${o.iterations} sequential hashes + ${o.iterations} verifications + ${o.concurrent} hashes at each of ${CONCURRENCY.join(' and ')} in flight) per setting, p = 1, a ${PASSWORD.length}-character password.` +
      (n > 1 ? ' Every figure is the median over the rounds.' : ''),
    '',
    markdownTable(columns, rows),
    '',
    '- Hash/verify mean and p95: wall-clock time of one call, one at a time (p95: nearest rank). CPU ms/hash: CPU time of the process (all threads) per sequential hash: less sensitive to other work on the machine than wall-clock time.',
    `- Hashes/s (n in flight): ${o.concurrent} hashes with n running at once on the libuv pool, divided by the wall-clock time. Ceiling: ${report.machine.cpus} cores × 1000 ÷ CPU ms/hash, the most hashes (or verifications, which cost the same) per second this machine could compute if it did nothing else; on an idle machine CPU ms/hash and the hash mean agree, on a busy one the hash mean includes waiting for a CPU.`,
    ...(report.api ? [`- The API uses ${label(report.api)} (${HASHER_SOURCE.replace(`${ROOT}/`, '')}).`] : ['- ⚠ could not read the API\'s parameters from its source']),
    ...report.warnings.map((w) => `- ⚠ ${w}`),
  ].join('\n');
}

async function main() {
  let options;
  try {
    options = parseNumericFlags(process.argv.slice(2), FLAGS);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`bench: ${error.message}\n`);
      process.exit(64);
    }
    throw error;
  }
  const machine = { ...machineInfo(), cpuBusyBeforeStart: await cpuBusyShare(2000) };
  const api = apiParameters();
  const argon2Version = JSON.parse(readFileSync(join(ROOT, 'node_modules/argon2/package.json'), 'utf8')).version;
  const threadPoolSize = Number(process.env['UV_THREADPOOL_SIZE'] ?? 4);

  // Each round rotates the order (A B C…, B C… A, …) so that a drift of the machine does not always hit the same setting.
  const rounds = [];
  for (let i = 0; i < options.rounds; i++) {
    const order = [...CANDIDATES.slice(i % CANDIDATES.length), ...CANDIDATES.slice(0, i % CANDIDATES.length)];
    const results = [];
    for (const candidate of order) {
      if (interrupted) return 130;
      log(`round ${i + 1}/${options.rounds}: ${label(candidate)}`);
      const result = await benchCandidate(candidate, options);
      log(`  hash ${result.hash.meanMs} ms (p95 ${result.hash.p95Ms}), verify ${result.verify.meanMs} ms, ${result.concurrent.map((c) => `${c.hashesPerSec}/s at ${c.inFlight}`).join(', ')}`);
      results.push(result);
    }
    rounds.push({ round: i + 1, order: order.map(label), results });
  }

  const summary = CANDIDATES.map((candidate) => {
    const runs = rounds.map((r) => r.results.find((x) => sameParameters(x, candidate)));
    const s = summarize(runs, api);
    // CPU time, not wall-clock time: on a shared machine a hash waits for the CPU, which inflates its wall-clock time but
    // not the work it needs. On an idle machine the two agree (p = 1: one thread per hash).
    return { ...s, ceilingPerSec: round2((machine.cpus * 1000) / s.cpuMsPerHash), ceilingByWallClockPerSec: round2((machine.cpus * 1000) / s.verifyMeanMs) };
  });

  const warnings = [];
  if (machine.cpuBusyBeforeStart > BUSY) {
    warnings.push(`the machine was not idle before the run (CPUs ${formatPercent(machine.cpuBusyBeforeStart)} busy, 1-minute load average ${machine.loadAverage1m} on ${machine.cpus} CPUs): wall-clock times include waiting for the CPU; CPU ms/hash is the steadier figure`);
  }
  for (const s of summary) {
    const [low, high] = s.hashMeanRangeMs;
    if (options.rounds > 1 && high / low > 1.25) warnings.push(`${label(s)}: the per-round hash means spread widely (${formatNumber(low, 1)}–${formatNumber(high, 1)} ms): the machine's speed varied during the run`);
  }
  if (api && !summary.some((s) => s.api)) warnings.push(`the API's parameters (${label(api)}) are not among the candidates`);
  const memory = readMemory(process.pid);

  const report = {
    benchmark: 'argon2',
    commit: gitCommit(),
    machine,
    argon2Version,
    threadPoolSize,
    settings: { ...options, concurrency: CONCURRENCY, passwordLength: PASSWORD.length, type: 'argon2id' },
    api,
    summary,
    peakRssMiB: memory.peakRssMiB,
    warnings,
    rounds,
  };
  const markdown = render(report);
  process.stdout.write(`\n${markdown}\n\n`);
  const files = await writeReport(OUTPUT, report, markdown);
  log(`wrote ${files.map((f) => f.replace(`${ROOT}/`, '')).join(' and ')}`);
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
}
process.exit(code);
