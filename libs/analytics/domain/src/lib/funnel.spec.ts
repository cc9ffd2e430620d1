import { funnel, rate } from './funnel';

describe('completion funnel', () => {
  it('gives each step its share of the enrolled and the learners lost, and the step after which most stop', () => {
    const result = funnel([
      { step: 'enrolled', title: null, count: 200 },
      { step: 'm1', title: 'Comprendre', count: 150 },
      { step: 'm2', title: 'Traiter', count: 60 },
      { step: 'completed', title: null, count: 50 },
    ]);
    expect(result.steps.map((s) => [s.step, s.rate, s.lost])).toEqual([
      ['enrolled', 1, 0],
      ['m1', 0.75, 50],
      ['m2', 0.3, 90],
      ['completed', 0.25, 10],
    ]);
    expect(result.dropOff).toEqual({ step: 'm1', title: 'Comprendre', lost: 90 });
  });

  it('never counts a negative loss when a later step has more learners, and has no drop-off when nobody is lost', () => {
    const result = funnel([
      { step: 'enrolled', title: null, count: 10 },
      { step: 'm1', title: 'A', count: 4 },
      { step: 'm2', title: 'B', count: 6 },
    ]);
    expect(result.steps.map((s) => s.lost)).toEqual([0, 6, 0]);
    expect(funnel([{ step: 'enrolled', title: null, count: 3 }, { step: 'completed', title: null, count: 3 }]).dropOff).toBeNull();
  });

  it('reports zero rates, not NaN, when nobody enrolled; ties go to the earliest step', () => {
    expect(funnel([{ step: 'enrolled', title: null, count: 0 }, { step: 'completed', title: null, count: 0 }]).steps.map((s) => s.rate)).toEqual([0, 0]);
    const tie = funnel([
      { step: 'enrolled', title: null, count: 10 },
      { step: 'm1', title: 'A', count: 5 },
      { step: 'completed', title: null, count: 0 },
    ]);
    expect(tie.dropOff).toEqual({ step: 'enrolled', title: null, lost: 5 });
  });

  it('rates are null without a denominator', () => {
    expect(rate(3, 4)).toBe(0.75);
    expect(rate(1, 3)).toBe(0.333);
    expect(rate(3, 0)).toBeNull();
    expect(rate(3, null)).toBeNull();
  });
});
