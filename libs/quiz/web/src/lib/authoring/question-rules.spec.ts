import type { QuestionDocument } from '@culture-d/quiz/contracts';
import { DIFFICULTIES, QUESTION_TYPES } from '@culture-d/quiz/contracts';
import { ALL_DIFFICULTIES, ALL_TYPES, changeType, checkQuestion, fieldOf, newQuestion, suggestKey } from './question-rules';

const base = { key: 'q-test', stem: 'Une question ?', explanation: '', competencies: [] };
const codes = (question: QuestionDocument, options?: { bank?: boolean }) => checkQuestion(question, options).map((i) => `${i.pointer} ${i.key.replace('quizEditor.rules.', '')}`);

describe('checkQuestion (mirrors the domain before saving)', () => {
  it('accepts a complete single choice question', () => {
    expect(
      codes({
        ...base,
        type: 'single_choice',
        choices: [
          { text: 'A', correct: true },
          { text: 'B', correct: false },
        ],
      }),
    ).toEqual([]);
  });

  it('wants exactly one right answer in a single choice question, and says how many there are', () => {
    const two = checkQuestion({
      ...base,
      type: 'single_choice',
      choices: [
        { text: 'A', correct: true },
        { text: 'B', correct: true },
      ],
    });
    expect(two).toEqual([{ pointer: '/choices', key: 'quizEditor.rules.exactlyOneCorrect', params: { count: 2 } }]);
    expect(
      codes({
        ...base,
        type: 'single_choice',
        choices: [
          { text: 'A', correct: false },
          { text: 'B', correct: false },
        ],
      }),
    ).toEqual(['/choices exactlyOneCorrect']);
  });

  it('reports missing texts and too few choices on their fields', () => {
    expect(codes({ ...base, stem: ' ', type: 'single_choice', choices: [{ text: '', correct: true }] })).toEqual(['/stem required', '/choices tooFew', '/choices/0/text required']);
  });

  it('checks keys like the domain: kebab-case, at most 80 characters', () => {
    expect(codes({ ...base, key: 'Q 1', type: 'true_false', answer: true })).toEqual(['/key keyPattern']);
    expect(codes({ ...base, key: '', type: 'true_false', answer: true })).toEqual(['/key required']);
    expect(codes({ ...base, key: 'a'.repeat(81), type: 'true_false', answer: true })).toEqual(['/key tooLong']);
  });

  it('wants the positive weights of a multiple choice question to sum to 100', () => {
    const q = (weights: number[]): QuestionDocument => ({ ...base, type: 'multiple_choice', choices: weights.map((weight, i) => ({ text: `C${i}`, weight })) });
    expect(codes(q([50, 50, -100]))).toEqual([]);
    expect(checkQuestion(q([50, 30, -100]))).toEqual([{ pointer: '/choices', key: 'quizEditor.rules.weightsSum', params: { sum: 80 } }]);
    expect(codes(q([0, -50]))).toEqual(['/choices positiveWeight']);
    expect(codes(q([NaN, 100]))).toEqual(['/choices/0/weight number']);
    expect(codes(q([150, 100]))).toContain('/choices/0/weight range');
  });

  it('wants a full-credit answer for short text and numeric questions', () => {
    expect(codes({ ...base, type: 'short_text', answers: [{ text: 'CNIL', credit: 50 }] })).toEqual(['/answers fullCredit']);
    expect(codes({ ...base, type: 'short_text', answers: [] })).toEqual(['/answers tooFew']);
    expect(codes({ ...base, type: 'numeric', answers: [{ value: 4, tolerance: 0.5, credit: 100 }] })).toEqual([]);
    expect(codes({ ...base, type: 'numeric', answers: [{ min: 10, max: 2, credit: 100 }] })).toEqual(['/answers/0/max minMax']);
    expect(codes({ ...base, type: 'numeric', answers: [{ value: 4, tolerance: -1, credit: 120 }] })).toEqual([
      '/answers/0/credit range',
      '/answers/0/tolerance range',
      '/answers fullCredit',
    ]);
  });

  it('checks the placeholders of a cloze text against its blanks', () => {
    const cloze = (text: string): QuestionDocument => ({
      ...base,
      type: 'cloze',
      text,
      blanks: [
        { kind: 'short_text', answers: [{ text: '7', credit: 100 }] },
        { kind: 'choice', choices: ['numérique', 'digitale'], correct: 0 },
      ],
    });
    expect(codes(cloze('Loi du {{1}} octobre pour une République {{2}}.'))).toEqual([]);
    expect(checkQuestion(cloze('Loi du {{1}} octobre.'))).toEqual([{ pointer: '/text', key: 'quizEditor.rules.placeholderMissing', params: { n: 2, placeholder: '{{2}}' } }]);
    expect(codes(cloze('{{1}} {{1}} {{2}} {{3}}'))).toEqual(['/text placeholderTwice', '/text placeholderUnknown']);
  });

  it('wants the right choice of a choice blank to exist', () => {
    expect(codes({ ...base, type: 'cloze', text: '{{1}}', blanks: [{ kind: 'choice', choices: ['a', 'b'], correct: 2 }] })).toEqual(['/blanks/0/correct blankCorrect']);
  });

  it('wants two items to order and two pairs to match, each with its text', () => {
    expect(codes({ ...base, type: 'ordering', items: ['Collecter', ''] })).toEqual(['/items/1 required']);
    expect(codes({ ...base, type: 'matching', pairs: [{ left: 'CNIL', right: '' }], distractors: [''] })).toEqual([
      '/pairs tooFew',
      '/pairs/0/right required',
      '/distractors/0 required',
    ]);
  });

  it('refuses dataset questions in the bank only', () => {
    const dataset: QuestionDocument = { ...base, type: 'dataset', dataset: 'budget', answer: { kind: 'numeric', answers: [{ value: 3, credit: 100 }] } };
    expect(codes(dataset)).toEqual([]);
    expect(codes(dataset, { bank: true })).toEqual(['/type datasetInBank']);
  });

  it('accepts points above 0 up to 100 only', () => {
    expect(codes({ ...base, points: 0, type: 'true_false', answer: false })).toEqual(['/points points']);
    expect(codes({ ...base, points: 2.5, type: 'true_false', answer: false })).toEqual([]);
  });
});

describe('newQuestion and changeType', () => {
  it('starts every type with the fields its editor shows, incomplete only where the author must write', () => {
    for (const type of QUESTION_TYPES) {
      const question = newQuestion(type, 'q-new');
      expect(question.type).toBe(type);
      // Only texts are missing (and the dataset key): the structure is already valid.
      const structural = checkQuestion({ ...question, stem: 'Énoncé' }).filter((i) => !i.key.endsWith('.required') && !i.pointer.startsWith('/dataset'));
      expect({ type, structural }).toEqual({ type, structural: [] });
    }
  });

  it('keeps the common fields and the choices between single and multiple choice', () => {
    const single: QuestionDocument = {
      ...base,
      points: 2,
      type: 'single_choice',
      choices: [
        { text: 'A', correct: false },
        { text: 'B', correct: true, feedback: 'Oui' },
      ],
    };
    const multiple = changeType(single, 'multiple_choice');
    expect(multiple).toEqual({
      ...base,
      points: 2,
      difficulty: 'moyen',
      type: 'multiple_choice',
      choices: [
        { text: 'A', weight: 0 },
        { text: 'B', weight: 100, feedback: 'Oui' },
      ],
    });
    expect(changeType(multiple, 'single_choice')).toEqual({ ...single, difficulty: 'moyen' });
    expect(changeType(single, 'ordering')).toMatchObject({ key: 'q-test', stem: 'Une question ?', type: 'ordering', items: ['', ''] });
  });
});

describe('fieldOf and suggestKey', () => {
  it('lists the same types and difficulties as the contracts', () => {
    expect(ALL_TYPES).toEqual(QUESTION_TYPES);
    expect(ALL_DIFFICULTIES).toEqual(DIFFICULTIES);
  });

  it('turns pointers into the editor’s id suffixes', () => {
    expect(fieldOf('/choices/0/text')).toBe('choices-0-text');
    expect(fieldOf('')).toBe('type');
  });

  it('suggests a free kebab-case key from the stem', () => {
    expect(suggestKey('Qu’est-ce qu’une donnée ouverte ?', new Set())).toBe('q-qu-est-ce-qu-une');
    expect(suggestKey('', new Set(['q', 'q-2']))).toBe('q-3');
  });
});
