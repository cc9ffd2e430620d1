import type { LearnerChoice, LearnerQuestion, QuestionResponse } from '@culture-d/quiz/contracts';

/**
 * What the learner has entered for one question, as the controls hold it. It becomes a `QuestionResponse` only at
 * submission (`toResponse`): a numeric answer stays the text typed ("12,5") until then, so that it can be shown back
 * exactly as written and checked as the person types.
 */
export type Draft =
  | { readonly kind: 'choice'; readonly choiceId: string }
  | { readonly kind: 'choices'; readonly choiceIds: readonly string[] }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'order'; readonly itemIds: readonly string[] }
  | { readonly kind: 'pairs'; readonly pairs: Readonly<Record<string, string>> };

/** Drafts by question id: what the player keeps while the learner moves between questions. */
export type Drafts = Readonly<Record<string, Draft>>;

/** Longest short text answer the API accepts. */
export const SHORT_TEXT_MAX_LENGTH = 500;

/**
 * Reads a number written the French way ("12,5", "1 200", "1 200,5" with any kind of space, "-3") or the English way
 * ("12.5"); null when it is not a number. A comma is always the decimal separator, never thousands.
 */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return null;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** Whether the question expects a number (numeric, or a dataset question answered with a number). */
export function expectsNumber(question: LearnerQuestion): boolean {
  return question.type === 'numeric' || (question.type === 'dataset' && question.answer.kind === 'numeric');
}

/** The ordering's items in the order first shown: the learner's draft starts there. */
export function initialOrder(question: LearnerQuestion & { type: 'ordering' }): string[] {
  return question.items.map((item) => item.id);
}

/** Moves the item at `index` by `delta` places (−1 up, +1 down); the same order when it cannot move further. */
export function move(ids: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** The blank ids of a cloze question, in reading order. */
export function blankIds(question: LearnerQuestion & { type: 'cloze' }): string[] {
  return question.segments.flatMap((segment) => (segment.kind === 'blank' ? [segment.blankId] : []));
}

/**
 * Whether the learner has answered the question fully: every blank filled, every left item matched, a number that
 * reads as a number. An ordering is always answered: the order shown is an answer too.
 */
export function isAnswered(question: LearnerQuestion, draft: Draft | undefined): boolean {
  if (question.type === 'ordering') return true;
  if (!draft) return false;
  switch (draft.kind) {
    case 'choice':
      return draft.choiceId !== '';
    case 'choices':
      return draft.choiceIds.length > 0;
    case 'boolean':
      return true;
    case 'text':
      return expectsNumber(question) ? parseDecimal(draft.text) !== null : draft.text.trim() !== '';
    case 'order':
      return true;
    case 'pairs': {
      const expected = question.type === 'matching' ? question.left.map((l) => l.id) : question.type === 'cloze' ? blankIds(question) : [];
      return expected.every((id) => (draft.pairs[id] ?? '').trim() !== '');
    }
  }
}

/**
 * The response sent for a question (the shapes documented with `QuestionResponse`), or null when there is nothing to
 * send: an unanswered question, a number that does not read as one, empty blanks and unmatched items left out.
 */
export function toResponse(question: LearnerQuestion, draft: Draft | undefined): QuestionResponse | null {
  if (question.type === 'ordering') return draft?.kind === 'order' ? [...draft.itemIds] : initialOrder(question);
  if (!draft) return null;
  switch (draft.kind) {
    case 'choice':
      return draft.choiceId || null;
    case 'choices':
      return [...draft.choiceIds];
    case 'boolean':
      return draft.value;
    case 'text':
      if (expectsNumber(question)) return parseDecimal(draft.text);
      return draft.text.trim() === '' ? null : draft.text.trim().slice(0, SHORT_TEXT_MAX_LENGTH);
    case 'order':
      return [...draft.itemIds];
    case 'pairs': {
      const filled = Object.entries(draft.pairs).filter(([, value]) => value.trim() !== '');
      return filled.length === 0 ? null : Object.fromEntries(filled.map(([key, value]) => [key, value.trim()]));
    }
  }
}

/** Numbers of the questions (1-based) still unanswered: what the confirmation before submitting names. */
export function unansweredNumbers(questions: readonly LearnerQuestion[], drafts: Drafts): number[] {
  return questions.flatMap((question, index) => (isAnswered(question, drafts[question.questionId]) ? [] : [index + 1]));
}

/** One part of an answer as shown in the results: a translation key, content HTML, or a plain value. */
export type AnswerPart = { readonly key: string } | { readonly html: string } | { readonly text: string };

/** A line of an answer shown back: for a matching or a cloze, one per left item or blank, with its label. */
export interface AnswerLine {
  readonly label?: AnswerPart;
  readonly value: AnswerPart;
}

const FRENCH_NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 6 });

/** A score or a number of points for the interface language: "7,5" in French, "7.5" in English. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 2 }).format(value);
}

function choiceHtml(choices: readonly LearnerChoice[], id: unknown): AnswerPart {
  const choice = choices.find((c) => c.id === id);
  return choice ? { html: choice.html } : { key: 'quiz.results.noAnswer' };
}

function choicesOf(question: LearnerQuestion): readonly LearnerChoice[] {
  if (question.type === 'single_choice' || question.type === 'multiple_choice') return question.choices;
  if (question.type === 'dataset' && question.answer.kind === 'choice') return question.answer.choices;
  return [];
}

/**
 * A response (the learner's, or the correct one the API gives) as lines to show in the results, in the question's
 * own terms: the choices' text, "Vrai"/"Faux", numbers the French way with their unit, items in order, pairs.
 */
export function describeResponse(question: LearnerQuestion, response: QuestionResponse | null | undefined): AnswerLine[] {
  const none: AnswerLine[] = [{ value: { key: 'quiz.results.noAnswer' } }];
  if (response === null || response === undefined) return none;
  switch (question.type) {
    case 'single_choice':
      return [{ value: choiceHtml(question.choices, response) }];
    case 'multiple_choice': {
      const ids = Array.isArray(response) ? response : [];
      return ids.length === 0 ? none : ids.map((id) => ({ value: choiceHtml(question.choices, id) }));
    }
    case 'true_false':
      return [{ value: { key: response === true ? 'quiz.trueFalse.true' : 'quiz.trueFalse.false' } }];
    case 'short_text':
      return [{ value: { text: String(response) } }];
    case 'numeric':
      return [{ value: { text: numberText(response, question.unit) } }];
    case 'dataset':
      return question.answer.kind === 'numeric' ? [{ value: { text: numberText(response, question.answer.unit) } }] : [{ value: choiceHtml(choicesOf(question), response) }];
    case 'ordering': {
      const ids = Array.isArray(response) ? response : [];
      return ids.map((id) => ({ value: choiceHtml(question.items, id) }));
    }
    case 'matching': {
      const pairs = typeof response === 'object' && !Array.isArray(response) ? response : {};
      return question.left.map((left) => ({
        label: { html: left.html },
        value: pairs[left.id] ? choiceHtml(question.right, pairs[left.id]) : { key: 'quiz.results.noAnswer' },
      }));
    }
    case 'cloze': {
      const blanks = typeof response === 'object' && !Array.isArray(response) ? response : {};
      let n = 0;
      return question.segments.flatMap((segment): AnswerLine[] => {
        if (segment.kind !== 'blank') return [];
        n += 1;
        const value = blanks[segment.blankId];
        const label: AnswerPart = { text: String(n) };
        if (!value) return [{ label, value: { key: 'quiz.results.noAnswer' } }];
        return [{ label, value: segment.input === 'choice' ? choiceHtml(segment.choices, value) : { text: value } }];
      });
    }
  }
}

function numberText(response: QuestionResponse, unit: string | undefined): string {
  const value = typeof response === 'number' ? response : typeof response === 'string' ? parseDecimal(response) : null;
  const text = value === null ? String(response) : FRENCH_NUMBER.format(value);
  return unit ? `${text} ${unit}` : text;
}

/** Whether a value read back from storage (answers kept across a page change) has the shape of a draft. */
export function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return typeof kind === 'string' && ['choice', 'choices', 'boolean', 'text', 'order', 'pairs'].includes(kind);
}
