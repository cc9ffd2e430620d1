import { aggregateSurvey, checkSurveyAnswers, type SurveyQuestionRule } from './survey';

const questions: SurveyQuestionRule[] = [
  { key: 'aisance', kind: 'scale', question: 'Votre aisance avec les données ?', min: 1, max: 5 },
  { key: 'format', kind: 'choice', question: 'Quel format ?', choices: ['présentiel', 'en ligne'] },
  { key: 'attentes', kind: 'text', question: 'Vos attentes ?' },
];

describe('needs survey', () => {
  it('accepts valid answers and names each wrong one', () => {
    expect(checkSurveyAnswers(questions, { aisance: 3, format: 'en ligne', attentes: 'Apprendre à ouvrir nos données' })).toEqual([]);
    expect(checkSurveyAnswers(questions, { aisance: 6, format: 'visio', autre: 'x', attentes: 'x'.repeat(2001) }).map((p) => p.field)).toEqual(['aisance', 'format', 'autre', 'attentes']);
    expect(checkSurveyAnswers(questions, { aisance: 2.5 })).toHaveLength(1);
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
