import type { FunnelStep } from '@culture-d/analytics/contracts';

/** One step of the funnel, named for people (a module's title, or "Enrolled" / "Completed"). */
export interface NamedStep extends FunnelStep {
  readonly label: string;
}

export interface FunnelBar extends NamedStep {
  /** Top of the step's label line; the bar sits below it. */
  readonly labelY: number;
  readonly barY: number;
  readonly barWidth: number;
  /** Where the count is written, just after the bar. */
  readonly valueX: number;
}

export interface FunnelLayout {
  readonly width: number;
  /** The bars' full length (the enrolled count). */
  readonly plotWidth: number;
  readonly height: number;
  readonly barHeight: number;
  readonly bars: readonly FunnelBar[];
}

/** Close to a phone's width, so that the labels keep their size there; the page caps the drawing at 32rem. */
export const CHART_WIDTH = 400;
const BAR_HEIGHT = 24;
const LABEL_HEIGHT = 22;
const ROW_GAP = 14;
/** Room kept after the longest bar for its count ("1 234 (100 %)"). */
const VALUE_ROOM = 110;

/**
 * Horizontal bars, one row a step (label above the bar, so long module titles fit a phone), scaled to the enrolled
 * count: the first bar is the widest, and each one shows the share that reached the step. A step with nobody keeps a
 * visible hairline so that the row does not read as missing.
 */
export function funnelLayout(steps: readonly NamedStep[]): FunnelLayout {
  const max = Math.max(1, ...steps.map((s) => s.count));
  const plot = CHART_WIDTH - VALUE_ROOM;
  const row = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP;
  const bars = steps.map((step, i) => {
    const barWidth = step.count === 0 ? 2 : Math.max(2, Math.round((step.count / max) * plot));
    return { ...step, labelY: i * row, barY: i * row + LABEL_HEIGHT, barWidth, valueX: barWidth + 8 };
  });
  return { width: CHART_WIDTH, plotWidth: plot, height: Math.max(row, steps.length * row - ROW_GAP), barHeight: BAR_HEIGHT, bars };
}

/** A share as a whole percentage in the interface's language ("60 %" / "60%"); an en dash when there is none. */
export function percent(rate: number | null, language: string): string {
  if (rate === null || !Number.isFinite(rate)) return '–';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

export function decimal(value: number | null, language: string, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** The chart's text alternative in one sentence a screen reader reads as the image: each step, its count and share. */
export function funnelSummary(steps: readonly NamedStep[], language: string): string {
  return steps.map((s, i) => (i === 0 ? `${s.label} : ${s.count}` : `${s.label} : ${s.count} (${percent(s.rate, language)})`)).join(' ; ');
}

export type ItemFlag = 'tooHard' | 'tooEasy' | 'weak' | 'reversed';

/**
 * What an author should look at for one question. Facility: share of full credit (below 0.3 very hard, above 0.9 very
 * easy). Discrimination: correlation with the score on the rest of the quiz (below 0.2 it tells little, negative means
 * the strongest learners get it wrong more often: a wrong key or a misleading wording). Thresholds are the usual ones
 * of classical test theory; with few attempts they are only hints.
 */
export function itemFlags(facility: number | null, discrimination: number | null): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (facility !== null && facility < 0.3) flags.push('tooHard');
  if (facility !== null && facility > 0.9) flags.push('tooEasy');
  if (discrimination !== null && discrimination < 0) flags.push('reversed');
  else if (discrimination !== null && discrimination < 0.2) flags.push('weak');
  return flags;
}

/** `YYYY-MM-DD` from a date field → the API's period (the last day included: the API's `to` is exclusive). */
export function periodQuery(filters: { audience: string; from: string; to: string }): string {
  const params = new URLSearchParams();
  if (filters.audience) params.set('audience', filters.audience);
  if (/^\d{4}-\d{2}-\d{2}$/.test(filters.from)) params.set('from', filters.from);
  if (/^\d{4}-\d{2}-\d{2}$/.test(filters.to)) params.set('to', nextDay(filters.to));
  const query = params.toString();
  return query ? `?${query}` : '';
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}
