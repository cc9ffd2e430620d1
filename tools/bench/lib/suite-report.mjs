// The Markdown of `npm run bench` (tools/bench/suite.mjs), from its JSON report: `node tools/bench/lib/suite-report.mjs
// dist/bench/suite.json` prints it again (after a change of layout, or for another run's JSON).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeMachine, formatNumber, markdownTable } from './report.mjs';
import { ratio } from './stats.mjs';

/** p50 at the large size ÷ p50 at the small size, for the endpoints measured at both. */
export const MAX_GROWTH = 1.5;

/** What a row of the table says about one endpoint: ratios, budgets met or not, and why. */
export function judge(endpoint, api, baseline, growth) {
  const reasons = [];
  let met = true;
  if (api?.error || baseline?.error) return { met: false, reasons: [`not measured: ${api?.error ?? baseline?.error}`] };
  const throughput = ratio(api.run.requestsPerSec.mean, baseline.run.requestsPerSec.mean);
  if (!baseline.run.completed && api.run.completed) {
    reasons.push('the baseline answered nothing within 10 s (no ratio)');
  } else if (!(throughput >= endpoint.budget)) {
    met = false;
    reasons.push(`throughput ${formatNumber(throughput, 2)} < ${endpoint.budget}`);
  }
  if (api.statements && Math.abs(api.statements.perRequest - endpoint.statements) > 0.05) {
    met = false;
    reasons.push(`${formatNumber(api.statements.perRequest, 1)} statements, designed ${endpoint.statements}`);
  }
  if (api.run.non2xx || api.run.errors || api.run.timeouts) {
    met = false;
    reasons.push(`${api.run.non2xx} non-2xx, ${api.run.errors + api.run.timeouts} errors`);
  }
  if (!api.run.completed) {
    met = false;
    reasons.push(`no answer within autocannon's 10 s (the sample took ${formatNumber(api.sample.ms)} ms)`);
  }
  if (endpoint.scale && growth !== undefined && api.run.completed && !(growth <= MAX_GROWTH)) {
    met = false;
    reasons.push(`p50 × ${formatNumber(growth, 2)} at the large size (> ${MAX_GROWTH})`);
  }
  return { met, throughput, reasons };
}

export function renderSuite(report) {
  const columns = [
    'Endpoint',
    'Learners',
    'API req/s',
    'Baseline req/s',
    'Ratio',
    'API p50 / p97.5 / p99 (ms)',
    'Baseline p50 / p97.5 / p99 (ms)',
    'SQL/req API (designed)',
    'SQL/req baseline',
    'CPU ms/req API / baseline',
    'Peak RSS API / baseline (MiB)',
    'Budget',
  ].map((header, i) => ({ header, align: i > 1 && i < 11 ? 'right' : undefined }));
  const lat = (r) => (r?.run ? `${formatNumber(r.run.latencyMs.p50)} / ${formatNumber(r.run.latencyMs.p97_5)} / ${formatNumber(r.run.latencyMs.p99)}` : 'n/a');
  const rows = report.rows.map((row) => [
    `${row.label} \`${row.route}\``,
    formatNumber(row.learners),
    formatNumber(row.api?.run?.requestsPerSec.mean),
    formatNumber(row.baseline?.run?.requestsPerSec.mean),
    formatNumber(row.throughput, 2),
    lat(row.api),
    lat(row.baseline),
    `${formatNumber(row.api?.statements?.perRequest, 1)} (${row.designed})`,
    formatNumber(row.baseline?.statements?.perRequest, 1),
    `${formatNumber(row.api?.cpuMsPerRequest, 2)} / ${formatNumber(row.baseline?.cpuMsPerRequest, 2)}`,
    `${formatNumber(row.api?.memory?.peakRssMiB, 0)} / ${formatNumber(row.baseline?.memory?.peakRssMiB, 0)}`,
    `${row.budget.met ? '✓' : '✗'}${row.budget.reasons.length ? ` ${row.budget.reasons.join('; ')}` : ''}`,
  ]);
  const o = report.settings;
  const growth = report.growth.map((g) => `${g.label}: API × ${formatNumber(g.api, 2)}, baseline × ${formatNumber(g.baseline, 2)}`).join('; ');
  return [
    `## Benchmark suite — API vs. baseline`,
    '',
    `${report.machine.date} · ${describeMachine(report.machine)} · PostgreSQL ${report.database.serverVersion} (${report.database.embedded ? 'embedded, same machine' : 'DATABASE_URL'}) · commit ${report.commit ?? 'n/a'}, API built ${report.apiBuild.builtAt}`,
    `One round per endpoint and target (${o.warmup} s warm-up + ${o.duration} s measured), one server per target and pass; ${formatNumber(o.small)} learners enrolled in \`${report.parcours.slug}\` (${report.parcours.activities} activities) for the first pass${o.large ? `, ${formatNumber(o.large)} for the second` : ''}. Ran in ${formatNumber(report.elapsedSec)} s.`,
    '',
    markdownTable(columns, rows),
    '',
    `- **Budgets**: API ≥ 50 % of the baseline's requests/s (≥ 30 % for quiz submission and sign-in), SQL statements per request equal to the design, p50 at ${formatNumber(o.large)} learners ≤ ${MAX_GROWTH} × p50 at ${formatNumber(o.small)} (progress page, quiz start, funnel). Met: **${report.rows.filter((r) => r.budget.met).length} of ${report.rows.length}** rows.`,
    `- **Latency growth** (p50 at the large ÷ at the small size): ${growth || 'n/a (no large pass)'}.`,
    `- **SQL/req**: statements PostgreSQL executed (pg_stat_statements, BEGIN/COMMIT not counted) over ${o.probe} requests sent one at a time right after each measured run, ÷ ${o.probe}; a signed-in session's \`last_seen_at\` write (once a minute) can add a fraction.`,
    "- **CPU ms/req**: the server process's CPU time (user + system, from /proc) over the measured run ÷ its answers: the work itself, which waiting for a busy CPU does not inflate; on a shared machine, the steadier comparison.",
    "- **Peak RSS**: the server's VmHWM, reset before each measured run (`/proc/<pid>/clear_refs`), read after it: the most memory held resident during that endpoint's run.",
    ...report.notes.map((n) => `- ${n}`),
    ...report.warnings.map((w) => `- ⚠ ${w}`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(`${renderSuite(JSON.parse(readFileSync(process.argv[2], 'utf8')))}\n`);
