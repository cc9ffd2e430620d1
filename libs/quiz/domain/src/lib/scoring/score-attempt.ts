import type { QuestionDocument, QuestionResponse, QuizSettings } from '@culture-d/quiz/contracts';
import type { QuestionLayout } from './layout';
import { type QuestionScore, roundPoints, scoreQuestion } from './score-question';

export interface AttemptItem {
  question: QuestionDocument;
  layout: QuestionLayout;
  response: QuestionResponse | null;
}

export interface CompetencyScore {
  code: string;
  points: number;
  maxPoints: number;
}

export interface AttemptScore {
  /** Sum of the questions' points (each rounded to 2 decimals), rounded to 2 decimals. */
  score: number;
  maxScore: number;
  /** score / maxScore in percent, rounded to one decimal; 0 for a quiz worth no points. */
  percent: number;
  /** `percent >= passMark`, on the rounded percent the learner sees. */
  passed: boolean;
  /** One per item, in the same order. */
  questions: QuestionScore[];
  /**
   * Per competency code, in order of first appearance: the points of the questions that assess it. A question with
   * two competencies counts fully for each.
   */
  competencies: CompetencyScore[];
}

/** Rounds a percentage to one decimal. */
export function roundPercent(value: number): number {
  return Math.round((value + Number.EPSILON) * 10) / 10;
}

/** Scores a whole attempt: every question, the totals, the pass/fail and the points per competency. */
export function scoreAttempt(items: AttemptItem[], settings: Pick<QuizSettings, 'passMark'>): AttemptScore {
  const questions = items.map((item) => scoreQuestion(item.question, item.layout, item.response));
  const score = roundPoints(questions.reduce((sum, q) => sum + q.points, 0));
  const maxScore = roundPoints(questions.reduce((sum, q) => sum + q.maxPoints, 0));
  const percent = maxScore > 0 ? Math.min(100, roundPercent((score / maxScore) * 100)) : 0;
  const competencies = new Map<string, CompetencyScore>();
  items.forEach((item, index) => {
    for (const code of new Set(item.question.competencies)) {
      const entry = competencies.get(code) ?? { code, points: 0, maxPoints: 0 };
      entry.points = roundPoints(entry.points + questions[index].points);
      entry.maxPoints = roundPoints(entry.maxPoints + questions[index].maxPoints);
      competencies.set(code, entry);
    }
  });
  return { score, maxScore, percent, passed: percent >= settings.passMark, questions, competencies: [...competencies.values()] };
}

/**
 * Whether the results may show the correct answers now: never; after each submission; or only once this attempt
 * passed (so that a learner cannot copy them into the next attempt).
 */
export function showsCorrectAnswers(settings: Pick<QuizSettings, 'showCorrectAnswers'>, passed: boolean): boolean {
  switch (settings.showCorrectAnswers) {
    case 'never':
      return false;
    case 'after_submission':
      return true;
    case 'after_passing':
      return passed;
  }
}
