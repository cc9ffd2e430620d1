import type { LearnerQuestion, QuestionDocument } from '@culture-d/quiz/contracts';
import { presentQuestion } from './present';
import { QUESTIONS, seededRandom } from './question.fixture';
import { validateResponse } from './validate';

function setUp<T extends LearnerQuestion['type']>(question: QuestionDocument) {
  const { learner, layout } = presentQuestion(question, question.key, { shuffle: true, random: seededRandom(7) });
  return { learner: learner as Extract<LearnerQuestion, { type: T }>, layout, check: (response: unknown) => validateResponse(question, layout, response) };
}

describe('validateResponse', () => {
  it.each(Object.values(QUESTIONS).map((q) => [q.key, q as QuestionDocument] as const))('accepts no answer for %s', (_, question) => {
    const { check } = setUp(question);
    expect(check(null)).toBeNull();
    expect(check(undefined)).toBeNull();
  });

  it('single_choice: a known choice id', () => {
    const { learner, check } = setUp<'single_choice'>(QUESTIONS.single);
    expect(check(learner.choices[1].id)).toBeNull();
    expect(check('c0')).toBe('unknown choice "c0"');
    expect(check(0)).toBe('the answer must be a choice id');
    expect(check([learner.choices[0].id])).toBe('the answer must be a choice id');
  });

  it('multiple_choice: distinct known choice ids, possibly none', () => {
    const { learner, check } = setUp<'multiple_choice'>(QUESTIONS.multiple);
    const [a, b] = learner.choices.map((c) => c.id);
    expect(check([])).toBeNull();
    expect(check([a, b])).toBeNull();
    expect(check([a, a])).toBe('a choice is listed twice');
    expect(check([a, 'nope'])).toBe('unknown choice "nope"');
    expect(check(a)).toBe('the answer must be a list of choice ids');
    expect(check([a, 3])).toBe('the answer must be a choice id');
  });

  it('true_false: a boolean', () => {
    const { check } = setUp(QUESTIONS.trueFalse);
    expect(check(true)).toBeNull();
    expect(check(false)).toBeNull();
    expect(check('true')).toBe('the answer must be true or false');
    expect(check(1)).toBe('the answer must be true or false');
  });

  it('short_text: a string of at most 500 characters', () => {
    const { check } = setUp(QUESTIONS.shortText);
    expect(check('l’État')).toBeNull();
    expect(check('')).toBeNull();
    expect(check('x'.repeat(500))).toBeNull();
    expect(check('x'.repeat(501))).toBe('the answer must be at most 500 characters');
    expect(check(12)).toBe('the answer must be a string');
  });

  it('numeric: a finite number or a string that reads as one', () => {
    const { check } = setUp(QUESTIONS.numeric);
    expect(check(4)).toBeNull();
    expect(check('1 234,5')).toBeNull();
    expect(check('quatre')).toBe('the answer must be a number');
    expect(check(Infinity)).toBe('the answer must be a number');
    expect(check(true)).toBe('the answer must be a number');
    expect(check(' '.repeat(600) + '4')).toBe('the answer must be at most 500 characters');
  });

  it('ordering: every item id exactly once', () => {
    const { learner, check } = setUp<'ordering'>(QUESTIONS.ordering);
    const ids = learner.items.map((i) => i.id);
    expect(check(ids)).toBeNull();
    expect(check([...ids].reverse())).toBeNull();
    expect(check(ids.slice(1))).toBe('every item must be listed exactly once');
    expect(check([...ids.slice(1), ids[1]])).toBe('an item is listed twice');
    expect(check([...ids, 'zzz'])).toBe('unknown item "zzz"');
    expect(check({ 0: ids[0] })).toBe('the answer must be the list of item ids in order');
  });

  it('matching: known left ids to known right ids, some possibly missing', () => {
    const { learner, check } = setUp<'matching'>(QUESTIONS.matching);
    const [l0, l1] = learner.left.map((l) => l.id);
    const [r0] = learner.right.map((r) => r.id);
    expect(check({})).toBeNull();
    expect(check({ [l0]: r0, [l1]: r0 })).toBeNull();
    expect(check({ nope: r0 })).toBe('unknown left item "nope"');
    expect(check({ [l0]: l1 })).toBe(`unknown right item for "${l0}"`);
    expect(check({ [l0]: 3 })).toBe(`unknown right item for "${l0}"`);
    expect(check([r0])).toBe('the answer must map left item ids to right item ids');
  });

  it('cloze: known blanks, text for text blanks, a choice id of that blank for choice blanks', () => {
    const { learner, check } = setUp<'cloze'>(QUESTIONS.cloze);
    const choiceBlank = learner.segments.find((s) => s.kind === 'blank' && s.input === 'choice') as { choices: { id: string }[] };
    expect(check({ b1: '7', b2: choiceBlank.choices[0].id })).toBeNull();
    expect(check({ b2: '' })).toBeNull();
    expect(check({ b1: 'x'.repeat(501) })).toBe('blank b1 must be at most 500 characters');
    expect(check({ b2: 'numérique' })).toBe('unknown choice "numérique"');
    expect(check({ b3: 'x' })).toBe('unknown blank "b3"');
    expect(check({ b1: 7 })).toBe('blank b1 must be a string');
    expect(check('7')).toBe('the answer must map blank ids to answers');
  });

  it('dataset: a number or a choice id, according to the answer kind', () => {
    expect(setUp(QUESTIONS.datasetNumeric).check('59')).toBeNull();
    expect(setUp(QUESTIONS.datasetNumeric).check('cinquante')).toBe('the answer must be a number');
    const choice = setUp<'dataset'>(QUESTIONS.datasetChoice);
    const choices = choice.learner.answer.kind === 'choice' ? choice.learner.answer.choices : [];
    expect(choice.check(choices[0].id)).toBeNull();
    expect(choice.check(59)).toBe('the answer must be a choice id');
  });

  it('refuses ids of another attempt', () => {
    const other = setUp<'single_choice'>(QUESTIONS.single).learner.choices[0].id;
    const { layout } = presentQuestion(QUESTIONS.single, 'q', { shuffle: true, random: seededRandom(99) });
    expect(validateResponse(QUESTIONS.single, layout, other)).toMatch(/^unknown choice/);
  });
});
