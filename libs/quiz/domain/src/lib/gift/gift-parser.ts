import type { ClozeBlank, GiftError, GiftErrorCode, MatchingQuestion, NumericAnswer, QuestionDocument } from '@culture-d/quiz/contracts';
import { type GiftFormat, protectEscapes, splitFormat, toMarkdown, toPlainValue, unprotect } from './gift-text';

export interface GiftParsedQuestion {
  /** 1-based line where the question starts. */
  line: number;
  /** The `$CATEGORY:` in force (Moodle path, e.g. `$course$/top/RGPD`), or null before any. */
  category: string | null;
  /** The `::title::`, or null. */
  title: string | null;
  question: QuestionDocument;
}

export type { GiftError, GiftErrorCode } from '@culture-d/quiz/contracts';

export interface GiftParseResult {
  questions: GiftParsedQuestion[];
  errors: GiftError[];
}

/**
 * A missing-word question has only a sentence; our cloze questions have a stem above the text. When nothing stands
 * on the lines before the sentence, this is the stem.
 */
export const GIFT_CLOZE_DEFAULT_STEM = 'Complétez.';

const KEY_MAX_LENGTH = 80;
/** Past a few, more errors on one question say nothing new (and a hostile file could list thousands). */
const MAX_ERRORS_PER_QUESTION = 5;
/** `%50%`, `%-33.33333%`: a weight or credit in percent at the start of an answer. */
const WEIGHT = /^%(-?(?:\d+(?:\.\d*)?|\.\d+))%/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const TRUE_FALSE = ['T', 'TRUE', 'F', 'FALSE'];
/** Stands for the answer block inside a text until the text is converted to Markdown (outside the escape range). */
const BLANK = '\uE100';

/**
 * The English sentence of each error code, from its params (the web has its own texts for each code, in French and
 * English: `quizEditor.gift.errors.<CODE>`).
 */
const MESSAGES = {
  TITLE_NOT_CLOSED: () => 'the title is not closed: write ::title:: before the question',
  DESCRIPTION_UNSUPPORTED: () => 'unsupported: a description (text without an answer block {…}) is not a question',
  ESSAY_UNSUPPORTED: () => 'unsupported: an essay question (an empty answer block {}) cannot be imported',
  ANSWER_BLOCK_NOT_CLOSED: () => 'the answer block opened with { is never closed with }',
  ANSWER_BLOCK_NOT_OPENED: () => 'this } closes no answer block: escape it as \\} or add the opening {',
  ANSWER_BLOCK_NESTED: () => 'the answer block opened with { is not closed with } before the next {',
  ANSWER_BLOCK_TWICE: () => 'a question has a single answer block {…}: separate questions with a blank line, and escape other braces as \\{ and \\}',
  STEM_EMPTY: () => 'the question has no text before its answer block',
  ANSWER_EMPTY: () => 'an answer is empty',
  CHOICE_TOO_FEW_ANSWERS: () => 'a multiple-choice question needs at least 2 answers',
  CHOICE_NO_RIGHT_ANSWER: () => 'a multiple-choice question needs at least one right answer (= or a positive %weight%)',
  SINGLE_CHOICE_RIGHT_ANSWERS: () => 'a single-choice question has exactly one right answer (=); to accept several, give every answer a ~%weight% instead',
  SINGLE_CHOICE_PARTIAL_CREDIT: ({ weight }: { weight: number }) =>
    `partial credit (%${weight}%) needs a multiple-answer question: give every answer a ~%weight% instead of using =`,
  WEIGHT_OUT_OF_RANGE: ({ weight }: { weight: number }) => `the weight %${weight}% must be between -100 and 100`,
  WEIGHTS_SUM: ({ sum }: { sum: number }) => `the positive weights must add up to 100 (they add up to ${sum})`,
  MISSING_WORD_TOO_FEW_ANSWERS: () => 'a missing-word choice needs at least 2 answers',
  MISSING_WORD_WEIGHT: () => 'a missing-word choice has one right answer (=) and no %weights%',
  MISSING_WORD_RIGHT_ANSWERS: ({ count }: { count: number }) => `a missing-word choice has exactly one right answer (=), not ${count}`,
  MISSING_WORD_FEEDBACK: () => 'feedback on the answers of a missing-word question is not supported: move it to the general feedback (####)',
  CREDIT_OUT_OF_RANGE: ({ credit }: { credit: number }) => `the credit %${credit}% must be between 0 and 100`,
  SHORT_ANSWER_NO_FULL_CREDIT: () => 'a short-answer question needs at least one answer with full credit (=answer or =%100%answer)',
  MATCHING_PAIR_NO_ARROW: () => 'a matching pair needs -> between its two sides (=left -> right)',
  MATCHING_RIGHT_EMPTY: () => 'the right side of a matching pair is empty',
  MATCHING_TOO_FEW_PAIRS: ({ count }: { count: number }) => `a matching question needs at least 2 pairs (it has ${count})`,
  NUMERIC_WRONG_FEEDBACK: () => 'unsupported: a wrong-answer feedback (~) in a numeric question; give the feedback on a =%0%value answer instead',
  NUMERIC_NO_ANSWER: () => 'a numeric question needs at least one answer',
  NUMERIC_NO_FULL_CREDIT: () => 'a numeric question needs at least one answer with full credit (=value or =%100%value)',
  NUMERIC_RANGE_REVERSED: ({ text, min, max }: { text: string; min: number; max: number }) => `the range ${text} goes down: write the smaller bound first (${min}..${max})`,
  NUMERIC_TOLERANCE_NEGATIVE: ({ text }: { text: string }) => `the tolerance in ${text} must not be negative`,
  NUMERIC_ANSWER_UNKNOWN: ({ text }: { text: string }) => `unknown numeric answer "${text}": write a number (12.5), a number and a tolerance (12.5:0.5) or a range (10..15)`,
} satisfies Record<GiftErrorCode, (params: never) => string>;

/** The params each code takes (none for most). */
type ParamsOf<C extends GiftErrorCode> = Parameters<(typeof MESSAGES)[C]>;

function giftError<C extends GiftErrorCode>(line: number, code: C, ...[params]: ParamsOf<C>): GiftError {
  const values: Record<string, string | number> = params ?? {};
  return { line, code, params: values, message: (MESSAGES[code] as (params: Record<string, string | number>) => string)(values) };
}

interface SourceLine {
  line: number;
  text: string;
}

/**
 * Reads Moodle GIFT (https://docs.moodle.org/en/GIFT_format) into question documents. Questions are separated by
 * blank lines; a question with an error is reported (line and reason) and left out of `questions`.
 */
export function parseGift(text: string): GiftParseResult {
  const questions: GiftParsedQuestion[] = [];
  const errors: GiftError[] = [];
  const keys = new Set<string>();
  let category: string | null = null;
  let block: SourceLine[] = [];

  const flush = () => {
    const lines = block.filter((line) => !line.text.startsWith('//'));
    block = [];
    if (lines[0]?.text.startsWith('$CATEGORY:')) {
      category = lines[0].text.slice('$CATEGORY:'.length).trim() || null;
      lines.shift();
    }
    if (lines.length === 0) return;
    const result = new QuestionReader(lines).read();
    if ('errors' in result) {
      for (const error of result.errors.slice(0, MAX_ERRORS_PER_QUESTION)) errors.push(error);
      return;
    }
    const key = uniqueKey(result.title, lines[0].line, keys);
    questions.push({ line: lines[0].line, category, title: result.title, question: { key, ...result.question } as QuestionDocument });
  };

  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const trimmed = raw.trim();
      if (trimmed === '') flush();
      else block.push({ line: index + 1, text: trimmed });
    });
  flush();
  return { questions, errors: errors.sort((a, b) => a.line - b.line) };
}

function uniqueKey(title: string | null, line: number, taken: Set<string>): string {
  const base = kebab(title ?? '') || `q-${line}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base.slice(0, KEY_MAX_LENGTH - String(n).length - 1).replace(/-+$/, '')}-${n}`;
  taken.add(key);
  return key;
}

function kebab(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, KEY_MAX_LENGTH)
    .replace(/-+$/, '');
}

type QuestionWithoutKey = QuestionDocument extends infer Q ? (Q extends QuestionDocument ? Omit<Q, 'key'> : never) : never;

/** One answer of an answer block: its marker (`=`, `~` or none), its raw text and its line. */
interface Piece {
  marker: string;
  body: string;
  line: number;
}

/** Stops reading a question: what follows would make no sense. */
class QuestionError extends Error {
  readonly error: GiftError;

  /** A code and its params, as for `fail` (a constructor cannot be generic: the tuple union ties them instead). */
  constructor(line: number, ...[code, ...params]: { [C in GiftErrorCode]: [C, ...ParamsOf<C>] }[GiftErrorCode]) {
    const error = giftError(line, code, ...(params as [never]));
    super(error.message);
    this.error = error;
  }
}

class QuestionReader {
  /** The question's lines joined by `\n`, escapes protected. */
  private readonly text: string;
  private readonly lineStarts: number[] = [];
  private readonly errors: GiftError[] = [];
  private format: GiftFormat = 'moodle';

  constructor(private readonly lines: SourceLine[]) {
    let offset = 0;
    const protectedLines = lines.map((line) => {
      this.lineStarts.push(offset);
      const text = protectEscapes(line.text);
      offset += text.length + 1;
      return text;
    });
    this.text = protectedLines.join('\n');
  }

  private get startLine(): number {
    return this.lines[0].line;
  }

  read(): { title: string | null; question: QuestionWithoutKey } | { errors: GiftError[] } {
    try {
      const result = this.readQuestion();
      return this.errors.length > 0 ? { errors: this.errors } : result;
    } catch (error) {
      if (error instanceof QuestionError) return { errors: [...this.errors, error.error] };
      throw error;
    }
  }

  private readQuestion(): { title: string | null; question: QuestionWithoutKey } {
    let position = 0;
    let title: string | null = null;
    if (this.text.startsWith('::')) {
      const end = this.text.indexOf('::', 2);
      if (end < 0) throw new QuestionError(this.startLine, 'TITLE_NOT_CLOSED');
      title = unprotect(this.text.slice(2, end)).replace(/\s+/g, ' ').trim();
      position = end + 2;
    }
    while (/\s/.test(this.text[position] ?? '')) position++;
    const marked = splitFormat(this.text.slice(position), 'moodle');
    this.format = marked.format;
    position = this.text.length - marked.text.length;

    const body = marked.text;
    const open = body.indexOf('{');
    const close = body.indexOf('}');
    if (open < 0 && close < 0) {
      throw new QuestionError(this.startLine, 'DESCRIPTION_UNSUPPORTED');
    }
    if (close < 0) throw new QuestionError(this.lineAt(position + open), 'ANSWER_BLOCK_NOT_CLOSED');
    if (open < 0 || close < open) {
      throw new QuestionError(this.lineAt(position + close), 'ANSWER_BLOCK_NOT_OPENED');
    }
    const nested = body.indexOf('{', open + 1);
    if (nested >= 0 && nested < close) {
      throw new QuestionError(this.lineAt(position + open), 'ANSWER_BLOCK_NESTED');
    }
    const after = body.slice(close + 1);
    const extra = after.search(/[{}]/);
    if (extra >= 0) {
      throw new QuestionError(this.lineAt(position + close + 1 + extra), 'ANSWER_BLOCK_TWICE');
    }

    let answers = body.slice(open + 1, close);
    const answersOffset = position + open + 1;
    let explanation = '';
    const general = answers.lastIndexOf('####');
    if (general >= 0) {
      explanation = this.rich(answers.slice(general + 4));
      answers = answers.slice(0, general);
    }
    const missingWord = after.trim() !== '';
    const before = body.slice(0, open);
    const stem = toMarkdown(unprotect(before + (missingWord ? BLANK : '') + after), this.format).replace(BLANK, '\\_\\_\\_\\_\\_');
    const base = { stem, explanation, competencies: [] as string[] };
    const trimmed = answers.trim();

    if (trimmed === '') throw new QuestionError(this.startLine, 'ESSAY_UNSUPPORTED');
    if (!missingWord && stem === '') throw new QuestionError(this.startLine, 'STEM_EMPTY');

    let question: QuestionWithoutKey;
    if (trimmed.startsWith('#')) {
      question = { ...base, type: 'numeric', answers: this.numericAnswers(answers, answersOffset) };
    } else if (trimmed.includes('~')) {
      if (missingWord) return { title, question: this.cloze(base, before, after, this.choiceBlank(answers, answersOffset)) };
      question = { ...base, ...this.choices(answers, answersOffset) };
    } else if (trimmed.includes('=') && trimmed.includes('->')) {
      question = { ...base, ...this.matching(answers, answersOffset) };
    } else if (TRUE_FALSE.includes(trimmed.split('#')[0].trim())) {
      question = { ...base, ...this.trueFalse(trimmed) };
    } else {
      const accepted = this.shortAnswers(answers, answersOffset, missingWord);
      if (missingWord) return { title, question: this.cloze(base, before, after, { kind: 'short_text', answers: accepted.map(({ text, credit }) => ({ text, credit })) }) };
      question = { ...base, type: 'short_text', answers: accepted };
    }
    return { title, question };
  }

  private lineAt(offset: number): number {
    let [low, high] = [0, this.lineStarts.length - 1];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return this.lines[low].line;
  }

  private fail<C extends GiftErrorCode>(line: number, code: C, ...params: ParamsOf<C>): void {
    this.errors.push(giftError(line, code, ...params));
  }

  /** A text shown to learners: optional `[format]` marker, escapes restored, converted to Markdown. */
  private rich(raw: string): string {
    const { format, text } = splitFormat(raw.trim(), this.format);
    return toMarkdown(unprotect(text), format);
  }

  /** Splits an answer block before each separator character, as Moodle does (text before the first one counts too). */
  private split(answers: string, offset: number, separators: string): Piece[] {
    const pieces: Piece[] = [];
    let marker = '';
    let start = 0;
    const push = (end: number) => {
      const body = answers.slice(start, end);
      const lead = body.length - body.trimStart().length;
      if (marker !== '' || body.trim() !== '') pieces.push({ marker, body, line: this.lineAt(offset + start + (marker === '' ? lead : -1)) });
    };
    for (let i = 0; i < answers.length; i++) {
      if (!separators.includes(answers[i])) continue;
      push(i);
      marker = answers[i];
      start = i + 1;
    }
    push(answers.length);
    return pieces;
  }

  /** `%weight%` at the start of an answer, then the text and the `#feedback`. */
  private weighted(piece: Piece, readWeight: boolean): { weight: number | null; text: string; feedback: string | undefined } {
    let body = piece.body.trim();
    let weight: number | null = null;
    const match = readWeight ? WEIGHT.exec(body) : null;
    if (match) {
      weight = Number(match[1]);
      body = body.slice(match[0].length);
    }
    const hash = body.indexOf('#');
    const text = hash < 0 ? body : body.slice(0, hash);
    const feedback = hash < 0 ? '' : this.rich(body.slice(hash + 1));
    return { weight, text, feedback: feedback === '' ? undefined : feedback };
  }

  private choices(
    answers: string,
    offset: number,
  ):
    | { type: 'single_choice'; choices: { text: string; correct: boolean; feedback?: string }[] }
    | { type: 'multiple_choice'; choices: { text: string; weight: number; feedback?: string }[] } {
    const pieces = this.split(answers, offset, '=~');
    if (pieces.length < 2) throw new QuestionError(this.startLine, 'CHOICE_TOO_FEW_ANSWERS');
    const read = pieces.map((piece) => {
      const { weight, text, feedback } = this.weighted(piece, piece.marker !== '=');
      const choice = this.rich(text);
      if (choice === '') this.fail(piece.line, 'ANSWER_EMPTY');
      return { piece, weight, choice, feedback };
    });
    const right = read.filter(({ piece }) => piece.marker === '=');
    if (right.length > 0) {
      if (right.length > 1) {
        this.fail(right[1].piece.line, 'SINGLE_CHOICE_RIGHT_ANSWERS');
      }
      for (const { piece, weight } of read) {
        if (piece.marker !== '=' && weight !== null && weight !== 0) {
          this.fail(piece.line, 'SINGLE_CHOICE_PARTIAL_CREDIT', { weight });
        }
      }
      return { type: 'single_choice', choices: read.map(({ piece, choice, feedback }) => withFeedback({ text: choice, correct: piece.marker === '=' }, feedback)) };
    }
    const choices = read.map(({ piece, weight, choice, feedback }) => {
      if (weight !== null && (weight < -100 || weight > 100)) this.fail(piece.line, 'WEIGHT_OUT_OF_RANGE', { weight });
      return withFeedback({ text: choice, weight: weight ?? 0 }, feedback);
    });
    const positive = choices.filter((choice) => choice.weight > 0);
    if (positive.length === 0) {
      throw new QuestionError(this.startLine, 'CHOICE_NO_RIGHT_ANSWER');
    }
    const sum = positive.reduce((total, choice) => total + choice.weight, 0);
    if (Math.abs(sum - 100) > 0.01) {
      this.fail(this.startLine, 'WEIGHTS_SUM', { sum: Math.round(sum * 1000) / 1000 });
    } else if (Math.abs(sum - 100) > 1e-9) {
      // Moodle writes thirds as 33.33333: the largest weight absorbs the rounding so the weights sum to exactly 100.
      const largest = positive.reduce((max, choice) => (choice.weight > max.weight ? choice : max));
      largest.weight = Number((largest.weight + 100 - sum).toFixed(8));
    }
    return { type: 'multiple_choice', choices };
  }

  private choiceBlank(answers: string, offset: number): ClozeBlank {
    const pieces = this.split(answers, offset, '=~');
    if (pieces.length < 2) throw new QuestionError(this.startLine, 'MISSING_WORD_TOO_FEW_ANSWERS');
    const choices = pieces.map((piece) => {
      const { weight, text, feedback } = this.weighted(piece, piece.marker !== '=');
      if (weight !== null && weight !== 0) this.fail(piece.line, 'MISSING_WORD_WEIGHT');
      if (feedback !== undefined) this.fail(piece.line, 'MISSING_WORD_FEEDBACK');
      const choice = this.rich(text);
      if (choice === '') this.fail(piece.line, 'ANSWER_EMPTY');
      return choice;
    });
    const right = pieces.flatMap((piece, index) => (piece.marker === '=' ? [index] : []));
    if (right.length !== 1) {
      throw new QuestionError(this.startLine, 'MISSING_WORD_RIGHT_ANSWERS', { count: right.length });
    }
    return { kind: 'choice', choices, correct: right[0] };
  }

  private shortAnswers(answers: string, offset: number, missingWord: boolean): { text: string; credit: number; feedback?: string }[] {
    const accepted = this.split(answers, offset, '=').map((piece) => {
      const { weight, text, feedback } = this.weighted(piece, true);
      const credit = weight ?? 100;
      if (credit < 0 || credit > 100) this.fail(piece.line, 'CREDIT_OUT_OF_RANGE', { credit });
      if (missingWord && feedback !== undefined) {
        this.fail(piece.line, 'MISSING_WORD_FEEDBACK');
      }
      const { format, text: value } = splitFormat(text.trim(), this.format);
      const answer = toPlainValue(unprotect(value), format);
      if (answer === '') this.fail(piece.line, 'ANSWER_EMPTY');
      return withFeedback({ text: answer, credit }, feedback);
    });
    if (!accepted.some((answer) => answer.credit === 100)) {
      throw new QuestionError(this.startLine, 'SHORT_ANSWER_NO_FULL_CREDIT');
    }
    return accepted;
  }

  private matching(answers: string, offset: number): Pick<MatchingQuestion, 'type' | 'pairs' | 'distractors'> {
    const pairs: MatchingQuestion['pairs'] = [];
    const distractors: string[] = [];
    for (const piece of this.split(answers, offset, '=')) {
      const arrow = piece.body.indexOf('->');
      if (arrow < 0) {
        this.fail(piece.line, 'MATCHING_PAIR_NO_ARROW');
        continue;
      }
      const left = this.rich(piece.body.slice(0, arrow));
      const right = toMarkdown(unprotect(piece.body.slice(arrow + 2)), this.format);
      if (right === '') this.fail(piece.line, 'MATCHING_RIGHT_EMPTY');
      else if (left === '') distractors.push(right);
      else pairs.push({ left, right });
    }
    if (this.errors.length === 0 && pairs.length < 2) {
      throw new QuestionError(this.startLine, 'MATCHING_TOO_FEW_PAIRS', { count: pairs.length });
    }
    return distractors.length > 0 ? { type: 'matching', pairs, distractors } : { type: 'matching', pairs };
  }

  private trueFalse(answers: string): { type: 'true_false'; answer: boolean; feedbackTrue?: string; feedbackFalse?: string } {
    const hash = answers.indexOf('#');
    const value = (hash < 0 ? answers : answers.slice(0, hash)).trim();
    const rest = hash < 0 ? '' : answers.slice(hash + 1);
    const second = rest.indexOf('#');
    // Moodle: the first feedback is for a wrong answer, the second for the right one.
    const wrong = this.rich(second < 0 ? rest : rest.slice(0, second));
    const right = second < 0 ? '' : this.rich(rest.slice(second + 1));
    const answer = value === 'T' || value === 'TRUE';
    const [feedbackTrue, feedbackFalse] = answer ? [right, wrong] : [wrong, right];
    return {
      type: 'true_false',
      answer,
      ...(feedbackTrue !== '' ? { feedbackTrue } : {}),
      ...(feedbackFalse !== '' ? { feedbackFalse } : {}),
    };
  }

  private numericAnswers(answers: string, offset: number): NumericAnswer[] {
    const start = answers.indexOf('#') + 1;
    const tilde = answers.indexOf('~', start);
    if (tilde >= 0) {
      throw new QuestionError(this.lineAt(offset + tilde), 'NUMERIC_WRONG_FEEDBACK');
    }
    const pieces = this.split(answers.slice(start), offset + start, '=');
    if (pieces.length === 0) throw new QuestionError(this.startLine, 'NUMERIC_NO_ANSWER');
    const result: NumericAnswer[] = [];
    for (const piece of pieces) {
      const { weight, text, feedback } = this.weighted(piece, true);
      const credit = weight ?? 100;
      if (credit < 0 || credit > 100) this.fail(piece.line, 'CREDIT_OUT_OF_RANGE', { credit });
      const value = this.numericValue(unprotect(text).trim(), piece.line);
      if (value) result.push(withFeedback({ ...value, credit }, feedback));
    }
    if (this.errors.length === 0 && !result.some((answer) => answer.credit === 100)) {
      throw new QuestionError(this.startLine, 'NUMERIC_NO_FULL_CREDIT');
    }
    return result;
  }

  private numericValue(text: string, line: number): { value: number; tolerance?: number } | { min: number; max: number } | null {
    const number = (part: string) => (NUMBER.test(part.trim()) ? Number(part.trim()) : null);
    const range = text.indexOf('..');
    const colon = text.indexOf(':');
    if (range > 0) {
      const [min, max] = [number(text.slice(0, range)), number(text.slice(range + 2))];
      if (min !== null && max !== null) {
        if (min <= max) return { min, max };
        // The bounds in the right order: what the author should write.
        this.fail(line, 'NUMERIC_RANGE_REVERSED', { text, min: max, max: min });
        return null;
      }
    } else if (colon > 0) {
      const [value, tolerance] = [number(text.slice(0, colon)), number(text.slice(colon + 1))];
      if (value !== null && tolerance !== null) {
        if (tolerance >= 0) return { value, tolerance };
        this.fail(line, 'NUMERIC_TOLERANCE_NEGATIVE', { text });
        return null;
      }
    } else {
      const value = number(text);
      if (value !== null) return { value };
    }
    this.fail(line, 'NUMERIC_ANSWER_UNKNOWN', { text });
    return null;
  }

  /** A missing-word question: the lines before the sentence holding the blank are the stem. */
  private cloze(base: { explanation: string; competencies: string[] }, before: string, after: string, blank: ClozeBlank): QuestionWithoutKey {
    const newline = before.lastIndexOf('\n');
    const stem = toMarkdown(unprotect(before.slice(0, Math.max(newline, 0))), this.format);
    const text = toMarkdown(unprotect(before.slice(newline + 1) + BLANK + after), this.format).replace(BLANK, '{{1}}');
    return { ...base, type: 'cloze', stem: stem || GIFT_CLOZE_DEFAULT_STEM, text, blanks: [blank] };
  }
}

function withFeedback<T extends object>(value: T, feedback: string | undefined): T & { feedback?: string } {
  return feedback === undefined ? value : { ...value, feedback };
}
