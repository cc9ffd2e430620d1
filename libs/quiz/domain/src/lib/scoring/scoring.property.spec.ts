import type { ClozeBlank, NumericAnswer, QuestionDocument, QuestionResponse } from '@culture-d/quiz/contracts';
import fc from 'fast-check';
import { normaliseAnswerText } from './normalise';
import { learnerQuestion, presentQuestion } from './present';
import { scoreAttempt } from './score-attempt';
import { scoreQuestion } from './score-question';
import { validateResponse } from './validate';

/** Texts that a learner can type back: at least one character left once normalised. */
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => normaliseAnswerText(s) !== '');
/** A small pool, so that duplicates (two items or right options that read the same) come up often. */
const pooled = fc.oneof(text, fc.constantFrom('Lyon', 'Rhône', 'Isère'));
const feedback = fc.option(text, { nil: undefined });

const base = fc.record({
  key: fc.constant('q'),
  stem: fc.string({ maxLength: 30 }),
  explanation: fc.string({ maxLength: 20 }),
  points: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  competencies: fc.array(fc.constantFrom('D1.1', 'D2.3'), { maxLength: 2 }),
  difficulty: fc.option(fc.constantFrom('facile' as const, 'moyen' as const, 'difficile' as const), { nil: undefined }),
});

/** Positive integer weights adding up to exactly 100. */
const fullWeights = fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 3 }).map((cuts) => {
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), 100];
  return bounds.slice(1).map((bound, i) => bound - bounds[i]);
});

const singleChoices = fc
  .tuple(fc.array(fc.record({ text, feedback }), { minLength: 1, maxLength: 5 }), fc.nat())
  .map(([choices, right]) => choices.map((choice, i) => ({ ...choice, correct: i === right % choices.length })));

const numericAnswer = (credit: fc.Arbitrary<number>): fc.Arbitrary<NumericAnswer> =>
  fc.oneof(
    fc.record({ value: fc.double({ min: -1e6, max: 1e6, noNaN: true }), tolerance: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }), credit, feedback }),
    fc
      .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e3, noNaN: true }), credit, feedback)
      .map(([min, width, c, f]) => ({ min, max: min + width, credit: c, feedback: f })),
  );
const numericAnswers = fc
  .tuple(numericAnswer(fc.constant(100)), fc.array(numericAnswer(fc.integer({ min: 0, max: 100 })), { maxLength: 3 }))
  .map(([full, others]) => [...others, full]);

const blank: fc.Arbitrary<ClozeBlank> = fc.oneof(
  fc
    .tuple(text, fc.array(fc.record({ text, credit: fc.integer({ min: 0, max: 100 }) }), { maxLength: 2 }))
    .map(([right, others]) => ({ kind: 'short_text' as const, answers: [{ text: right, credit: 100 }, ...others] })),
  fc.tuple(fc.array(pooled, { minLength: 1, maxLength: 4 }), fc.nat()).map(([choices, correct]) => ({ kind: 'choice' as const, choices, correct: correct % choices.length })),
);

/** Valid documents of every type (as the parcours validation accepts them). */
const validQuestion: fc.Arbitrary<QuestionDocument> = fc.oneof(
  fc.tuple(base, singleChoices).map(([b, choices]): QuestionDocument => ({ ...b, type: 'single_choice', choices })),
  fc
    .tuple(base, fullWeights, fc.array(fc.integer({ min: -100, max: 0 }), { maxLength: 3 }), fc.array(text, { minLength: 7, maxLength: 7 }))
    .map(([b, right, wrong, texts]): QuestionDocument => ({ ...b, type: 'multiple_choice', choices: [...wrong, ...right].map((weight, i) => ({ text: texts[i], weight })) })),
  fc
    .tuple(base, fc.boolean(), feedback, feedback)
    .map(([b, answer, feedbackTrue, feedbackFalse]): QuestionDocument => ({ ...b, type: 'true_false', answer, feedbackTrue, feedbackFalse })),
  fc
    .tuple(base, text, fc.array(fc.record({ text, credit: fc.integer({ min: 0, max: 100 }), feedback }), { maxLength: 3 }))
    .map(([b, right, others]): QuestionDocument => ({ ...b, type: 'short_text', answers: [{ text: right, credit: 100 }, ...others] })),
  fc.tuple(base, numericAnswers, fc.option(text, { nil: undefined })).map(([b, answers, unit]): QuestionDocument => ({ ...b, type: 'numeric', answers, unit })),
  fc.tuple(base, fc.array(pooled, { minLength: 1, maxLength: 6 })).map(([b, items]): QuestionDocument => ({ ...b, type: 'ordering', items })),
  fc
    .tuple(base, fc.array(fc.record({ left: pooled, right: pooled }), { minLength: 1, maxLength: 5 }), fc.option(fc.array(pooled, { maxLength: 3 }), { nil: undefined }))
    .map(([b, pairs, distractors]): QuestionDocument => ({ ...b, type: 'matching', pairs, distractors })),
  fc
    .tuple(base, fc.array(blank, { minLength: 1, maxLength: 4 }), fc.array(fc.string({ maxLength: 10 }), { minLength: 5, maxLength: 5 }))
    .map(([b, blanks, words]): QuestionDocument => ({ ...b, type: 'cloze', blanks, text: blanks.map((_, i) => `${words[i]} {{${i + 1}}}`).join(' ') + words[4] })),
  fc
    .tuple(
      base,
      fc.oneof(
        numericAnswers.map((answers) => ({ kind: 'numeric' as const, answers })),
        singleChoices.map((choices) => ({ kind: 'choice' as const, choices })),
      ),
    )
    .map(([b, answer]): QuestionDocument => ({ ...b, type: 'dataset', dataset: 'jeu', answer })),
);

/** Documents a buggy import could produce: credits and weights out of range, no right answer, NaN points. */
const looseQuestion: fc.Arbitrary<QuestionDocument> = fc.oneof(
  validQuestion,
  fc
    .tuple(base, fc.array(fc.record({ text, weight: fc.double({ min: -1e3, max: 1e3, noNaN: false }) }), { maxLength: 5 }))
    .map(([b, choices]): QuestionDocument => ({ ...b, type: 'multiple_choice', choices })),
  fc.tuple(base, fc.array(fc.record({ text, credit: fc.double() }), { maxLength: 3 })).map(([b, answers]): QuestionDocument => ({ ...b, type: 'short_text', answers })),
  fc.tuple(base, fc.array(numericAnswer(fc.double()), { maxLength: 3 })).map(([b, answers]): QuestionDocument => ({ ...b, type: 'numeric', answers })),
  fc.tuple(base, fc.array(text, { maxLength: 3 })).map(([b, items]): QuestionDocument => ({ ...b, type: 'ordering', items })),
  fc.tuple(base, fc.double()).map(([b, points]): QuestionDocument => ({ ...b, points, type: 'true_false', answer: true })),
);

/** Seeded generator from fast-check's own randomness, so that failures replay. */
const random = fc.infiniteStream(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })).map((stream) => () => stream.next().value as number);

interface Presented {
  question: QuestionDocument;
  learner: ReturnType<typeof presentQuestion>['learner'];
  layout: ReturnType<typeof presentQuestion>['layout'];
}

const presented = (questions: fc.Arbitrary<QuestionDocument>) =>
  fc.tuple(questions, fc.boolean(), random).map(([question, shuffle, rnd]): Presented => ({ question, ...presentQuestion(question, 'q', { shuffle, random: rnd }) }));

/** Every id the learner could see, for responses made of real ids as well as garbage. */
function idsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsOf);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => ((key === 'id' || key === 'blankId') && typeof v === 'string' ? [v] : idsOf(v)));
}

function responsesFor(p: Presented): fc.Arbitrary<unknown> {
  const ids = idsOf(p.learner);
  const id = ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), fc.string()) : fc.string();
  return fc.oneof(
    fc.anything(),
    id,
    fc.array(id, { maxLength: 8 }),
    fc.dictionary(id, fc.oneof(id, fc.string({ maxLength: 600 }))),
    fc.double(),
    fc.boolean(),
    fc.constantFrom('12,5', '1 234', '-0', '', null),
  );
}

describe('scoring properties', () => {
  it('scores any response to any question between 0 and the maximum, never NaN, never throwing', () => {
    fc.assert(
      fc.property(
        presented(looseQuestion).chain((p) => fc.tuple(fc.constant(p), responsesFor(p))),
        ([p, response]) => {
          const problem = validateResponse(p.question, p.layout, response);
          expect(problem === null || typeof problem === 'string').toBe(true);
          const result = scoreQuestion(p.question, p.layout, response as QuestionResponse);
          expect(Number.isNaN(result.points)).toBe(false);
          expect(result.points).toBeGreaterThanOrEqual(0);
          expect(result.points).toBeLessThanOrEqual(result.maxPoints);
          expect(result.fraction).toBeGreaterThanOrEqual(0);
          expect(result.fraction).toBeLessThanOrEqual(1);
          const attempt = scoreAttempt([{ question: p.question, layout: p.layout, response: response as QuestionResponse }], { passMark: 50 });
          expect(attempt.percent).toBeGreaterThanOrEqual(0);
          expect(attempt.percent).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('gives full credit to the correct response, which is a valid response made of the ids shown', () => {
    fc.assert(
      fc.property(presented(validQuestion), (p) => {
        const { correctResponse } = scoreQuestion(p.question, p.layout, null);
        const json = JSON.parse(JSON.stringify(correctResponse)) as QuestionResponse;
        expect(validateResponse(p.question, p.layout, json)).toBeNull();
        const result = scoreQuestion(p.question, p.layout, json);
        expect(result.correct).toBe(true);
        expect(result.points).toBe(result.maxPoints);
        const shown = new Set(idsOf(p.learner));
        const type = p.question.type === 'dataset' ? (p.question.answer.kind === 'choice' ? 'single_choice' : 'numeric') : p.question.type;
        const ids = ['single_choice', 'multiple_choice', 'ordering'].includes(type) ? [correctResponse].flat() : type === 'matching' ? Object.entries(correctResponse).flat() : [];
        for (const id of ids) expect(shown.has(String(id))).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('never lets an answer-key field reach the learner', () => {
    fc.assert(
      fc.property(presented(validQuestion), (p) => {
        const json = JSON.stringify(p.learner);
        expect(json).not.toMatch(/"(correct|weight|credit|answers|feedback|feedbackTrue|feedbackFalse|explanation|tolerance|min|max|value|pairs|distractors|blanks|text)":/);
      }),
      { numRuns: 500 },
    );
  });

  it('shows the same question again from the stored layout, and scores with it', () => {
    fc.assert(
      fc.property(presented(validQuestion), (p) => {
        const stored = JSON.parse(JSON.stringify(p.layout)) as typeof p.layout;
        expect(learnerQuestion(p.question, 'q', stored)).toEqual(p.learner);
        expect(scoreQuestion(p.question, stored, scoreQuestion(p.question, p.layout, null).correctResponse).correct).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
