import type { ClozeBlank, ClozeQuestion, NumericAnswer, QuestionDocument } from '@culture-d/quiz/contracts';
import { parseGift } from './gift-parser';
import { escapeGift, normaliseNewlines } from './gift-text';

export interface GiftWriteItem {
  category?: string | null;
  question: QuestionDocument;
}

export interface GiftWriteResult {
  text: string;
  /** Questions GIFT cannot express, with the reason. */
  skipped: { key: string; reason: string }[];
}

/** Moodle reads `%…%` at the start of a `~` answer as a weight: such a text gets an explicit `%0%` before it. */
const LOOKS_WEIGHTED = /^%[^%]*%/;
const CLOZE_BLANK = /\{\{\s*1\s*\}\}/;

/**
 * Writes questions as Moodle GIFT with Markdown texts (`[markdown]`), the key as `::title::` and a `$CATEGORY:` line
 * whenever the category changes. `parseGift` reads the text back to the same questions; points, difficulty and
 * competencies have no place in GIFT and are left out.
 */
export function writeGift(items: GiftWriteItem[]): GiftWriteResult {
  const blocks: string[] = [];
  const skipped: GiftWriteResult['skipped'] = [];
  let category: string | null = null;
  for (const item of items) {
    const { question } = item;
    const written = writeQuestion(question);
    const reason = typeof written === 'string' ? checkReadBack(written, question) : written.reason;
    if (reason !== null || typeof written !== 'string') {
      skipped.push({ key: question.key, reason: reason ?? '' });
      continue;
    }
    const wanted = item.category?.replace(/\s+/g, ' ').trim() || null;
    if (wanted !== category) {
      blocks.push(`$CATEGORY: ${wanted ?? ''}`.trimEnd());
      category = wanted;
    }
    blocks.push(written);
  }
  return { text: blocks.map((block) => `${block}\n`).join('\n'), skipped };
}

/** Last safety net: a question that would not read back (an invalid document) is skipped with the reader's reason. */
function checkReadBack(written: string, question: QuestionDocument): string | null {
  const { questions, errors } = parseGift(written);
  if (errors.length > 0) return errors[0].message;
  if (questions[0]?.question.type !== question.type) return `GIFT would read this ${question.type} question back as another type`;
  return null;
}

function writeQuestion(question: QuestionDocument): string | { reason: string } {
  const head = `::${escapeGift(question.key)}::[markdown]${escapeGift(clean(question.stem))}`;
  const general = clean(question.explanation) ? `####${text(question.explanation)}` : '';
  const block = (lines: string[]) =>
    `${head}{\n${[...lines, general]
      .filter(Boolean)
      .map((line) => `\t${line}`)
      .join('\n')}\n}`;
  switch (question.type) {
    case 'single_choice': {
      const correct = question.choices.filter((choice) => choice.correct).length;
      if (correct !== 1) return { reason: `a single-choice question needs exactly one correct choice (this one has ${correct})` };
      return block(question.choices.map((choice) => (choice.correct ? `=${text(choice.text)}` : wrongChoice(choice.text)) + feedback(choice.feedback)));
    }
    case 'multiple_choice':
      return block(question.choices.map((choice) => `~%${formatWeight(choice.weight)}%${text(choice.text)}${feedback(choice.feedback)}`));
    case 'true_false': {
      const right = clean(question.answer ? question.feedbackTrue : question.feedbackFalse);
      const wrong = clean(question.answer ? question.feedbackFalse : question.feedbackTrue);
      // Moodle: the first feedback is for a wrong answer, the second for the right one.
      const feedbacks = wrong || right ? `#${wrong ? text(wrong) : ''}${right ? `#${text(right)}` : ''}` : '';
      return `${head}{${question.answer ? 'TRUE' : 'FALSE'}${feedbacks}${general}}`;
    }
    case 'short_text': {
      const arrow = question.answers.find((answer) => hasArrow(answer.text) || hasArrow(answer.feedback));
      if (arrow) return { reason: 'a short answer or its feedback contains "->", which GIFT reads as a matching question' };
      return block(question.answers.map((answer) => `=%${formatWeight(answer.credit)}%${text(answer.text)}${feedback(answer.feedback)}`));
    }
    case 'numeric':
      if (question.unit) return { reason: `GIFT numeric questions have no unit ("${question.unit}")` };
      return `${head}{#\n${[...question.answers.map((answer) => `=%${formatWeight(answer.credit)}%${numericValue(answer)}${feedback(answer.feedback)}`), general]
        .filter(Boolean)
        .map((line) => `\t${line}`)
        .join('\n')}\n}`;
    case 'matching': {
      if (question.pairs.some((pair) => hasArrow(pair.left))) return { reason: 'a left-hand item contains "->", which GIFT reads as the arrow of the pair' };
      const pairs = question.pairs.map((pair) => `=${text(pair.left)} -> ${escapeGift(clean(pair.right))}`);
      const distractors = (question.distractors ?? []).map((right) => `= -> ${escapeGift(clean(right))}`);
      return block([...pairs, ...distractors]);
    }
    case 'cloze':
      return writeCloze(question, general);
    case 'ordering':
      return { reason: 'GIFT has no ordering questions' };
    case 'dataset':
      return { reason: 'dataset questions depend on a dataset block of a parcours, which GIFT cannot carry' };
  }
}

/** A cloze question with one blank is a GIFT missing-word question: the stem on its own line, then the sentence. */
function writeCloze(question: ClozeQuestion, general: string): string | { reason: string } {
  if (question.blanks.length !== 1) return { reason: `GIFT missing-word questions have exactly one blank (this one has ${question.blanks.length})` };
  const sentence = clean(question.text);
  const blank = CLOZE_BLANK.exec(sentence);
  if (!blank) return { reason: 'the text has no {{1}} placeholder' };
  const before = sentence.slice(0, blank.index);
  const after = sentence.slice(blank.index + blank[0].length);
  if (after.trim() === '') return { reason: 'the blank ends the text: GIFT would read it as a short-answer question' };
  if (before.startsWith('//')) return { reason: 'the text starts with //, which GIFT reads as a comment' };
  const answers = clozeAnswers(question.blanks[0]);
  if (typeof answers !== 'string') return answers;
  const stem = escapeGift(clean(question.stem));
  return `::${escapeGift(question.key)}::[markdown]${stem}\n${escapeGift(before)}{${answers}${general ? ` ${general}` : ''}}${escapeGift(after)}`;
}

function clozeAnswers(blank: ClozeBlank): string | { reason: string } {
  switch (blank.kind) {
    case 'choice':
      return blank.choices.map((choice, index) => (index === blank.correct ? `=${text(choice)}` : wrongChoice(choice))).join(' ');
    case 'short_text':
      if (blank.answers.some((answer) => hasArrow(answer.text))) return { reason: 'a short answer contains "->", which GIFT reads as a matching question' };
      return blank.answers.map((answer) => `=%${formatWeight(answer.credit)}%${text(answer.text)}`).join(' ');
  }
}

/** Values keep JavaScript's shortest exact notation (`1e-7` included), which Moodle and `parseGift` both read. */
function numericValue(answer: NumericAnswer): string {
  if ('min' in answer) return `${answer.min}..${answer.max}`;
  return answer.tolerance === undefined ? String(answer.value) : `${answer.value}:${answer.tolerance}`;
}

function clean(value: string | undefined): string {
  return normaliseNewlines(value ?? '').trim();
}

/** An answer or feedback text; one starting with `[` gets an explicit marker so it is not read as a format. */
function text(value: string): string {
  const cleaned = clean(value);
  return `${cleaned.startsWith('[') ? '[markdown]' : ''}${escapeGift(cleaned)}`;
}

function wrongChoice(value: string): string {
  const written = text(value);
  return `~${LOOKS_WEIGHTED.test(written) ? '%0%' : ''}${written}`;
}

function feedback(value: string | undefined): string {
  return clean(value) ? `#${text(value ?? '')}` : '';
}

function hasArrow(value: string | undefined): boolean {
  return (value ?? '').includes('->');
}

/** Moodle's `%weight%` syntax wants plain decimals (no exponent for tiny numbers). */
function formatWeight(value: number): string {
  const written = String(value);
  return written.includes('e-') ? value.toFixed(20).replace(/\.?0+$/, '') : written;
}
