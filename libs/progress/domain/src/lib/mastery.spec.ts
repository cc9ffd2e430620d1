import { competencyMastery, masteryLevel } from './mastery';

describe('mastery levels', () => {
  it('maps a ratio to a level at the 50 % and 80 % thresholds', () => {
    expect(masteryLevel(null)).toBe('not_assessed');
    expect(masteryLevel(0)).toBe('to_strengthen');
    expect(masteryLevel(0.499)).toBe('to_strengthen');
    expect(masteryLevel(0.5)).toBe('developing');
    expect(masteryLevel(0.79)).toBe('developing');
    expect(masteryLevel(0.8)).toBe('mastered');
    expect(masteryLevel(1)).toBe('mastered');
  });
});

describe('competencyMastery', () => {
  it('sums the counted result of every quiz touching a competency, each quiz once', () => {
    const quizA = [
      { code: 'comprendre', points: 2, maxPoints: 2 },
      { code: 'traiter', points: 0, maxPoints: 3 },
    ];
    const quizB = [{ code: 'comprendre', points: 1, maxPoints: 3 }];
    const mastery = competencyMastery(['comprendre', 'traiter', 'partager'], [quizA, quizB]);
    expect(mastery).toEqual([
      { code: 'comprendre', percent: 60, level: 'developing', evidence: 2 },
      { code: 'traiter', percent: 0, level: 'to_strengthen', evidence: 1 },
      { code: 'partager', percent: null, level: 'not_assessed', evidence: 0 },
    ]);
  });

  it('does not count questions worth nothing as evidence', () => {
    expect(competencyMastery(['vide'], [[{ code: 'vide', points: 0, maxPoints: 0 }]])).toEqual([{ code: 'vide', percent: null, level: 'not_assessed', evidence: 0 }]);
  });

  it('reaches mastered at 80 %', () => {
    expect(competencyMastery(['c'], [[{ code: 'c', points: 4, maxPoints: 5 }]])[0]).toMatchObject({ percent: 80, level: 'mastered' });
  });
});
