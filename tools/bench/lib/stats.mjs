import { execFileSync } from 'node:child_process';

/** Median of the finite values, or null. */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** a / b when both are finite numbers and b is not 0, else null. */
export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b ? a / b : null);

export const sum = (values) => values.reduce((acc, v) => acc + v, 0);

/** Key paths and value types of a JSON value, to check that the API and its baseline answer the same shape. */
export function shapeOf(value, path = '') {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.keys(value)
      .sort()
      .flatMap((key) => shapeOf(value[key], path ? `${path}.${key}` : key));
  }
  return [`${path}:${Array.isArray(value) ? 'array' : typeof value}`];
}

/** The short commit the run measured, or null outside a git checkout. */
export function gitCommit(cwd) {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/**
 * One target over all rounds: medians of the per-round figures, totals of the counts, the highest peak RSS.
 * Each run: `{ id, label, run: summarize(autocannon), memory: { peakRssMiB }, transactions: { total, requests } }`.
 */
export function summarizeTarget(runs) {
  const transactions = sum(runs.map((r) => r.transactions.total));
  const requests = sum(runs.map((r) => r.transactions.requests));
  return {
    id: runs[0].id,
    label: runs[0].label,
    requestsPerSec: median(runs.map((r) => r.run.requestsPerSec.mean)),
    latencyMs: Object.fromEntries(['mean', 'p50', 'p97_5', 'p99'].map((k) => [k, median(runs.map((r) => r.run.latencyMs[k]))])),
    completed: sum(runs.map((r) => r.run.completed)),
    non2xx: sum(runs.map((r) => r.run.non2xx)),
    errors: sum(runs.map((r) => r.run.errors + r.run.timeouts)),
    transactionsPerRequest: requests ? transactions / requests : null,
    peakRssMiB: Math.max(...runs.map((r) => r.memory.peakRssMiB ?? NaN)),
  };
}
