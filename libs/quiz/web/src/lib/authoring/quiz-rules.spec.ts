import type { QuizDocument } from '@culture-d/catalog/contracts';
import type { QuestionDocument } from '@culture-d/quiz/contracts';
import { activityPointer, checkQuiz, copyWithFreeKey, questionIssues, questionKeysOutside } from './quiz-rules';

const question = (key: string): QuestionDocument => ({ key, type: 'true_false', stem: 'Vrai ?', explanation: '', competencies: [], answer: true });
const quiz = (change: Partial<QuizDocument> = {}): Pick<QuizDocument, 'settings' | 'questions' | 'draw'> => ({
  settings: { passMark: 60, maxAttempts: null, scoring: 'best', shuffleQuestions: false, shuffleChoices: false, showCorrectAnswers: 'never' },
  questions: [question('q-a'), question('q-b')],
  ...change,
});
const codes = (issues: { pointer: string; key: string }[]) => issues.map((i) => `${i.pointer} ${i.key.replace('quizEditor.rules.', '')}`);

describe('checkQuiz', () => {
  it('accepts a complete quiz', () => {
    expect(checkQuiz(quiz())).toEqual([]);
  });

  it('checks the settings: pass mark 0–100, attempts a whole number from 1 or unlimited', () => {
    const settings = { ...quiz().settings, passMark: 120, maxAttempts: 0 };
    expect(codes(checkQuiz(quiz({ settings })))).toEqual(['/settings/passMark range', '/settings/maxAttempts attempts']);
    expect(checkQuiz(quiz({ settings: { ...settings, passMark: 100, maxAttempts: 3 } }))).toEqual([]);
  });

  it('wants each competency drawn once, with a count from 1 to 50', () => {
    const draw = [
      { competency: 'C1', count: 2 },
      { competency: 'C1', count: 51 },
      { competency: '', count: 1 },
    ];
    expect(codes(checkQuiz(quiz({ draw })))).toEqual(['/draw/1/competency drawTwice', '/draw/1/count drawCount', '/draw/2/competency required']);
  });

  it('places question issues under their question, and wants keys unique in the whole parcours', () => {
    const issues = checkQuiz(quiz({ questions: [question('q-a'), { ...question('q-a'), stem: '' }, question('q-ailleurs')] }), new Set(['q-ailleurs']));
    expect(codes(issues)).toEqual(['/questions/1/stem required', '/questions/1/key keyTaken', '/questions/2/key keyTaken']);
    expect(codes(questionIssues(issues, 1))).toEqual(['/stem required', '/key keyTaken']);
    expect(questionIssues(issues, 0)).toEqual([]);
  });
});

describe('the API’s pointers and bank copies', () => {
  it('reads the API’s pointers into the parcours as pointers into the activity', () => {
    expect(activityPointer('/parcours/modules/0/activities/2/questions/1/stem')).toBe('/questions/1/stem');
    expect(activityPointer('/parcours/modules/0/activities/2')).toBe('');
    expect(activityPointer('/parcours/title')).toBeNull();
  });

  it('copies a bank question under a free key', () => {
    expect(copyWithFreeKey(question('q-a'), new Set(['q-b'])).key).toBe('q-a');
    expect(copyWithFreeKey(question('q-a'), new Set(['q-a', 'q-a-2'])).key).toBe('q-a-3');
  });

  it('lists the question keys of the parcours’ other quizzes', () => {
    const modules = [
      {
        activities: [
          { key: 'quiz-1', type: 'quiz', questions: [question('q-a')] },
          { key: 'lecon', type: 'lesson' },
          { key: 'quiz-2', type: 'quiz', questions: [question('q-b')] },
        ],
      },
    ];
    expect([...questionKeysOutside(modules, 'quiz-1')]).toEqual(['q-b']);
  });
});
