import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname } from 'node:path';

/**
 * Share (0–1) of all CPUs' time spent busy during the next `ms` milliseconds, from the kernel's counters: taken before
 * a run starts, it tells whether something else is using the machine (the 1-minute load average lags by a minute).
 */
export async function cpuBusyShare(ms = 1000) {
  const total = () => os.cpus().reduce((acc, cpu) => {
    const t = cpu.times;
    acc.all += t.user + t.nice + t.sys + t.idle + t.irq;
    acc.idle += t.idle;
    return acc;
  }, { all: 0, idle: 0 });
  const before = total();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = total();
  const all = after.all - before.all;
  return all > 0 ? Number((1 - (after.idle - before.idle) / all).toFixed(3)) : null;
}

/** What the numbers depend on: put it next to every result. */
export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
    totalMemoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    platform: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    /** 1-minute load average when the run started: well above 0 means something else competed for the CPUs. */
    loadAverage1m: Number(os.loadavg()[0].toFixed(2)),
    date: new Date().toISOString(),
  };
}

/**
 * A GitHub-flavoured Markdown table.
 * @param {{ header: string, align?: 'left' | 'right' }[]} columns
 * @param {(string | number)[][]} rows
 */
export function markdownTable(columns, rows) {
  const cells = [columns.map((c) => c.header), ...rows.map((row) => row.map(String))];
  const widths = columns.map((_, i) => Math.max(3, ...cells.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => (columns[i].align === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (columns[i].align === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** 12345.6 → "12,346"; null → "n/a" */
export function formatNumber(value, digits = 0) {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatPercent(ratio) {
  return Number.isFinite(ratio) ? `${(ratio * 100).toFixed(1)} %` : 'n/a';
}

export function describeMachine(machine) {
  const busy = machine.cpuBusyBeforeStart === undefined ? '' : `, CPUs ${formatPercent(machine.cpuBusyBeforeStart)} busy just before the run`;
  return `${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemoryGiB} GiB RAM, ${machine.platform}, Node ${machine.node}, load average ${machine.loadAverage1m} at start${busy}`;
}

/** Writes `<base>.json` and `<base>.md`, creating the folder. */
export async function writeReport(base, json, markdown) {
  await mkdir(dirname(base), { recursive: true });
  await writeFile(`${base}.json`, `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(`${base}.md`, `${markdown}\n`);
  return [`${base}.json`, `${base}.md`];
}
