import type { SurveyQuestionResponse } from '@culture-d/workshops/contracts';
import type { FieldError } from '@culture-d/shared/web';

export type QuestionKind = 'choice' | 'multiple' | 'scale' | 'text';

/** A question as the builder edits it: choices one per line, the kind "multiple" for a choice of several options. */
export interface QuestionDraft {
  /** Kept once given: answers are stored by key, so editing a question's wording keeps its answers. */
  readonly key: string;
  kind: QuestionKind;
  question: string;
  choices: string;
  min: number;
  max: number;
}

export const QUESTION_KINDS: readonly QuestionKind[] = ['choice', 'multiple', 'scale', 'text'];

/** The builder's drafts for the questions of the API. */
export function draftsOf(survey: readonly SurveyQuestionResponse[]): QuestionDraft[] {
  return survey.map((q) => ({
    key: q.key,
    kind: q.kind === 'choice' && q.multiple ? 'multiple' : q.kind,
    question: q.question,
    choices: (q.choices ?? []).join('\n'),
    min: q.min ?? 1,
    max: q.max ?? 5,
  }));
}

/** A new, empty question with a key no other question has (`question-3`). */
export function newQuestion(kind: QuestionKind, existing: readonly QuestionDraft[]): QuestionDraft {
  const taken = new Set(existing.map((q) => q.key));
  let n = existing.length + 1;
  while (taken.has(`question-${n}`)) n += 1;
  return { key: `question-${n}`, kind, question: '', choices: '', min: 1, max: 5 };
}

/** The list with the question at `index` moved by `delta` places (nothing moves past either end). */
export function moveQuestion<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** The options of a choice, one per line, blank lines ignored. */
export function choicesOf(draft: Pick<QuestionDraft, 'choices'>): string[] {
  return draft.choices
    .split('\n')
    .map((c) => c.trim())
    .filter(Boolean);
}

/** What the API stores: only the fields of each kind. */
export function surveyOf(drafts: readonly QuestionDraft[]): SurveyQuestionResponse[] {
  return drafts.map((d) => {
    const base = { key: d.key, question: d.question.trim() };
    if (d.kind === 'scale') return { ...base, kind: 'scale', min: Number(d.min), max: Number(d.max) };
    if (d.kind === 'text') return { ...base, kind: 'text' };
    return { ...base, kind: 'choice', choices: choicesOf(d), ...(d.kind === 'multiple' ? { multiple: true } : {}) };
  });
}

/** The id of a question's field in the page (`survey-2-choices`), which is also how the error summary links to it. */
export function questionFieldId(index: number, field: 'question' | 'choices' | 'min' | 'max'): string {
  return `${index}-${field}`;
}

/**
 * The builder's own checks, mirroring the API's (a question of 3 to 500 characters, 2 to 20 different options, a
 * scale going up within 0–10): field errors named `<index>-<field>`, in the page's order.
 */
export function surveyProblems(drafts: readonly QuestionDraft[]): FieldError[] {
  const errors: FieldError[] = [];
  drafts.forEach((d, i) => {
    const params = { number: i + 1 };
    const question = d.question.trim();
    if (question.length < 3 || question.length > 500) errors.push({ field: questionFieldId(i, 'question'), key: 'workshopsAdmin.survey.errors.question', params });
    if (d.kind === 'choice' || d.kind === 'multiple') {
      const choices = choicesOf(d);
      if (choices.length < 2 || choices.length > 20 || new Set(choices).size !== choices.length || choices.some((c) => c.length > 200)) {
        errors.push({ field: questionFieldId(i, 'choices'), key: 'workshopsAdmin.survey.errors.choices', params });
      }
    }
    if (d.kind === 'scale') {
      const inRange = (n: number) => Number.isInteger(n) && n >= 0 && n <= 10;
      if (!inRange(Number(d.min)) || !inRange(Number(d.max)) || Number(d.min) >= Number(d.max)) {
        errors.push({ field: questionFieldId(i, 'max'), key: 'workshopsAdmin.survey.errors.scale', params });
      }
    }
  });
  return errors;
}

/**
 * The API's field errors (`survey.2.choices`, `survey.2.key`) as the builder's fields; a key problem is shown on the
 * question itself.
 */
export function apiSurveyErrors(errors: readonly { field: string }[]): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const match = /^survey\.(\d+)\.(\w+)/.exec(e.field);
    if (!match) continue;
    const index = Number(match[1]);
    const part = match[2] === 'choices' ? 'choices' : match[2] === 'min' || match[2] === 'max' ? 'max' : 'question';
    const key = part === 'choices' ? 'workshopsAdmin.survey.errors.choices' : part === 'max' ? 'workshopsAdmin.survey.errors.scale' : 'workshopsAdmin.survey.errors.question';
    const field = questionFieldId(index, part);
    if (!out.some((o) => o.field === field)) out.push({ field, key, params: { number: index + 1 } });
  }
  return out;
}
