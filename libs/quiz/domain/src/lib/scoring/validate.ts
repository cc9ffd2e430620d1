import type { QuestionDocument } from '@culture-d/quiz/contracts';
import { blankId, indexOfId, type QuestionLayout } from './layout';
import { parseLearnerNumber } from './normalise';

/** Longest text a learner may send for a short text, a text blank or a number. */
export const MAX_RESPONSE_TEXT_LENGTH = 500;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function checkText(value: unknown, what: string): string | null {
  if (typeof value !== 'string') return `${what} must be a string`;
  if (value.length > MAX_RESPONSE_TEXT_LENGTH) return `${what} must be at most ${MAX_RESPONSE_TEXT_LENGTH} characters`;
  return null;
}

function checkNumber(value: unknown): string | null {
  if (typeof value === 'string' && value.length > MAX_RESPONSE_TEXT_LENGTH) return `the answer must be at most ${MAX_RESPONSE_TEXT_LENGTH} characters`;
  if ((typeof value !== 'number' && typeof value !== 'string') || parseLearnerNumber(value) === null) return 'the answer must be a number';
  return null;
}

function checkChoice(layout: QuestionLayout, list: string, value: unknown): string | null {
  if (typeof value !== 'string') return 'the answer must be a choice id';
  return indexOfId(layout, list, value) === null ? `unknown choice "${value.slice(0, 40)}"` : null;
}

/**
 * Whether a response has the shape its question expects (see `QuestionResponse`): null when acceptable, else a short
 * English message for the 400 the API returns with the question id. `null`/`undefined` (unanswered) is always
 * acceptable; ids must be those of this attempt's layout. Whether the answer is right is not this function's business.
 */
export function validateResponse(question: QuestionDocument, layout: QuestionLayout, response: unknown): string | null {
  if (response === null || response === undefined) return null;
  switch (question.type) {
    case 'single_choice':
      return checkChoice(layout, 'choices', response);
    case 'multiple_choice': {
      if (!Array.isArray(response)) return 'the answer must be a list of choice ids';
      for (const id of response) {
        const problem = checkChoice(layout, 'choices', id);
        if (problem) return problem;
      }
      return new Set(response).size === response.length ? null : 'a choice is listed twice';
    }
    case 'true_false':
      return typeof response === 'boolean' ? null : 'the answer must be true or false';
    case 'short_text':
      return checkText(response, 'the answer');
    case 'numeric':
      return checkNumber(response);
    case 'dataset':
      return question.answer.kind === 'numeric' ? checkNumber(response) : checkChoice(layout, 'choices', response);
    case 'ordering': {
      if (!Array.isArray(response)) return 'the answer must be the list of item ids in order';
      for (const id of response) {
        if (typeof id !== 'string' || indexOfId(layout, 'items', id) === null) return `unknown item "${String(id).slice(0, 40)}"`;
      }
      if (new Set(response).size !== response.length) return 'an item is listed twice';
      return response.length === question.items.length ? null : 'every item must be listed exactly once';
    }
    case 'matching': {
      if (!isPlainObject(response)) return 'the answer must map left item ids to right item ids';
      for (const [left, right] of Object.entries(response)) {
        if (indexOfId(layout, 'left', left) === null) return `unknown left item "${left.slice(0, 40)}"`;
        if (typeof right !== 'string' || indexOfId(layout, 'right', right) === null) return `unknown right item for "${left.slice(0, 40)}"`;
      }
      return null;
    }
    case 'cloze': {
      if (!isPlainObject(response)) return 'the answer must map blank ids to answers';
      const blanks = new Map(question.blanks.map((blank, index) => [blankId(index), blank] as const));
      for (const [id, value] of Object.entries(response)) {
        const blank = blanks.get(id);
        if (!blank) return `unknown blank "${id.slice(0, 40)}"`;
        const problem = blank.kind === 'short_text' ? checkText(value, `blank ${id}`) : value === '' ? null : checkChoice(layout, id, value);
        if (problem) return problem;
      }
      return null;
    }
  }
}
