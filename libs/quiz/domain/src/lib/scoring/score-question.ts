import { renderMarkdown } from '@culture-d/catalog/domain';
import type { NumericAnswer, QuestionDocument, QuestionResponse } from '@culture-d/quiz/contracts';
import { blankId, idOfIndex, indexOfId, matchingRightOptions, type QuestionLayout } from './layout';
import { parseLearnerNumber } from './normalise';
import {
  type BlankAnswer,
  clampFraction,
  type RuleResult,
  scoreCloze,
  scoreDataset,
  scoreMatching,
  scoreMultipleChoice,
  scoreNumeric,
  scoreOrdering,
  scoreShortText,
  scoreSingleChoice,
  scoreTrueFalse,
} from './rules';
import { validateResponse } from './validate';

export interface QuestionScore {
  /** Rounded to 2 decimals, between 0 and `maxPoints`. */
  points: number;
  maxPoints: number;
  /** Share of the points earned, in [0, 1] (not rounded). */
  fraction: number;
  /** Full credit. */
  correct: boolean;
  /** Sanitised HTML: the feedback of what the learner chose, then the general explanation. */
  feedbackHtml: string[];
  /** A response that earns full credit, in the learner's shape with this layout's ids. */
  correctResponse: QuestionResponse;
}

/** Rounds to 2 decimals (points), avoiding 1.005 → 1.00 binary surprises as far as doubles allow. */
export function roundPoints(value: number): number {
  const rounded = Math.round((value + Number.EPSILON) * 100) / 100;
  return Number.isFinite(rounded) ? rounded : value;
}

/** Most points a question may be worth: bounds the totals whatever a malformed document says. */
export const MAX_QUESTION_POINTS = 1_000_000;

/** The question's points: 1 by default; a negative or non-finite value (a malformed document) counts as 1. */
export function questionPoints(question: QuestionDocument): number {
  const points = question.points ?? 1;
  return Number.isFinite(points) && points >= 0 ? Math.min(points, MAX_QUESTION_POINTS) : 1;
}

/** Tolerance for "full credit": weights like 33.33 + 33.33 + 33.34 must add up to 100 %. */
const FULL = 1 - 1e-9;

/**
 * Scores one question of an attempt. A response the question does not accept (see `validateResponse`) scores as
 * unanswered: the API refuses it before, this only makes sure garbage can never earn or cost anything.
 */
export function scoreQuestion(question: QuestionDocument, layout: QuestionLayout, response: QuestionResponse | null): QuestionScore {
  const maxPoints = questionPoints(question);
  const acceptable = validateResponse(question, layout, response) === null ? response : null;
  const rule = applyRule(question, layout, acceptable ?? null);
  const fraction = clampFraction(rule.fraction);
  const feedback = [...rule.feedback, question.explanation].filter((text) => typeof text === 'string' && text.trim() !== '');
  return {
    points: Math.min(maxPoints, roundPoints(fraction * maxPoints)),
    maxPoints,
    fraction,
    correct: fraction >= FULL,
    feedbackHtml: feedback.map((text) => renderMarkdown(text)),
    correctResponse: correctResponse(question, layout),
  };
}

function numberOf(response: QuestionResponse): number | null {
  return typeof response === 'number' || typeof response === 'string' ? parseLearnerNumber(response) : null;
}

function recordOf(response: QuestionResponse): Record<string, string> {
  return typeof response === 'object' && !Array.isArray(response) ? response : {};
}

/** Maps a (valid) response back to the document and applies the type's rule. */
function applyRule(question: QuestionDocument, layout: QuestionLayout, response: QuestionResponse | null): RuleResult {
  if (response === null) return { fraction: 0, feedback: [] };
  switch (question.type) {
    case 'single_choice':
      return scoreSingleChoice(question.choices, indexOfId(layout, 'choices', response));
    case 'multiple_choice': {
      const ids = Array.isArray(response) ? response : [];
      return scoreMultipleChoice(
        question,
        ids.map((id) => indexOfId(layout, 'choices', id)).filter((index): index is number => index !== null),
      );
    }
    case 'true_false':
      return scoreTrueFalse(question, typeof response === 'boolean' ? response : null);
    case 'short_text':
      return scoreShortText(question.answers, typeof response === 'string' ? response : null);
    case 'numeric':
      return scoreNumeric(question.answers, numberOf(response));
    case 'dataset': {
      const value = question.answer.kind === 'numeric' ? numberOf(response) : indexOfId(layout, 'choices', response);
      return scoreDataset(question.answer, value === null ? null : question.answer.kind === 'numeric' ? { kind: 'numeric', value } : { kind: 'choice', index: value });
    }
    case 'ordering': {
      const order = (Array.isArray(response) ? response : []).map((id) => indexOfId(layout, 'items', id));
      return scoreOrdering(question.items, order.every((index) => index !== null) ? (order as number[]) : null);
    }
    case 'matching': {
      const pairs = recordOf(response);
      const rights = matchingRightOptions(question);
      const chosen = question.pairs.map((_, index) => {
        const right = indexOfId(layout, 'right', pairs[idOfIndex(layout, 'left', index)]);
        return right === null ? null : rights[right];
      });
      return scoreMatching(question, chosen);
    }
    case 'cloze': {
      const blanks = recordOf(response);
      const answers = question.blanks.map((blank, index): BlankAnswer => {
        const value = blanks[blankId(index)];
        if (typeof value !== 'string') return null;
        if (blank.kind === 'short_text') return { kind: 'text', text: value };
        const chosen = indexOfId(layout, blankId(index), value);
        return chosen === null ? null : { kind: 'choice', index: chosen };
      });
      return scoreCloze(question, answers);
    }
  }
}

/** The first answer with the best credit. */
function best<T extends { credit: number }>(answers: T[]): T | undefined {
  return answers.reduce<T | undefined>((found, answer) => (found === undefined || answer.credit > found.credit ? answer : found), undefined);
}

function numericValue(answer: NumericAnswer | undefined): number {
  if (!answer) return 0;
  return 'min' in answer ? (answer.min + answer.max) / 2 : answer.value;
}

/**
 * A response earning full credit (or the best credit the document allows), in the shape the learner sends, with the
 * layout's ids: what the results show when the quiz's policy allows.
 */
export function correctResponse(question: QuestionDocument, layout: QuestionLayout): QuestionResponse {
  const shownIds = (list: string, keep: (index: number) => boolean): string[] => (layout.lists[list]?.shown ?? []).filter(keep).map((index) => idOfIndex(layout, list, index));
  switch (question.type) {
    case 'single_choice':
      return shownIds('choices', (index) => question.choices[index]?.correct === true)[0] ?? '';
    case 'multiple_choice':
      return shownIds('choices', (index) => (question.choices[index]?.weight ?? 0) > 0);
    case 'true_false':
      return question.answer;
    case 'short_text':
      return best(question.answers)?.text ?? '';
    case 'numeric':
      return numericValue(best(question.answers));
    case 'dataset':
      return question.answer.kind === 'numeric'
        ? numericValue(best(question.answer.answers))
        : (shownIds('choices', (index) => question.answer.kind === 'choice' && question.answer.choices[index]?.correct === true)[0] ?? '');
    case 'ordering':
      return question.items.map((_, index) => idOfIndex(layout, 'items', index));
    case 'matching': {
      const rights = matchingRightOptions(question);
      return Object.fromEntries(question.pairs.map((pair, index) => [idOfIndex(layout, 'left', index), idOfIndex(layout, 'right', rights.indexOf(pair.right))]));
    }
    case 'cloze':
      return Object.fromEntries(
        question.blanks.map((blank, index) => [blankId(index), blank.kind === 'short_text' ? (best(blank.answers)?.text ?? '') : idOfIndex(layout, blankId(index), blank.correct)]),
      );
  }
}
