import { findPrerequisiteCycle, formatCycle } from './prerequisites';

const m = (key: string, ...prerequisites: string[]) => ({ key, prerequisites });

describe('findPrerequisiteCycle', () => {
  it('returns null without cycles, including diamonds and no modules at all', () => {
    expect(findPrerequisiteCycle([])).toBeNull();
    expect(findPrerequisiteCycle([m('m1'), m('m2', 'm1'), m('m3', 'm1'), m('m4', 'm2', 'm3')])).toBeNull();
  });

  it('finds a two-module cycle and names it from where the walk entered it', () => {
    expect(findPrerequisiteCycle([m('m1'), m('m2', 'm3'), m('m3', 'm2')])).toEqual(['m2', 'm3', 'm2']);
  });

  it('finds a self-reference', () => {
    expect(findPrerequisiteCycle([m('m1', 'm1')])).toEqual(['m1', 'm1']);
  });

  it('finds a longer cycle reached through a chain, without the chain', () => {
    const modules = [m('a', 'b'), m('b', 'c'), m('c', 'd'), m('d', 'b')];
    expect(findPrerequisiteCycle(modules)).toEqual(['b', 'c', 'd', 'b']);
  });

  it('ignores prerequisites naming no module', () => {
    expect(findPrerequisiteCycle([m('m1', 'ghost'), m('m2', 'm1', 'ghost')])).toBeNull();
  });

  it('does not report a module visited twice through different paths as a cycle', () => {
    expect(findPrerequisiteCycle([m('a', 'b', 'c'), m('b', 'c'), m('c')])).toBeNull();
  });

  it('handles a 10 000-module chain without overflowing the stack', () => {
    const chain = Array.from({ length: 10_000 }, (_, i) => m(`m${i}`, ...(i > 0 ? [`m${i - 1}`] : [])));
    expect(findPrerequisiteCycle(chain)).toBeNull();
    chain[0] = m('m0', 'm9999');
    expect(findPrerequisiteCycle(chain)).toHaveLength(10_001);
  });

  it('formats a cycle for authors', () => {
    expect(formatCycle(['m2', 'm3', 'm2'])).toBe('m2 → m3 → m2');
  });
});
