import { type Cell, cellText, filterRows, nextSort, sortRows } from './dataset-table';

const ROWS: Cell[][] = [
  ['E01', 'Gymnase des Tilleuls', 300],
  ['E02', 'Stade municipal', 1200],
  ['E03', 'Écoles', null],
  ['E04', 'arena', 45.5],
];

describe('dataset table rules', () => {
  it('sorts numbers by value, not as text, and empty cells last in both directions', () => {
    const ascending = sortRows(ROWS, { column: 2, direction: 'ascending' }).map((row) => row[0]);
    expect(ascending).toEqual(['E04', 'E01', 'E02', 'E03']);
    const descending = sortRows(ROWS, { column: 2, direction: 'descending' }).map((row) => row[0]);
    expect(descending).toEqual(['E02', 'E01', 'E04', 'E03']);
  });

  it('sorts text in French order, ignoring case and accents', () => {
    expect(sortRows(ROWS, { column: 1, direction: 'ascending' }).map((row) => row[1])).toEqual([
      'arena',
      'Écoles',
      'Gymnase des Tilleuls',
      'Stade municipal',
    ]);
  });

  it('keeps the file order without a sort, and does not change its input', () => {
    const copy = JSON.parse(JSON.stringify(ROWS)) as Cell[][];
    expect(sortRows(ROWS, null)).toEqual(ROWS);
    sortRows(ROWS, { column: 2, direction: 'descending' });
    expect(ROWS).toEqual(copy);
  });

  it('filters on what cells show, ignoring case and accents', () => {
    expect(filterRows(ROWS, 'ecole').map((row) => row[0])).toEqual(['E03']);
    expect(filterRows(ROWS, '  GYMNASE ').map((row) => row[0])).toEqual(['E01']);
    expect(filterRows(ROWS, '1 200').map((row) => row[0])).toEqual(['E02']); // typed space, shown narrow no-break space
    expect(filterRows(ROWS, '1200').map((row) => row[0])).toEqual(['E02']);
    expect(filterRows(ROWS, '45,5').map((row) => row[0])).toEqual(['E04']);
    expect(filterRows(ROWS, '')).toHaveLength(4);
  });

  it('shows numbers in French and empty cells as nothing', () => {
    expect(cellText(1200)).toBe('1\u202f200');
    expect(cellText(null)).toBe('');
    expect(cellText('Q1')).toBe('Q1');
  });

  it('sorts ascending first, then toggles', () => {
    expect(nextSort(null, 1)).toEqual({ column: 1, direction: 'ascending' });
    expect(nextSort({ column: 1, direction: 'ascending' }, 1)).toEqual({ column: 1, direction: 'descending' });
    expect(nextSort({ column: 1, direction: 'descending' }, 1)).toEqual({ column: 1, direction: 'ascending' });
    expect(nextSort({ column: 1, direction: 'descending' }, 2)).toEqual({ column: 2, direction: 'ascending' });
  });
});
