import type { CompetencyScore } from './progress-rules';

export const MASTERY_LEVELS = ['not_assessed', 'to_strengthen', 'developing', 'mastered'] as const;
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];

/** Below 50 %: to strengthen; 50–79 %: developing; 80 % and more: mastered; nothing measured: not assessed. */
export function masteryLevel(ratio: number | null): MasteryLevel {
  if (ratio === null) return 'not_assessed';
  if (ratio >= 0.8) return 'mastered';
  if (ratio >= 0.5) return 'developing';
  return 'to_strengthen';
}

export interface CompetencyMastery {
  code: string;
  /** 0–100 rounded to a whole number, null when not assessed. */
  percent: number | null;
  level: MasteryLevel;
  /** How many quizzes have a counted result touching this competency. */
  evidence: number;
}

/**
 * Mastery per competency: every quiz the learner took contributes its counted result (best or last attempt, after the
 * quiz's scoring) for the competencies its questions are tagged with; mastery is the sum of points over the sum of
 * maximum points. Each quiz counts once, whatever the number of attempts. Competencies with no evidence are
 * `not_assessed`; a competency measured only on questions worth nothing (maxPoints 0) is not assessed either.
 */
export function competencyMastery(codes: readonly string[], evidence: readonly (readonly CompetencyScore[])[]): CompetencyMastery[] {
  return codes.map((code) => {
    let points = 0;
    let maxPoints = 0;
    let count = 0;
    for (const quiz of evidence) {
      const scores = quiz.filter((s) => s.code === code && s.maxPoints > 0);
      if (!scores.length) continue;
      count += 1;
      for (const s of scores) {
        points += s.points;
        maxPoints += s.maxPoints;
      }
    }
    const ratio = maxPoints > 0 ? points / maxPoints : null;
    return {
      code,
      percent: ratio === null ? null : Math.round(ratio * 100),
      level: masteryLevel(ratio),
      evidence: count,
    };
  });
}
