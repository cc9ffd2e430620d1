import type { NumericAnswer } from '@culture-d/quiz/contracts';
import { QUESTIONS } from './question.fixture';
import {
  clampFraction,
  longestIncreasingRun,
  numericAnswerAccepts,
  scoreCloze,
  scoreDataset,
  scoreMatching,
  scoreMultipleChoice,
  scoreNumeric,
  scoreOrdering,
  scoreShortText,
  scoreSingleChoice,
  scoreTrueFalse,
} from './rules';

describe('single_choice', () => {
  const { choices } = QUESTIONS.single;
  it('gives full credit and the feedback for the right choice', () => {
    expect(scoreSingleChoice(choices, 0)).toEqual({ fraction: 1, feedback: ['Oui, la CNIL.'] });
  });
  it('gives nothing but the feedback for a wrong choice', () => {
    expect(scoreSingleChoice(choices, 1)).toEqual({ fraction: 0, feedback: ['Non, les télécoms.'] });
    expect(scoreSingleChoice(choices, 2)).toEqual({ fraction: 0, feedback: [] });
  });
  it('gives nothing when unanswered or out of range', () => {
    expect(scoreSingleChoice(choices, null)).toEqual({ fraction: 0, feedback: [] });
    expect(scoreSingleChoice(choices, 7)).toEqual({ fraction: 0, feedback: [] });
  });
});

describe('multiple_choice', () => {
  const q = QUESTIONS.multiple;
  it('adds the weights of the chosen choices', () => {
    expect(scoreMultipleChoice(q, [0]).fraction).toBe(0.5);
    expect(scoreMultipleChoice(q, [0, 1]).fraction).toBe(1);
    expect(scoreMultipleChoice(q, [1, 0, 3]).fraction).toBe(1);
  });
  it('subtracts negative weights', () => {
    expect(scoreMultipleChoice(q, [0, 1, 2]).fraction).toBe(0.5);
  });
  it('never goes below zero', () => {
    expect(scoreMultipleChoice(q, [2]).fraction).toBe(0);
    expect(scoreMultipleChoice(q, [2, 3]).fraction).toBe(0);
  });
  it('never goes above full credit when weights add up to more than 100', () => {
    expect(
      scoreMultipleChoice(
        {
          choices: [
            { text: 'a', weight: 80 },
            { text: 'b', weight: 80 },
          ],
        },
        [0, 1],
      ).fraction,
    ).toBe(1);
  });
  it('scores choosing nothing 0', () => {
    expect(scoreMultipleChoice(q, [])).toEqual({ fraction: 0, feedback: [] });
  });
  it('counts a choice listed twice once, and ignores unknown indices', () => {
    expect(scoreMultipleChoice(q, [0, 0, 0]).fraction).toBe(0.5);
    expect(scoreMultipleChoice(q, [0, 9]).fraction).toBe(0.5);
  });
  it('gives the feedback of the chosen choices in document order', () => {
    expect(scoreMultipleChoice(q, [2, 0]).feedback).toEqual(['Un nom identifie.', 'Elle ne concerne personne.']);
  });
  it('reaches full credit with thirds', () => {
    const thirds = { choices: [33.33, 33.33, 33.34].map((weight) => ({ text: String(weight), weight })) };
    expect(scoreMultipleChoice(thirds, [0, 1, 2]).fraction).toBeCloseTo(1, 9);
  });
});

describe('true_false', () => {
  const q = QUESTIONS.trueFalse;
  it('gives full credit for the right answer with the feedback of that side', () => {
    expect(scoreTrueFalse(q, true)).toEqual({ fraction: 1, feedback: ['Exact.'] });
  });
  it('gives nothing for the wrong one', () => {
    expect(scoreTrueFalse(q, false)).toEqual({ fraction: 0, feedback: ['Si : elle identifie indirectement.'] });
  });
  it('works when the answer is false and without feedback', () => {
    expect(scoreTrueFalse({ answer: false }, false)).toEqual({ fraction: 1, feedback: [] });
    expect(scoreTrueFalse({ answer: false }, null)).toEqual({ fraction: 0, feedback: [] });
  });
});

describe('short_text', () => {
  const { answers } = QUESTIONS.shortText;
  it.each(["l'etat", '« l’État »', '  L’ÉTAT ', 'l\u2019etat'])('accepts %p with full credit', (text) => {
    expect(scoreShortText(answers, text)).toEqual({ fraction: 1, feedback: ['Oui.'] });
  });
  it('gives the credit of a partially accepted answer', () => {
    expect(scoreShortText(answers, 'Le  Gouvernement')).toEqual({ fraction: 0.5, feedback: ['Presque.'] });
  });
  it('takes the best credit when several answers match', () => {
    expect(
      scoreShortText(
        [
          { text: 'Etat', credit: 30 },
          { text: 'État', credit: 90 },
        ],
        'etat',
      ).fraction,
    ).toBe(0.9);
  });
  it('gives nothing for another text, an empty one or none', () => {
    expect(scoreShortText(answers, 'la préfecture').fraction).toBe(0);
    expect(scoreShortText(answers, '   ').fraction).toBe(0);
    expect(scoreShortText(answers, null).fraction).toBe(0);
  });
  it('does not accept a text that merely contains the answer', () => {
    expect(scoreShortText(answers, "l'etat francais").fraction).toBe(0);
  });
  it('clamps credits outside 0–100', () => {
    expect(scoreShortText([{ text: 'a', credit: 150 }], 'a').fraction).toBe(1);
    expect(scoreShortText([{ text: 'a', credit: -20 }], 'a').fraction).toBe(0);
  });
});

describe('numeric', () => {
  const { answers } = QUESTIONS.numeric as { answers: NumericAnswer[] };
  it('accepts the exact value', () => {
    expect(scoreNumeric(answers, 4)).toEqual({ fraction: 1, feedback: ['Oui, 4 %.'] });
    expect(scoreNumeric(answers, 4.01).fraction).toBe(0);
  });
  it('accepts a value within the tolerance, bounds included', () => {
    expect(scoreNumeric(answers, 1.5)).toEqual({ fraction: 0.5, feedback: ['C’est l’autre plafond.'] });
    expect(scoreNumeric(answers, 2.5).fraction).toBe(0.5);
    expect(scoreNumeric(answers, 2.51).fraction).toBe(0);
  });
  it('accepts a range, bounds included', () => {
    expect(scoreNumeric(answers, 1000).fraction).toBe(0.25);
    expect(scoreNumeric(answers, 1500).fraction).toBe(0.25);
    expect(scoreNumeric(answers, 1500.5).fraction).toBe(0);
  });
  it('takes the best credit among the answers that accept the number', () => {
    const overlapping: NumericAnswer[] = [
      { min: 0, max: 10, credit: 50, feedback: 'large' },
      { value: 5, tolerance: 1, credit: 100, feedback: 'précis' },
    ];
    expect(scoreNumeric(overlapping, 5.5)).toEqual({ fraction: 1, feedback: ['précis'] });
    expect(scoreNumeric(overlapping, 8)).toEqual({ fraction: 0.5, feedback: ['large'] });
  });
  it('absorbs floating-point error', () => {
    expect(scoreNumeric([{ value: 0.3, credit: 100 }], 0.1 + 0.2).fraction).toBe(1);
  });
  it('reads a range written backwards', () => {
    expect(numericAnswerAccepts({ min: 10, max: 0, credit: 100 }, 5)).toBe(true);
  });
  it('gives nothing when unanswered', () => {
    expect(scoreNumeric(answers, null).fraction).toBe(0);
    expect(scoreNumeric(answers, NaN).fraction).toBe(0);
  });
});

describe('ordering', () => {
  const { items } = QUESTIONS.ordering;
  it('gives full credit for the right order', () => {
    expect(scoreOrdering(items, [0, 1, 2, 3, 4]).fraction).toBe(1);
  });
  it('costs one item for an item moved elsewhere (longest ordered subsequence)', () => {
    expect(scoreOrdering(items, [1, 2, 3, 4, 0]).fraction).toBe(0.75);
    expect(scoreOrdering(items, [0, 2, 1, 3, 4]).fraction).toBe(0.75);
  });
  it('gives nothing for the reversed order', () => {
    expect(scoreOrdering(items, [4, 3, 2, 1, 0]).fraction).toBe(0);
  });
  it('gives partial credit in between', () => {
    // Longest ordered run: 0, 1, 4 (or 0, 3, 4): 3 items → (3 − 1) / 4.
    expect(scoreOrdering(items, [3, 0, 2, 1, 4]).fraction).toBe(0.5);
  });
  it('treats items that read the same as interchangeable', () => {
    expect(scoreOrdering(['a', 'b', 'a'], [2, 1, 0]).fraction).toBe(1);
  });
  it('gives nothing for an incomplete order, and full credit for a single item', () => {
    expect(scoreOrdering(items, [0, 1]).fraction).toBe(0);
    expect(scoreOrdering(items, null).fraction).toBe(0);
    expect(scoreOrdering(['seul'], [0]).fraction).toBe(1);
  });
  it('computes the longest increasing subsequence', () => {
    expect(longestIncreasingRun([])).toBe(0);
    expect(longestIncreasingRun([3, 1, 2, 5, 4, 6])).toBe(4);
    expect(longestIncreasingRun([2, 2, 2])).toBe(1);
  });
});

describe('matching', () => {
  const q = QUESTIONS.matching;
  it('gives credit per right pair', () => {
    expect(scoreMatching(q, ['Rhône', 'Rhône', 'Isère']).fraction).toBe(1);
    expect(scoreMatching(q, ['Rhône', 'Isère', 'Isère']).fraction).toBeCloseTo(2 / 3, 12);
    expect(scoreMatching(q, ['Ain', null, 'Isère']).fraction).toBeCloseTo(1 / 3, 12);
  });
  it('gives nothing for distractors or nothing', () => {
    expect(scoreMatching(q, ['Ain', 'Ain', 'Ain']).fraction).toBe(0);
    expect(scoreMatching(q, [null, null, null]).fraction).toBe(0);
    expect(scoreMatching(q, []).fraction).toBe(0);
  });
});

describe('cloze', () => {
  const q = QUESTIONS.cloze;
  it('averages the blanks', () => {
    expect(
      scoreCloze(q, [
        { kind: 'text', text: 'Sept' },
        { kind: 'choice', index: 0 },
      ]).fraction,
    ).toBe(1);
    expect(
      scoreCloze(q, [
        { kind: 'text', text: '7' },
        { kind: 'choice', index: 1 },
      ]).fraction,
    ).toBe(0.5);
    expect(scoreCloze(q, [null, { kind: 'choice', index: 0 }]).fraction).toBe(0.5);
    expect(scoreCloze(q, [{ kind: 'text', text: 'huit' }, null]).fraction).toBe(0);
  });
  it('uses the credit of text blanks', () => {
    const partial = { blanks: [{ kind: 'short_text' as const, answers: [{ text: 'a', credit: 50 }] }] };
    expect(scoreCloze(partial, [{ kind: 'text', text: 'A' }]).fraction).toBe(0.5);
  });
  it('ignores answers of the wrong kind', () => {
    expect(
      scoreCloze(q, [
        { kind: 'choice', index: 0 },
        { kind: 'text', text: 'numérique' },
      ]).fraction,
    ).toBe(0);
  });
});

describe('clampFraction', () => {
  it.each([
    [-1, 0],
    [0.4, 0.4],
    [2, 1],
    [NaN, 0],
    [Infinity, 1],
    [-Infinity, 0],
  ])('%p → %p', (input, expected) => {
    expect(clampFraction(input)).toBe(expected);
  });
});

describe('dataset', () => {
  it('scores a numeric answer like a numeric question', () => {
    expect(scoreDataset(QUESTIONS.datasetNumeric.answer, { kind: 'numeric', value: 59 })).toEqual({ fraction: 1, feedback: ['Oui.'] });
    expect(scoreDataset(QUESTIONS.datasetNumeric.answer, { kind: 'numeric', value: 60 }).fraction).toBe(0);
  });
  it('scores a choice like a single choice', () => {
    expect(scoreDataset(QUESTIONS.datasetChoice.answer, { kind: 'choice', index: 0 })).toEqual({ fraction: 1, feedback: ['Oui.'] });
    expect(scoreDataset(QUESTIONS.datasetChoice.answer, { kind: 'choice', index: 1 }).fraction).toBe(0);
  });
  it('gives nothing for no answer or an answer of the other kind', () => {
    expect(scoreDataset(QUESTIONS.datasetChoice.answer, null).fraction).toBe(0);
    expect(scoreDataset(QUESTIONS.datasetChoice.answer, { kind: 'numeric', value: 0 }).fraction).toBe(0);
    expect(scoreDataset(QUESTIONS.datasetNumeric.answer, { kind: 'choice', index: 0 }).fraction).toBe(0);
  });
});
