import type { ClozeBlank, Difficulty, NumericAnswer, QuestionDocument, QuestionType } from '@culture-d/quiz/contracts';

/**
 * The question editor's checks before saving, mirroring the API (`validateQuestionDocument` of the catalog domain:
 * the JSON Schema's required fields, bounds and list sizes, then the rules across fields). The domain's own function
 * cannot run here: Ajv compiles its schema with `new Function`, which the Content-Security-Policy forbids.
 *
 * Each issue names a field by the JSON Pointer the API would give (`/choices/0/text`), and carries a translation key
 * (`quizEditor.rules.<code>`) with its parameters: the form kit shows it next to the field and in the error summary.
 */
export interface QuestionIssue {
  /** JSON Pointer relative to the question, `''` for the question as a whole. */
  readonly pointer: string;
  readonly key: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** Kebab-case keys, as the domain requires. */
export const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CLOZE_PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

/** The id suffix of the control showing a pointer: `/choices/0/text` → `choices-0-text` (the question itself → `type`). */
export function fieldOf(pointer: string): string {
  return pointer === '' ? 'type' : pointer.slice(1).replace(/\//g, '-');
}

/**
 * Every question type, in the editors' order. A copy of the contracts' list: the web imports only types from the
 * contracts (their index also holds the API's request classes and class-validator); the spec checks both agree.
 */
export const ALL_TYPES: readonly QuestionType[] = ['single_choice', 'multiple_choice', 'true_false', 'short_text', 'numeric', 'ordering', 'matching', 'cloze', 'dataset'];

/** The types an author can create in the bank: dataset questions explore a dataset of their parcours, so they live there. */
export const BANK_TYPES: readonly QuestionType[] = ALL_TYPES.filter((type) => type !== 'dataset');

/** The difficulties, easiest first (a copy of the contracts' list, like `ALL_TYPES`). */
export const ALL_DIFFICULTIES: readonly Difficulty[] = ['facile', 'moyen', 'difficile'];

export function checkQuestion(question: QuestionDocument, options: { bank?: boolean } = {}): QuestionIssue[] {
  const issues: QuestionIssue[] = [];
  const add = (pointer: string, code: string, params?: Record<string, unknown>) => issues.push({ pointer, key: `quizEditor.rules.${code}`, ...(params ? { params } : {}) });
  const required = (pointer: string, value: string | undefined, max: number) => {
    if (!value || value.trim() === '') add(pointer, 'required');
    else if (value.length > max) add(pointer, 'tooLong', { max });
  };
  const number = (pointer: string, value: number | undefined, min: number, max: number) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) add(pointer, 'number');
    else if (value < min || value > max) add(pointer, 'range', { min, max });
  };
  const atLeast = (pointer: string, list: readonly unknown[], min: number) => {
    if (list.length < min) add(pointer, 'tooFew', { min });
  };

  if (!question.key || question.key.trim() === '') add('/key', 'required');
  else if (question.key.length > 80) add('/key', 'tooLong', { max: 80 });
  else if (!KEY_PATTERN.test(question.key)) add('/key', 'keyPattern');
  required('/stem', question.stem, 20_000);
  if (question.explanation.length > 20_000) add('/explanation', 'tooLong', { max: 20_000 });
  if (question.points !== undefined && (!Number.isFinite(question.points) || question.points <= 0 || question.points > 100)) add('/points', 'points');
  if (options.bank && question.type === 'dataset') add('/type', 'datasetInBank');

  switch (question.type) {
    case 'single_choice':
      atLeast('/choices', question.choices, 2);
      question.choices.forEach((choice, i) => required(`/choices/${i}/text`, choice.text, 20_000));
      exactlyOneCorrect(question.choices, '/choices', add);
      break;
    case 'multiple_choice': {
      atLeast('/choices', question.choices, 2);
      question.choices.forEach((choice, i) => {
        required(`/choices/${i}/text`, choice.text, 20_000);
        number(`/choices/${i}/weight`, choice.weight, -100, 100);
      });
      const positive = question.choices.filter((choice) => Number.isFinite(choice.weight) && choice.weight > 0);
      const sum = positive.reduce((total, choice) => total + choice.weight, 0);
      if (positive.length === 0) add('/choices', 'positiveWeight');
      else if (Math.abs(sum - 100) > 1e-9) add('/choices', 'weightsSum', { sum: Math.round(sum * 1000) / 1000 });
      break;
    }
    case 'true_false':
      break;
    case 'short_text':
      textAnswers(question.answers, '/answers', required, number, atLeast, add);
      break;
    case 'numeric':
      numericAnswers(question.answers, '/answers', number, atLeast, add);
      if ((question.unit ?? '').length > 40) add('/unit', 'tooLong', { max: 40 });
      break;
    case 'ordering':
      atLeast('/items', question.items, 2);
      question.items.forEach((item, i) => required(`/items/${i}`, item, 1000));
      break;
    case 'matching':
      atLeast('/pairs', question.pairs, 2);
      question.pairs.forEach((pair, i) => {
        required(`/pairs/${i}/left`, pair.left, 1000);
        required(`/pairs/${i}/right`, pair.right, 1000);
      });
      (question.distractors ?? []).forEach((text, i) => required(`/distractors/${i}`, text, 1000));
      break;
    case 'cloze':
      required('/text', question.text, 20_000);
      atLeast('/blanks', question.blanks, 1);
      checkCloze(question.text, question.blanks, add);
      question.blanks.forEach((blank, i) => {
        const at = `/blanks/${i}`;
        if (blank.kind === 'short_text') return textAnswers(blank.answers, `${at}/answers`, required, number, atLeast, add);
        atLeast(`${at}/choices`, blank.choices, 2);
        blank.choices.forEach((choice, j) => required(`${at}/choices/${j}`, choice, 500));
        if (!(blank.correct >= 0 && blank.correct < blank.choices.length)) add(`${at}/correct`, 'blankCorrect');
      });
      break;
    case 'dataset':
      if (!question.dataset || !KEY_PATTERN.test(question.dataset)) add('/dataset', 'keyPattern');
      if (question.answer.kind === 'numeric') {
        numericAnswers(question.answer.answers, '/answer/answers', number, atLeast, add);
      } else {
        atLeast('/answer/choices', question.answer.choices, 2);
        question.answer.choices.forEach((choice, i) => required(`/answer/choices/${i}/text`, choice.text, 20_000));
        exactlyOneCorrect(question.answer.choices, '/answer/choices', add);
      }
      break;
  }
  return issues;
}

type Add = (pointer: string, code: string, params?: Record<string, unknown>) => void;

function exactlyOneCorrect(choices: { correct: boolean }[], pointer: string, add: Add): void {
  const correct = choices.filter((choice) => choice.correct).length;
  if (correct !== 1) add(pointer, 'exactlyOneCorrect', { count: correct });
}

function textAnswers(
  answers: { text: string; credit: number }[],
  pointer: string,
  required: (pointer: string, value: string | undefined, max: number) => void,
  number: (pointer: string, value: number | undefined, min: number, max: number) => void,
  atLeast: (pointer: string, list: readonly unknown[], min: number) => void,
  add: Add,
): void {
  atLeast(pointer, answers, 1);
  answers.forEach((answer, i) => {
    required(`${pointer}/${i}/text`, answer.text, 500);
    number(`${pointer}/${i}/credit`, answer.credit, 0, 100);
  });
  if (answers.length > 0 && !answers.some((answer) => answer.credit === 100)) add(pointer, 'fullCredit');
}

function numericAnswers(
  answers: NumericAnswer[],
  pointer: string,
  number: (pointer: string, value: number | undefined, min: number, max: number) => void,
  atLeast: (pointer: string, list: readonly unknown[], min: number) => void,
  add: Add,
): void {
  atLeast(pointer, answers, 1);
  answers.forEach((answer, i) => {
    const at = `${pointer}/${i}`;
    number(`${at}/credit`, answer.credit, 0, 100);
    if ('min' in answer) {
      number(`${at}/min`, answer.min, -Infinity, Infinity);
      number(`${at}/max`, answer.max, -Infinity, Infinity);
      if (answer.min > answer.max) add(`${at}/max`, 'minMax');
    } else {
      number(`${at}/value`, answer.value, -Infinity, Infinity);
      if (answer.tolerance !== undefined) number(`${at}/tolerance`, answer.tolerance, 0, Infinity);
    }
  });
  if (answers.length > 0 && !answers.some((answer) => answer.credit === 100)) add(pointer, 'fullCredit');
}

function checkCloze(text: string, blanks: ClozeBlank[], add: Add): void {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(CLOZE_PLACEHOLDER)) {
    const n = Number(match[1]);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  for (let n = 1; n <= blanks.length; n++) {
    const count = counts.get(n) ?? 0;
    if (count === 0) add('/text', 'placeholderMissing', { n, placeholder: `{{${n}}}` });
    if (count > 1) add('/text', 'placeholderTwice', { n, count });
  }
  for (const n of [...counts.keys()].sort((a, b) => a - b)) {
    if (n < 1 || n > blanks.length) add('/text', 'placeholderUnknown', { n, count: blanks.length });
  }
}

/** A new question of a type, with the fields the editor shows already there (two empty choices, one answer…). */
export function newQuestion(type: QuestionType, key: string, competencies: string[] = []): QuestionDocument {
  const base = { key, stem: '', explanation: '', competencies, difficulty: 'moyen' as const };
  switch (type) {
    case 'single_choice':
      return { ...base, type, choices: [choice(true), choice(false)] };
    case 'multiple_choice':
      return {
        ...base,
        type,
        choices: [
          { text: '', weight: 100 },
          { text: '', weight: 0 },
        ],
      };
    case 'true_false':
      return { ...base, type, answer: true };
    case 'short_text':
      return { ...base, type, answers: [{ text: '', credit: 100 }] };
    case 'numeric':
      return { ...base, type, answers: [{ value: 0, tolerance: 0, credit: 100 }] };
    case 'ordering':
      return { ...base, type, items: ['', ''] };
    case 'matching':
      return {
        ...base,
        type,
        pairs: [
          { left: '', right: '' },
          { left: '', right: '' },
        ],
      };
    case 'cloze':
      return { ...base, type, text: '{{1}}', blanks: [{ kind: 'short_text', answers: [{ text: '', credit: 100 }] }] };
    case 'dataset':
      return { ...base, type, dataset: '', answer: { kind: 'numeric', answers: [{ value: 0, tolerance: 0, credit: 100 }] } };
  }
}

function choice(correct: boolean): { text: string; correct: boolean } {
  return { text: '', correct };
}

/**
 * Changes the type of a question being written, keeping what carries over: the key, stem, explanation, points,
 * competencies and difficulty, and the choice texts between single and multiple choice (the single right one gets
 * the whole weight; the heaviest weight becomes the right one).
 */
export function changeType(question: QuestionDocument, type: QuestionType): QuestionDocument {
  if (question.type === type) return question;
  const fresh = newQuestion(type, question.key, [...question.competencies]);
  const common = {
    stem: question.stem,
    explanation: question.explanation,
    difficulty: question.difficulty ?? 'moyen',
    ...(question.points !== undefined ? { points: question.points } : {}),
  };
  if (question.type === 'single_choice' && fresh.type === 'multiple_choice') {
    return { ...fresh, ...common, choices: question.choices.map((c) => ({ text: c.text, weight: c.correct ? 100 : 0, ...(c.feedback ? { feedback: c.feedback } : {}) })) };
  }
  if (question.type === 'multiple_choice' && fresh.type === 'single_choice') {
    const best = question.choices.reduce((top, c, i) => (c.weight > question.choices[top].weight ? i : top), 0);
    return { ...fresh, ...common, choices: question.choices.map((c, i) => ({ text: c.text, correct: i === best, ...(c.feedback ? { feedback: c.feedback } : {}) })) };
  }
  return { ...fresh, ...common } as QuestionDocument;
}

/** A key free among `taken`, from a stem or a fallback: `q-<words>` in kebab-case, with `-2`, `-3`… when needed. */
export function suggestKey(stem: string, taken: ReadonlySet<string>): string {
  const words = stem
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, 5);
  const base = ['q', ...words].join('-').slice(0, 60).replace(/-+$/, '');
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
