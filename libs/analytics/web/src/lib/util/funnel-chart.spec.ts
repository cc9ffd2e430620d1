import { funnelLayout, funnelSummary, itemFlags, percent, periodQuery, type NamedStep } from './funnel-chart';

const step = (label: string, count: number, rate: number, lost = 0): NamedStep => ({ step: label, title: null, label, count, rate, lost });

describe('funnel chart', () => {
  it('scales every bar to the enrolled count, one row a step, the widest first', () => {
    const layout = funnelLayout([step('Inscrits', 10, 1), step('Module 1', 5, 0.5, 5), step('Terminé', 0, 0, 5)]);
    expect(layout.bars.map((b) => b.barWidth)).toEqual([290, 145, 2]);
    expect(layout.plotWidth).toBe(290);
    expect(layout.bars.map((b) => b.labelY)).toEqual([0, 60, 120]);
    expect(layout.bars[1].barY).toBe(82);
    expect(layout.height).toBe(166);
    expect(layout.bars[0].valueX).toBe(298);
  });

  it('draws hairlines, not a division by zero, when nobody enrolled', () => {
    const layout = funnelLayout([step('Inscrits', 0, 0), step('Terminé', 0, 0)]);
    expect(layout.bars.map((b) => b.barWidth)).toEqual([2, 2]);
  });

  it('says the chart in one sentence, shares in the interface language', () => {
    expect(funnelSummary([step('Inscrits', 4, 1), step('Terminé', 1, 0.25)], 'fr')).toBe('Inscrits : 4 ; Terminé : 1 (25\u00a0%)');
    expect(percent(0.255, 'en')).toBe('26%');
    expect(percent(null, 'fr')).toBe('–');
  });

  it('flags questions that are too hard, too easy, or that do not tell stronger learners apart', () => {
    expect(itemFlags(0.2, 0.5)).toEqual(['tooHard']);
    expect(itemFlags(0.95, 0.1)).toEqual(['tooEasy', 'weak']);
    expect(itemFlags(0.6, -0.3)).toEqual(['reversed']);
    expect(itemFlags(null, null)).toEqual([]);
  });

  it('turns the filters into the API query, the last day included', () => {
    expect(periodQuery({ audience: 'elu', from: '2026-11-01', to: '2026-11-30' })).toBe('?audience=elu&from=2026-11-01&to=2026-12-01');
    expect(periodQuery({ audience: '', from: '', to: '2026-12-31' })).toBe('?to=2027-01-01');
    expect(periodQuery({ audience: '', from: 'hier', to: '' })).toBe('');
  });
});
