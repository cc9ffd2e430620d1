import { apiSurveyErrors, draftsOf, moveQuestion, newQuestion, surveyOf, surveyProblems } from './survey-builder';
import { resultBars } from './survey-results';

describe('survey builder', () => {
  const survey = [
    { key: 'aisance', kind: 'scale' as const, question: 'Votre aisance ?', min: 0, max: 10 },
    { key: 'sujets', kind: 'choice' as const, question: 'Quels sujets ?', choices: ['budget', 'écoles'], multiple: true },
    { key: 'attentes', kind: 'text' as const, question: 'Vos attentes ?' },
  ];

  it('edits the questions of the API and gives them back unchanged', () => {
    const drafts = draftsOf(survey);
    expect(drafts[1]).toMatchObject({ kind: 'multiple', choices: 'budget\nécoles' });
    expect(surveyOf(drafts)).toEqual(survey);
  });

  it('gives each new question a key of its own, kept when questions move', () => {
    const drafts = draftsOf(survey);
    const added = newQuestion('choice', [...drafts, { ...drafts[0], key: 'question-4' }]);
    expect(added.key).toBe('question-5');
    expect(moveQuestion(drafts, 2, -1).map((q) => q.key)).toEqual(['aisance', 'attentes', 'sujets']);
    expect(moveQuestion(drafts, 0, -1).map((q) => q.key)).toEqual(['aisance', 'sujets', 'attentes']);
    expect(moveQuestion(drafts, 2, 1).map((q) => q.key)).toEqual(['aisance', 'sujets', 'attentes']);
  });

  it('sends a single choice without `multiple`, choices without blank lines or spaces', () => {
    const [q] = surveyOf([{ key: 'format', kind: 'choice', question: ' Quel format ? ', choices: ' présentiel \n\n en ligne ', min: 1, max: 5 }]);
    expect(q).toEqual({ key: 'format', kind: 'choice', question: 'Quel format ?', choices: ['présentiel', 'en ligne'] });
  });

  it('names each question to fix: wording, options, scale', () => {
    const problems = surveyProblems([
      { key: 'a', kind: 'text', question: 'ok', choices: '', min: 1, max: 5 },
      { key: 'b', kind: 'choice', question: 'Un seul choix ?', choices: 'oui', min: 1, max: 5 },
      { key: 'c', kind: 'multiple', question: 'Deux fois ?', choices: 'oui\noui', min: 1, max: 5 },
      { key: 'd', kind: 'scale', question: 'Une note ?', choices: '', min: 5, max: 5 },
      { key: 'e', kind: 'scale', question: 'Sur vingt ?', choices: '', min: 0, max: 20 },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['0-question', '1-choices', '2-choices', '3-max', '4-max']);
    expect(problems[1]).toEqual({ field: '1-choices', key: 'workshopsAdmin.survey.errors.choices', params: { number: 2 } });
    expect(surveyProblems(draftsOf(survey))).toEqual([]);
  });

  it('reads the API’s field errors on the question they concern', () => {
    expect(apiSurveyErrors([{ field: 'survey.1.key' }, { field: 'survey.2.choices' }, { field: 'title' }]).map((e) => e.field)).toEqual(['1-question', '2-choices']);
  });
});

describe('survey results', () => {
  it('draws bars against the longest one and gives shares of those who answered', () => {
    expect(resultBars({ responses: 4, counts: { budget: 4, écoles: 1, urbanisme: 0 } })).toEqual([
      { label: 'budget', count: 4, percent: 100, width: 100 },
      { label: 'écoles', count: 1, percent: 25, width: 25 },
      { label: 'urbanisme', count: 0, percent: 0, width: 0 },
    ]);
    expect(resultBars({ responses: 0, counts: { a: 0 } })).toEqual([{ label: 'a', count: 0, percent: 0, width: 0 }]);
  });
});
