import fc from 'fast-check';
import type { ClozeBlank, NumericAnswer, QuestionDocument } from '@culture-d/quiz/contracts';
import { parseGift } from './gift-parser';
import { writeGift, type GiftWriteItem } from './gift-writer';

/** Every character GIFT or Markdown gives a meaning to, plus letters, accents, spaces and line breaks. */
const CHARACTERS = [
  'a',
  'b',
  'Z',
  'é',
  'À',
  '’',
  '«',
  ' ',
  ' ',
  '\n',
  '\t',
  '~',
  '=',
  '#',
  '{',
  '}',
  ':',
  '\\',
  '%',
  '[',
  ']',
  '-',
  '>',
  '.',
  '/',
  '*',
  '_',
  '0',
  '1',
  '9',
  '&',
  '<',
  '|',
  '$',
];

/** A text as authors keep them: trimmed and not empty. */
const text = fc
  .string({ unit: fc.constantFrom(...CHARACTERS), minLength: 1, maxLength: 24 })
  .map((value) => value.trim())
  .filter((value) => value !== '');
const feedback = fc.option(text, { nil: undefined });
/** Short answers and matching left sides cannot hold "->" in GIFT (the writer skips them, see its spec). */
const noArrow = text.filter((value) => !value.includes('->'));
const credit: fc.Arbitrary<number> = fc.constantFrom(0, 10, 25, 33.5, 50, 75, 90);
const fullCredit: fc.Arbitrary<number> = fc.constant(100);
const number = fc.oneof(
  fc.integer({ min: -100000, max: 100000 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? 0 : value)),
);

/** Several answers with credits, at least one with full credit. */
function withFullCredit<T extends { credit: number }>(answer: fc.Arbitrary<T>, full: fc.Arbitrary<T>): fc.Arbitrary<T[]> {
  return fc.tuple(full, fc.array(answer, { maxLength: 3 }), fc.nat()).map(([right, others, at]) => {
    const all = [...others];
    all.splice(at % (others.length + 1), 0, right);
    return all;
  });
}

const base = { stem: text, explanation: fc.oneof(fc.constant(''), text) };

const singleChoice = fc.record({
  ...base,
  type: fc.constant('single_choice' as const),
  choices: fc
    .tuple(fc.array(fc.record({ text, feedback }), { minLength: 2, maxLength: 5 }), fc.nat())
    .map(([choices, right]) => choices.map((choice, index) => withoutUndefined({ ...choice, correct: index === right % choices.length }))),
});

const multipleChoice = fc.record({
  ...base,
  type: fc.constant('multiple_choice' as const),
  choices: fc
    .tuple(fc.constantFrom([100], [50, 50], [25, 75], [30, 30, 40], [20, 20, 20, 20, 20], [12.5, 87.5]), fc.array(fc.constantFrom(0, -25, -50, -100, -33.5), { maxLength: 3 }))
    .chain(([right, wrong]) => fc.shuffledSubarray([...right, ...wrong], { minLength: right.length + wrong.length }))
    .filter((weights) => weights.length >= 2)
    .chain((weights) => fc.tuple(...weights.map((weight) => fc.record({ text, feedback }).map((choice) => withoutUndefined({ ...choice, weight }))))),
});

const trueFalse = fc.record({ ...base, type: fc.constant('true_false' as const), answer: fc.boolean(), feedbackTrue: feedback, feedbackFalse: feedback }).map(withoutUndefined);

const shortText = fc.record({
  ...base,
  type: fc.constant('short_text' as const),
  answers: withFullCredit(
    fc.record({ text: noArrow, credit, feedback: fc.option(noArrow, { nil: undefined }) }).map(withoutUndefined),
    fc.record({ text: noArrow, credit: fullCredit, feedback: fc.option(noArrow, { nil: undefined }) }).map(withoutUndefined),
  ),
});

const numericValue = fc.oneof(
  number.map((value) => ({ value })),
  fc.tuple(number, fc.double({ min: 0, max: 1000, noNaN: true }).map(Math.abs)).map(([value, tolerance]) => ({ value, tolerance })),
  fc.tuple(number, number).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
);
const numericAnswer = (credits: fc.Arbitrary<number>): fc.Arbitrary<NumericAnswer> =>
  fc.tuple(numericValue, credits, feedback).map(([value, credit, comment]) => withoutUndefined({ ...value, credit, feedback: comment }) as NumericAnswer);
const numeric = fc.record({ ...base, type: fc.constant('numeric' as const), answers: withFullCredit(numericAnswer(credit), numericAnswer(fullCredit)) });

const matching = fc
  .record({
    ...base,
    type: fc.constant('matching' as const),
    pairs: fc.array(fc.record({ left: noArrow, right: text }), { minLength: 2, maxLength: 4 }),
    distractors: fc.option(fc.array(text, { minLength: 1, maxLength: 2 }), { nil: undefined }),
  })
  .map(withoutUndefined);

const clozeBlank: fc.Arbitrary<ClozeBlank> = fc.oneof(
  fc.tuple(fc.array(text, { minLength: 2, maxLength: 4 }), fc.nat()).map(([choices, correct]) => ({ kind: 'choice' as const, choices, correct: correct % choices.length })),
  withFullCredit(fc.record({ text: noArrow, credit }), fc.record({ text: noArrow, credit: fullCredit })).map((answers) => ({ kind: 'short_text' as const, answers })),
);
/** One blank, not at the end (GIFT would read a question ending with its answers as a short answer). */
const clozeText = fc
  .tuple(fc.oneof(fc.constant(''), fc.string({ unit: fc.constantFrom(...CHARACTERS), maxLength: 16 })), text)
  .map(([before, after]) => `${before.trimStart()}{{1}}${after}`.trim())
  .filter((value) => !value.startsWith('//') && value.split('{{').length === 2 && !value.endsWith('{{1}}'));
const cloze = fc.record({ ...base, type: fc.constant('cloze' as const), text: clozeText, blanks: clozeBlank.map((blank) => [blank]) });

const question = fc.oneof(singleChoice, multipleChoice, trueFalse, shortText, numeric, matching, cloze);
const category = fc.option(fc.constantFrom('Culture D', '$course$/top/RGPD', 'Données/Ouvertes : 2'), { nil: null });

const items: fc.Arbitrary<GiftWriteItem[]> = fc.array(fc.record({ category, question }), { minLength: 1, maxLength: 6 }).map((list) =>
  list.map(({ category, question }, index) => ({
    category,
    question: { key: `q-${index + 1}-${question.type.replace('_', '-')}`, competencies: [], ...question } as QuestionDocument,
  })),
);

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

describe('GIFT round trip', () => {
  it('reads back what it writes: same type, texts, choices, weights, credits, feedback, explanation, numbers and category', () => {
    fc.assert(
      fc.property(items, (written) => {
        const { text: gift, skipped } = writeGift(written);
        expect(skipped).toEqual([]);
        const { questions, errors } = parseGift(gift);
        expect(errors).toEqual([]);
        const expected = written.map((item) => ({ category: item.category ?? null, question: item.question }));
        expect(questions.map(({ category, question }) => ({ category, question }))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseGift on any input', () => {
  const gifty = fc.string({ unit: fc.constantFrom(...CHARACTERS, '\r', '\n\n', 'T', 'F', '::', '//', '$CATEGORY:', '->', '..', '####', '[html]', '<b>', '\uFEFF'), maxLength: 80 });

  it('never throws, names lines that exist, restores every escape and gives unique kebab-case keys', () => {
    fc.assert(
      fc.property(gifty, (input) => {
        const { questions, errors } = parseGift(input);
        const lineCount = input.split(/\r\n|\r|\n/).length;
        for (const { line } of [...questions, ...errors]) {
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lineCount);
        }
        for (const { message } of errors) expect(message).not.toMatch(/undefined|NaN|[\uE000-\uE1FF]/);
        // The private-use stand-ins for escaped characters never leak into the questions.
        expect(JSON.stringify(questions)).not.toMatch(/[\uE000-\uE1FF]/);
        const keys = questions.map((q) => q.question.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
      { numRuns: 500 },
    );
  });
});
