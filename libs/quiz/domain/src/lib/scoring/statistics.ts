import type { QuestionDocument } from '@culture-d/quiz/contracts';
import { blankId, indexOfId, matchingRightOptions, type QuestionLayout } from './layout';
import { normaliseAnswerText, parseLearnerNumber } from './normalise';
import { roundPercent } from './score-attempt';
import { validateResponse } from './validate';

export interface StatisticsAttempt {
  score: number;
  maxScore: number;
  items: { questionId: string; points: number; maxPoints: number; response: unknown }[];
}

export interface QuestionStatistics {
  questionId: string;
  /** Attempts that included the question. */
  attempts: number;
  /** Facility index: the share (0–1) of those attempts that earned full credit. */
  facility: number;
  /**
   * Discrimination index: Pearson correlation (−1…1) between the points on this question and the score on the rest
   * of the quiz (the attempt's score minus this question's points, so that the item does not correlate with itself).
   * Near 1: learners who do well overall get it right; near 0 or negative: the question does not tell them apart.
   * null when it is undefined: fewer than 2 attempts, or every attempt scored the same on the item or on the rest.
   */
  discrimination: number | null;
  /** How often each answer was given, most frequent first; `''` stands for no answer. */
  answers: { response: string; count: number }[];
}

export interface ItemStatistics {
  questions: QuestionStatistics[];
  /** Attempts per 10 % band of percent score: [0, 10), [10, 20)… [90, 100] (100 % falls in the last band). */
  scoreDistribution: { from: number; to: number; count: number }[];
}

const FULL_CREDIT_SLACK = 1e-9;

/**
 * Item analysis of a quiz for its authors, over submitted attempts. Responses are counted as given: opaque ids differ
 * from one attempt to the next, so the server passes `describeResponse` (answers in the document's own words) rather
 * than raw responses. Questions come in order of first appearance.
 */
export function itemStatistics(attempts: StatisticsAttempt[]): ItemStatistics {
  const byQuestion = new Map<string, { item: number; rest: number; full: boolean; response: string }[]>();
  for (const attempt of attempts) {
    for (const item of attempt.items) {
      const rows = byQuestion.get(item.questionId) ?? [];
      rows.push({
        item: item.points,
        rest: attempt.score - item.points,
        full: item.points >= item.maxPoints - FULL_CREDIT_SLACK,
        response: responseKey(item.response),
      });
      byQuestion.set(item.questionId, rows);
    }
  }
  const questions = [...byQuestion.entries()].map(([questionId, rows]): QuestionStatistics => {
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.response, (counts.get(row.response) ?? 0) + 1);
    return {
      questionId,
      attempts: rows.length,
      facility: rows.filter((row) => row.full).length / rows.length,
      discrimination: correlation(
        rows.map((row) => row.item),
        rows.map((row) => row.rest),
      ),
      answers: [...counts.entries()]
        .map(([response, count]) => ({ response, count }))
        .sort((a, b) => b.count - a.count || (a.response < b.response ? -1 : a.response > b.response ? 1 : 0)),
    };
  });
  return { questions, scoreDistribution: scoreDistribution(attempts) };
}

/** A response as a string to count: text as is, nothing as `''`, anything else as JSON with sorted keys. */
function responseKey(response: unknown): string {
  if (response === null || response === undefined) return '';
  if (typeof response === 'string') return response;
  return JSON.stringify(response, (_, value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/** Pearson correlation; null when undefined (fewer than 2 points, or no variance on either side). */
export function correlation(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return null;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let i = 0; i < n; i++) {
    covariance += (xs[i] - meanX) * (ys[i] - meanY);
    varianceX += (xs[i] - meanX) ** 2;
    varianceY += (ys[i] - meanY) ** 2;
  }
  // Relative threshold: points like 0.1 + 0.2 leave rounding noise where the variance is really 0.
  const scale = [...xs, ...ys].reduce((max, value) => Math.max(max, Math.abs(value)), 1) ** 2 * n * 1e-12;
  if (varianceX <= scale || varianceY <= scale) return null;
  return Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceX * varianceY)));
}

function scoreDistribution(attempts: StatisticsAttempt[]): ItemStatistics['scoreDistribution'] {
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: 0 }));
  for (const attempt of attempts) {
    // The rounded percent the learner saw, so that 79.96 % (shown 80 %) falls in the 80 band.
    const percent = attempt.maxScore > 0 ? roundPercent((attempt.score / attempt.maxScore) * 100) : 0;
    bins[Math.min(9, Math.max(0, Math.floor(percent / 10)))].count++;
  }
  return bins;
}

/**
 * A response in the question's own words, stable from one attempt to the next (opaque ids resolved through the
 * layout): what `itemStatistics` counts. null for no answer or a response the question does not accept.
 * Choices, items and options give their Markdown text; several are joined with ` | `, an ordering with ` → `, pairs as
 * `left → right` joined with ` | ` in document order (unanswered ones left out), blanks as `1: …` ; typed text is
 * normalised (`normaliseAnswerText`) so that "L’État" and "l'etat" count together, numbers are written plainly.
 */
export function describeResponse(question: QuestionDocument, layout: QuestionLayout, response: unknown): string | null {
  if (response === null || response === undefined || validateResponse(question, layout, response) !== null) return null;
  const text = (list: string, texts: string[], id: unknown): string => {
    const index = indexOfId(layout, list, id);
    return index === null ? '' : (texts[index] ?? '');
  };
  const number = (value: unknown): string => String(parseLearnerNumber(value as string | number));
  switch (question.type) {
    case 'single_choice':
      return text(
        'choices',
        question.choices.map((c) => c.text),
        response,
      );
    case 'multiple_choice': {
      const chosen = (response as string[]).map((id) => indexOfId(layout, 'choices', id) ?? -1).sort((a, b) => a - b);
      return chosen.map((index) => question.choices[index]?.text ?? '').join(' | ');
    }
    case 'true_false':
      return String(response);
    case 'short_text':
      return normaliseAnswerText(response as string);
    case 'numeric':
      return number(response);
    case 'dataset':
      return question.answer.kind === 'numeric'
        ? number(response)
        : text(
            'choices',
            question.answer.choices.map((c) => c.text),
            response,
          );
    case 'ordering':
      return (response as string[]).map((id) => text('items', question.items, id)).join(' → ');
    case 'matching': {
      const pairs = response as Record<string, string>;
      const rights = matchingRightOptions(question);
      return question.pairs
        .flatMap((pair, index) => {
          const id = layout.lists['left']?.ids[index];
          const right = id === undefined || pairs[id] === undefined ? '' : text('right', rights, pairs[id]);
          return right === '' ? [] : [`${pair.left} → ${right}`];
        })
        .join(' | ');
    }
    case 'cloze': {
      const blanks = response as Record<string, string>;
      return question.blanks
        .flatMap((blank, index) => {
          const value = blanks[blankId(index)];
          if (value === undefined || value === '') return [];
          const shown = blank.kind === 'short_text' ? normaliseAnswerText(value) : text(blankId(index), blank.choices, value);
          return [`${index + 1}: ${shown}`];
        })
        .join(' | ');
    }
  }
}
