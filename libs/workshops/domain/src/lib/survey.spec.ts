import { aggregateSurvey, checkSurveyAnswers, checkSurveyQuestions, type SurveyQuestionRule } from './survey';

const questions: SurveyQuestionRule[] = [
  { key: 'aisance', kind: 'scale', question: 'Votre aisance avec les données ?', min: 1, max: 5 },
  { key: 'format', kind: 'choice', question: 'Quel format ?', choices: ['présentiel', 'en ligne'] },
  { key: 'attentes', kind: 'text', question: 'Vos attentes ?' },
];

describe('needs survey', () => {
  it('accepts valid answers and names each wrong one', () => {
    expect(checkSurveyAnswers(questions, { aisance: 3, format: 'en ligne', attentes: 'Apprendre à ouvrir nos données' })).toEqual([]);
    expect(checkSurveyAnswers(questions, { aisance: 6, format: 'visio', autre: 'x', attentes: 'x'.repeat(2001) }).map((p) => p.field)).toEqual([
      'aisance',
      'format',
      'autre',
      'attentes',
    ]);
    expect(checkSurveyAnswers(questions, { aisance: 2.5 })).toHaveLength(1);
  });

  it('takes one option of a single choice, several only where the question allows it', () => {
    expect(checkSurveyAnswers(questions, { format: ['en ligne'] })).toEqual([]);
    expect(checkSurveyAnswers(questions, { format: ['en ligne', 'présentiel'] })).toEqual([{ field: 'format', message: 'only one choice may be given' }]);
    const multiple = questions.map((q) => (q.key === 'format' ? { ...q, multiple: true } : q));
    expect(checkSurveyAnswers(multiple, { format: ['en ligne', 'présentiel'] })).toEqual([]);
  });

  it('refuses questions with the same key, a scale that does not go up, or the same choice twice', () => {
    expect(checkSurveyQuestions(questions)).toEqual([]);
    expect(
      checkSurveyQuestions([
        ...questions,
        { key: 'format', kind: 'text', question: 'Encore ?' },
        { key: 'note', kind: 'scale', question: 'Une note ?', min: 5, max: 5 },
        { key: 'jour', kind: 'choice', question: 'Quel jour ?', choices: ['lundi', 'lundi'] },
      ]).map((p) => p.field),
    ).toEqual(['survey.3.key', 'survey.4.max', 'survey.5.choices']);
    expect(checkSurveyQuestions([{ key: 'note', kind: 'scale', question: 'Une note ?', max: 1 }])).toHaveLength(1);
  });

  it('aggregates means, distributions, counts and texts', () => {
    const results = aggregateSurvey(questions, [
      { aisance: 2, format: 'présentiel', attentes: 'Des exemples concrets' },
      { aisance: 4, format: 'présentiel' },
      { aisance: 5, format: ['en ligne', 'présentiel'] },
    ]);
    expect(results[0]).toMatchObject({ responses: 3, mean: 3.67, counts: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 1 } });
    expect(results[1]).toMatchObject({ responses: 3, counts: { présentiel: 3, 'en ligne': 1 } });
    expect(results[2]).toEqual({ key: 'attentes', kind: 'text', question: 'Vos attentes ?', responses: 1, texts: ['Des exemples concrets'] });
  });
});
