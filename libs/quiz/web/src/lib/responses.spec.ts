import { QUESTIONS as Q } from './testing/questions';
import { describeResponse, isAnswered, move, parseDecimal, toResponse, unansweredNumbers } from './responses';

describe('parseDecimal reads numbers as people write them', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1 200', 1200],
    ['1\u202f200,75', 1200.75],
    ['1\u00a0200', 1200],
    ['-3', -3],
    ['\u22123,5', -3.5],
    [' 42 ', 42],
    [',5', 0.5],
  ])('%j → %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(['', 'douze', '12,5,3', '1.200,5', '12 km', '--3'])('%j is not a number', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});

describe('toResponse builds what the API expects, per question type', () => {
  it('single choice and true/false: the choice id, the boolean', () => {
    expect(toResponse(Q.single, { kind: 'choice', choiceId: 'c1' })).toBe('c1');
    expect(toResponse(Q.trueFalse, { kind: 'boolean', value: false })).toBe(false);
  });

  it('multiple choice: the ids ticked, possibly none once touched', () => {
    expect(toResponse(Q.multiple, { kind: 'choices', choiceIds: ['c0', 'c2'] })).toEqual(['c0', 'c2']);
    expect(toResponse(Q.multiple, { kind: 'choices', choiceIds: [] })).toEqual([]);
  });

  it('short text: trimmed, null when blank, at most 500 characters', () => {
    expect(toResponse(Q.shortText, { kind: 'text', text: '  Etalab 2.0 ' })).toBe('Etalab 2.0');
    expect(toResponse(Q.shortText, { kind: 'text', text: '   ' })).toBeNull();
    expect((toResponse(Q.shortText, { kind: 'text', text: 'a'.repeat(600) }) as string).length).toBe(500);
  });

  it('numeric and dataset numeric: the number read from the French decimal comma, null when it is not one', () => {
    expect(toResponse(Q.numeric, { kind: 'text', text: '12,5' })).toBe(12.5);
    expect(toResponse(Q.datasetNumber, { kind: 'text', text: '1 200' })).toBe(1200);
    expect(toResponse(Q.numeric, { kind: 'text', text: 'douze' })).toBeNull();
  });

  it('dataset with choices: the choice id', () => {
    expect(toResponse(Q.datasetChoice, { kind: 'choice', choiceId: 'c1' })).toBe('c1');
  });

  it('ordering: every item id in the learner’s order, the order shown when untouched', () => {
    expect(toResponse(Q.ordering, { kind: 'order', itemIds: ['c1', 'c2', 'c0'] })).toEqual(['c1', 'c2', 'c0']);
    expect(toResponse(Q.ordering, undefined)).toEqual(['c0', 'c1', 'c2']);
  });

  it('matching and cloze: a map without the empty entries, null when all are empty', () => {
    expect(toResponse(Q.matching, { kind: 'pairs', pairs: { c0: 'r0', c1: '' } })).toEqual({ c0: 'r0' });
    expect(toResponse(Q.cloze, { kind: 'pairs', pairs: { b1: ' 7 ', b2: 'c0' } })).toEqual({ b1: '7', b2: 'c0' });
    expect(toResponse(Q.cloze, { kind: 'pairs', pairs: { b1: '' } })).toBeNull();
  });

  it('an untouched question sends null', () => {
    for (const question of [Q.single, Q.multiple, Q.trueFalse, Q.shortText, Q.numeric, Q.matching, Q.cloze, Q.datasetNumber]) {
      expect(toResponse(question, undefined)).toBeNull();
    }
  });
});

describe('isAnswered and the unanswered questions named before sending', () => {
  it('needs every blank and every pair, a real number, a ticked box; an ordering always counts', () => {
    expect(isAnswered(Q.matching, { kind: 'pairs', pairs: { c0: 'r0' } })).toBe(false);
    expect(isAnswered(Q.matching, { kind: 'pairs', pairs: { c0: 'r0', c1: 'r2' } })).toBe(true);
    expect(isAnswered(Q.cloze, { kind: 'pairs', pairs: { b1: '7', b2: '' } })).toBe(false);
    expect(isAnswered(Q.numeric, { kind: 'text', text: '12,' })).toBe(true);
    expect(isAnswered(Q.numeric, { kind: 'text', text: 'beaucoup' })).toBe(false);
    expect(isAnswered(Q.multiple, { kind: 'choices', choiceIds: [] })).toBe(false);
    expect(isAnswered(Q.trueFalse, { kind: 'boolean', value: false })).toBe(true);
    expect(isAnswered(Q.ordering, undefined)).toBe(true);
  });

  it('numbers the unanswered questions from 1', () => {
    const questions = [Q.single, Q.ordering, Q.shortText, Q.trueFalse];
    expect(unansweredNumbers(questions, { 'q-single': { kind: 'choice', choiceId: 'c0' } })).toEqual([3, 4]);
  });
});

describe('move', () => {
  it('swaps an item with its neighbour, and goes no further than the ends', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('describeResponse shows an answer in the question’s own terms', () => {
  it('choices by their text, booleans as Vrai/Faux, numbers the French way with their unit', () => {
    expect(describeResponse(Q.single, 'c1')).toEqual([{ value: { html: '<p>Le nombre d’habitant·es</p>' } }]);
    expect(describeResponse(Q.multiple, ['c0', 'c2']).map((line) => line.value)).toEqual([{ html: '<p>Budget</p>' }, { html: '<p>Horaires</p>' }]);
    expect(describeResponse(Q.trueFalse, true)).toEqual([{ value: { key: 'quiz.trueFalse.true' } }]);
    expect(describeResponse(Q.numeric, 1200.5)).toEqual([{ value: { text: '1\u202f200,5 km' } }]);
    expect(describeResponse(Q.datasetNumber, '340')).toEqual([{ value: { text: '340 k€' } }]);
  });

  it('an ordering as items in order, a matching per left item, a cloze per blank', () => {
    expect(describeResponse(Q.ordering, ['c1', 'c2', 'c0']).map((line) => line.value)).toEqual([
      { html: '<p>Collecter</p>' },
      { html: '<p>Nettoyer</p>' },
      { html: '<p>Publier</p>' },
    ]);
    expect(describeResponse(Q.matching, { c0: 'r0' })).toEqual([
      { label: { html: '<p>CSV</p>' }, value: { html: '<p>Tableau</p>' } },
      { label: { html: '<p>PDF</p>' }, value: { key: 'quiz.results.noAnswer' } },
    ]);
    expect(describeResponse(Q.cloze, { b1: '7', b2: 'c0' })).toEqual([
      { label: { text: '1' }, value: { text: '7' } },
      { label: { text: '2' }, value: { html: '<p>numérique</p>' } },
    ]);
  });

  it('says "Pas de réponse" for a question left unanswered', () => {
    expect(describeResponse(Q.shortText, null)).toEqual([{ value: { key: 'quiz.results.noAnswer' } }]);
    expect(describeResponse(Q.multiple, [])).toEqual([{ value: { key: 'quiz.results.noAnswer' } }]);
  });
});
