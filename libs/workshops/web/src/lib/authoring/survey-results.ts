import type { SurveyResult } from '@culture-d/workshops/domain';

export interface ResultBar {
  readonly label: string;
  readonly count: number;
  /** Share of the question's answers, 0–100, rounded. */
  readonly percent: number;
  /** Length of the bar against the longest one, 0–100 (the longest fills the row). */
  readonly width: number;
}

/**
 * The bars of a scale or choice question, in the order of the options. Percentages are of the people who answered the
 * question (a multiple choice may total more than 100 %).
 */
export function resultBars(result: Pick<SurveyResult, 'counts' | 'responses'>): ResultBar[] {
  const entries = Object.entries(result.counts ?? {});
  const top = Math.max(0, ...entries.map(([, count]) => count));
  return entries.map(([label, count]) => ({
    label,
    count,
    percent: result.responses ? Math.round((count / result.responses) * 100) : 0,
    width: top ? Math.round((count / top) * 100) : 0,
  }));
}
