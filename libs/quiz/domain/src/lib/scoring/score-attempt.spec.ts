import type { QuestionDocument, QuestionResponse } from '@culture-d/quiz/contracts';
import { presentQuestion } from './present';
import { QUESTIONS, seededRandom } from './question.fixture';
import { roundPercent, scoreAttempt, showsCorrectAnswers } from './score-attempt';
import { correctResponse } from './score-question';

function item(question: QuestionDocument, answer: 'right' | 'none' | ((right: QuestionResponse) => QuestionResponse)) {
  const { layout } = presentQuestion(question, question.key, { shuffle: true, random: seededRandom(11) });
  const right = correctResponse(question, layout);
  return { question, layout, response: answer === 'none' ? null : answer === 'right' ? right : answer(right) };
}

describe('scoreAttempt', () => {
  const items = [
    item({ ...QUESTIONS.single, competencies: ['D1.1', 'D2.3'] }, 'right'),
    item(QUESTIONS.multiple, (right) => [(right as string[])[0]]),
    item({ ...QUESTIONS.trueFalse, competencies: ['D2.3'], points: 3 }, () => false),
    item({ ...QUESTIONS.shortText, competencies: [] }, 'none'),
  ];

  it('adds up points, computes the percent and the pass', () => {
    const result = scoreAttempt(items, { passMark: 28.5 });
    expect(result.questions.map((q) => q.points)).toEqual([1, 1, 0, 0]);
    expect(result).toMatchObject({ score: 2, maxScore: 7, percent: 28.6, passed: true });
    expect(scoreAttempt(items, { passMark: 28.6 }).passed).toBe(true);
    expect(scoreAttempt(items, { passMark: 28.7 }).passed).toBe(false);
  });

  it('gives the points per competency, a question counting for each of its competencies', () => {
    expect(scoreAttempt(items, { passMark: 50 }).competencies).toEqual([
      { code: 'D1.1', points: 2, maxPoints: 3 },
      { code: 'D2.3', points: 1, maxPoints: 4 },
    ]);
  });

  it('gives 100 % for all right, and 0 for an empty quiz', () => {
    const all = Object.values(QUESTIONS).map((q) => item(q as QuestionDocument, 'right'));
    expect(scoreAttempt(all, { passMark: 100 })).toMatchObject({ score: 11, maxScore: 11, percent: 100, passed: true });
    expect(scoreAttempt([], { passMark: 50 })).toEqual({ score: 0, maxScore: 0, percent: 0, passed: false, questions: [], competencies: [] });
    expect(scoreAttempt([], { passMark: 0 }).passed).toBe(true);
  });

  it('rounds the percent to one decimal', () => {
    expect(roundPercent(66.666)).toBe(66.7);
    expect(roundPercent(12.25)).toBe(12.3);
  });
});

describe('showsCorrectAnswers', () => {
  it.each([
    ['never', true, false],
    ['never', false, false],
    ['after_submission', false, true],
    ['after_submission', true, true],
    ['after_passing', true, true],
    ['after_passing', false, false],
  ] as const)('%s, passed %p → %p', (policy, passed, expected) => {
    expect(showsCorrectAnswers({ showCorrectAnswers: policy }, passed)).toBe(expected);
  });
});
