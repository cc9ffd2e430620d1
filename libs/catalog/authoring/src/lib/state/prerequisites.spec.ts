import { cycleWith, describeCycle } from './prerequisites';

const modules = [
  { key: 'decouvrir', title: 'Découvrir', prerequisites: [] },
  { key: 'ouvrir', title: 'Ouvrir', prerequisites: ['decouvrir'] },
  { key: 'partager', title: 'Partager', prerequisites: ['ouvrir'] },
  { key: 'aparte', title: 'Aparté', prerequisites: [] },
];

describe('the prerequisites picker', () => {
  it('accepts a choice that keeps the graph acyclic, even with several paths to the same module', () => {
    expect(cycleWith(modules, 'partager', ['ouvrir', 'decouvrir'])).toBeNull();
    expect(cycleWith(modules, 'aparte', ['partager', 'ouvrir'])).toBeNull();
    expect(cycleWith(modules, 'decouvrir', [])).toBeNull();
  });

  it('refuses a direct cycle and names both modules', () => {
    const cycle = cycleWith(modules, 'decouvrir', ['ouvrir']);
    expect(cycle).toEqual(['decouvrir', 'ouvrir', 'decouvrir']);
    expect(describeCycle(modules, cycle ?? [])).toBe('Découvrir → Ouvrir → Découvrir');
  });

  it('refuses a longer cycle through other modules', () => {
    expect(cycleWith(modules, 'decouvrir', ['aparte', 'partager'])).toEqual(['decouvrir', 'partager', 'ouvrir', 'decouvrir']);
  });

  it('refuses a module as its own prerequisite', () => {
    expect(cycleWith(modules, 'aparte', ['aparte'])).toEqual(['aparte', 'aparte']);
  });

  it('ignores a cycle elsewhere that the edited module is not part of (the API reports it)', () => {
    const broken = [...modules, { key: 'x', title: 'X', prerequisites: ['y'] }, { key: 'y', title: 'Y', prerequisites: ['x'] }];
    expect(cycleWith(broken, 'aparte', ['decouvrir'])).toBeNull();
  });
});
