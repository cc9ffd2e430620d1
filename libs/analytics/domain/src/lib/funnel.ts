/** A count at one step of a parcours, in order: enrolled, each module, completed. */
export interface StepCount {
  step: string;
  title: string | null;
  count: number;
}

/**
 * The completion funnel: each step's share of the enrolled learners and the learners lost since the previous step
 * (never negative: a learner may complete a later module before an earlier optional one, so counts need not shrink).
 * The drop-off point is the step followed by the largest loss; ties go to the earliest step, the one to fix first.
 */
export function funnel(steps: readonly StepCount[]): { steps: (StepCount & { rate: number; lost: number })[]; dropOff: { step: string; title: string | null; lost: number } | null } {
  const enrolled = steps[0]?.count ?? 0;
  const out = steps.map((s, i) => ({ ...s, rate: enrolled ? round(s.count / enrolled) : 0, lost: i === 0 ? 0 : Math.max(0, steps[i - 1].count - s.count) }));
  let dropOff: { step: string; title: string | null; lost: number } | null = null;
  for (let i = 1; i < out.length; i++) {
    if (out[i].lost > (dropOff?.lost ?? 0)) dropOff = { step: out[i - 1].step, title: out[i - 1].title, lost: out[i].lost };
  }
  return { steps: out, dropOff };
}

/** `part / whole` rounded to 3 decimals; null when the whole is 0 or unknown. */
export function rate(part: number, whole: number | null): number | null {
  return whole ? round(part / whole) : null;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
