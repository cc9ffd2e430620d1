import { pickDrawn, shuffled } from './draw';

describe('pickDrawn', () => {
  const row = (rule: number, id: string) => ({ rule, id });

  it('takes count questions per rule, in rule order', () => {
    expect(pickDrawn([{ count: 2 }, { count: 1 }], [row(1, 'a'), row(1, 'b'), row(1, 'c'), row(2, 'x'), row(2, 'y')]).map((r) => r.id)).toEqual(['a', 'b', 'x']);
  });

  it('never draws a question twice when two drawn competencies tag it, taking the next candidate instead', () => {
    expect(pickDrawn([{ count: 1 }, { count: 2 }], [row(1, 'a'), row(1, 'b'), row(2, 'a'), row(2, 'c'), row(2, 'd')]).map((r) => r.id)).toEqual(['a', 'c', 'd']);
  });

  it('draws fewer when the bank holds fewer, and nothing without candidates', () => {
    expect(pickDrawn([{ count: 5 }], [row(1, 'a'), row(1, 'b')]).map((r) => r.id)).toEqual(['a', 'b']);
    expect(pickDrawn([{ count: 2 }], [])).toEqual([]);
  });
});

describe('shuffled', () => {
  it('returns a permutation and leaves the input alone', () => {
    const items = [1, 2, 3, 4, 5];
    const values = [0.9, 0.1, 0.5, 0.3];
    const result = shuffled(items, () => values.shift() ?? 0);
    expect([...result].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(result).toEqual([3, 4, 2, 1, 5]);
  });
});
