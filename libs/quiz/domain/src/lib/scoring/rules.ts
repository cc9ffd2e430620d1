import type {
  ChoiceDocument,
  ClozeQuestion,
  DatasetQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  NumericAnswer,
  ShortTextQuestion,
  TrueFalseQuestion,
} from '@culture-d/quiz/contracts';
import { normaliseAnswerText } from './normalise';

/**
 * The scoring rules, one per question type, on answers already mapped back to the document (indices, texts, numbers):
 * no opaque ids here. Each returns the fraction of the question's points earned, in [0, 1], and the Markdown feedback
 * of what was chosen (the general explanation is added by `scoreQuestion`). An unanswered question scores 0.
 */
export interface RuleResult {
  fraction: number;
  feedback: string[];
}

const NOTHING: RuleResult = { fraction: 0, feedback: [] };

/** Clamps to [0, 1]; NaN (from a malformed document) counts as 0. */
export function clampFraction(value: number): number {
  if (!Number.isFinite(value)) return value === Infinity ? 1 : 0;
  return Math.min(1, Math.max(0, value));
}

/** Credits are percentages; out-of-range ones (a typo in a document) are clamped to 0–100 %. */
function creditFraction(credit: number): number {
  return clampFraction(credit / 100);
}

function feedbackOf(choice: { feedback?: string } | undefined): string[] {
  return choice?.feedback ? [choice.feedback] : [];
}

/** single_choice (and dataset choice): full credit for a choice marked correct, nothing otherwise. */
export function scoreSingleChoice(choices: (ChoiceDocument & { correct: boolean })[], chosen: number | null): RuleResult {
  if (chosen === null || !choices[chosen]) return NOTHING;
  return { fraction: choices[chosen].correct ? 1 : 0, feedback: feedbackOf(choices[chosen]) };
}

/**
 * multiple_choice: the weights (percent of the points) of the chosen choices add up; wrong choices may weigh
 * negatively, and the total is clamped to 0–100 %, so a question never costs points. Choosing nothing scores 0.
 * A choice listed twice counts once. Feedback of the chosen choices, in document order.
 */
export function scoreMultipleChoice(question: Pick<MultipleChoiceQuestion, 'choices'>, chosen: number[]): RuleResult {
  const picked = [...new Set(chosen)].filter((index) => question.choices[index] !== undefined).sort((a, b) => a - b);
  if (picked.length === 0) return NOTHING;
  const total = picked.reduce((sum, index) => sum + (Number.isFinite(question.choices[index].weight) ? question.choices[index].weight : 0), 0);
  return { fraction: clampFraction(total / 100), feedback: picked.flatMap((index) => feedbackOf(question.choices[index])) };
}

/** true_false: full credit for the right boolean; the feedback for the side the learner chose. */
export function scoreTrueFalse(question: Pick<TrueFalseQuestion, 'answer' | 'feedbackTrue' | 'feedbackFalse'>, answer: boolean | null): RuleResult {
  if (answer === null) return NOTHING;
  const feedback = answer ? question.feedbackTrue : question.feedbackFalse;
  return { fraction: answer === question.answer ? 1 : 0, feedback: feedback ? [feedback] : [] };
}

/**
 * short_text (and text blanks): the typed text is compared with each accepted answer after `normaliseAnswerText`;
 * the best credit among the matches wins (with its feedback), no match scores 0. An empty text is unanswered.
 */
export function scoreShortText(answers: ShortTextQuestion['answers'], text: string | null): RuleResult {
  if (text === null) return NOTHING;
  const typed = normaliseAnswerText(text);
  if (typed === '') return NOTHING;
  let best: ShortTextQuestion['answers'][number] | null = null;
  for (const answer of answers) {
    if (normaliseAnswerText(answer.text) !== typed) continue;
    if (best === null || creditFraction(answer.credit) > creditFraction(best.credit)) best = answer;
  }
  return best ? { fraction: creditFraction(best.credit), feedback: feedbackOf(best) } : NOTHING;
}

/** Floating-point slack for comparisons: 0.1 + 0.2 is within 0.3 ± 0. */
function slack(reference: number): number {
  return 1e-9 * Math.max(1, Math.abs(reference));
}

/** Whether a number is accepted by one numeric answer: `value ± tolerance` (exact when no tolerance) or `min..max`. */
export function numericAnswerAccepts(answer: NumericAnswer, value: number): boolean {
  if ('min' in answer) {
    const low = Math.min(answer.min, answer.max);
    const high = Math.max(answer.min, answer.max);
    return value >= low - slack(low) && value <= high + slack(high);
  }
  const tolerance = Math.abs(answer.tolerance ?? 0);
  return Math.abs(value - answer.value) <= tolerance + slack(answer.value);
}

/** numeric (and dataset numeric): the best credit among the answers that accept the number, with its feedback. */
export function scoreNumeric(answers: NumericAnswer[], value: number | null): RuleResult {
  if (value === null || !Number.isFinite(value)) return NOTHING;
  let best: NumericAnswer | null = null;
  for (const answer of answers) {
    if (!numericAnswerAccepts(answer, value)) continue;
    if (best === null || creditFraction(answer.credit) > creditFraction(best.credit)) best = answer;
  }
  return best ? { fraction: creditFraction(best.credit), feedback: feedbackOf(best) } : NOTHING;
}

/**
 * ordering, partial credit by the longest correctly ordered subsequence: with L the length of the longest run of items
 * (not necessarily adjacent) that the learner put in the right relative order and n the number of items, the credit
 * is (L − 1) / (n − 1). Why this rule rather than "share of items in the right position": moving one item to the wrong
 * place costs one item, not all those it shifted ("B C D E A" keeps 4 of 5 in order: 75 %, where positions would give
 * 0), while a fully reversed order gets 0 (positions would give credit to the middle item). One item: full credit.
 *
 * `order` lists document indices as the learner ordered them; items with the same text are interchangeable.
 */
export function scoreOrdering(items: string[], order: number[] | null): RuleResult {
  if (order === null || order.length !== items.length || items.length === 0) return NOTHING;
  if (items.length === 1) return { fraction: 1, feedback: [] };
  // Items that read the same are interchangeable: the k-th one placed takes the k-th position of that text.
  const positionsByText = new Map<string, number[]>();
  items.forEach((text, index) => positionsByText.set(text, [...(positionsByText.get(text) ?? []), index]));
  const ranks = order.map((index) => positionsByText.get(items[index])?.shift() ?? -1);
  return { fraction: clampFraction((longestIncreasingRun(ranks) - 1) / (items.length - 1)), feedback: [] };
}

/** Length of the longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasingRun(values: number[]): number {
  const tails: number[] = [];
  for (const value of values) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tails[mid] < value) low = mid + 1;
      else high = mid;
    }
    tails[low] = value;
  }
  return tails.length;
}

/**
 * matching, partial credit per pair: each left item gets one right option (or none); the credit is the share of left
 * items given their right text. Distractors match nothing; two left items may rightly share a right text.
 * `chosen[i]` is the right text given to the pair `i`, or null.
 */
export function scoreMatching(question: Pick<MatchingQuestion, 'pairs'>, chosen: (string | null)[]): RuleResult {
  if (question.pairs.length === 0) return NOTHING;
  const right = question.pairs.filter((pair, index) => chosen[index] !== null && chosen[index] === pair.right).length;
  return { fraction: clampFraction(right / question.pairs.length), feedback: [] };
}

/** The learner's answer to one cloze blank: text for a text blank, a choice index for a choice blank. */
export type BlankAnswer = { kind: 'text'; text: string } | { kind: 'choice'; index: number } | null;

/**
 * cloze: each blank is scored on its own (a text blank like a short text, with its credits; a choice blank fully or
 * not at all — two choices reading the same as the right one are both right) and the credit is their average.
 */
export function scoreCloze(question: Pick<ClozeQuestion, 'blanks'>, answers: BlankAnswer[]): RuleResult {
  if (question.blanks.length === 0) return NOTHING;
  const total = question.blanks.reduce((sum, blank, index) => {
    const answer = answers[index] ?? null;
    if (blank.kind === 'short_text') return sum + (answer?.kind === 'text' ? scoreShortText(blank.answers, answer.text).fraction : 0);
    if (answer?.kind !== 'choice' || blank.choices[answer.index] === undefined) return sum;
    return sum + (blank.choices[answer.index] === blank.choices[blank.correct] ? 1 : 0);
  }, 0);
  return { fraction: clampFraction(total / question.blanks.length), feedback: [] };
}

/** The learner's answer to a dataset question: a number, or a choice index, according to the question's answer kind. */
export type DatasetAnswer = { kind: 'numeric'; value: number } | { kind: 'choice'; index: number } | null;

/** dataset: scored like a numeric question or a single choice, according to the kind of answer it expects. */
export function scoreDataset(answer: DatasetQuestion['answer'], given: DatasetAnswer): RuleResult {
  if (answer.kind === 'numeric') return scoreNumeric(answer.answers, given?.kind === 'numeric' ? given.value : null);
  return scoreSingleChoice(answer.choices, given?.kind === 'choice' ? given.index : null);
}
