import { fold, formatFrenchNumber } from '../util/format';

export type Cell = string | number | null;
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  readonly column: number;
  readonly direction: SortDirection;
}

const NUMERIC_TYPES = new Set(['integer', 'number']);

export function isNumericColumn(type: string): boolean {
  return NUMERIC_TYPES.has(type);
}

/** What a cell shows: numbers the French way, nothing for an empty cell. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? formatFrenchNumber(cell) : cell;
}

const TEXT_ORDER = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** Compares two cells: numbers by value, text in French alphabetical order; empty cells always last. */
function compare(a: Cell, b: Cell, direction: SortDirection): number {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : TEXT_ORDER.compare(String(a), String(b));
  return direction === 'ascending' ? order : -order;
}

/** Rows sorted by one column (stable: equal rows keep the file's order); the input is not changed. */
export function sortRows(rows: readonly (readonly Cell[])[], sort: SortState | null): (readonly Cell[])[] {
  const indexed = rows.map((row, index) => ({ row, index }));
  if (sort) indexed.sort((x, y) => compare(x.row[sort.column], y.row[sort.column], sort.direction) || x.index - y.index);
  return indexed.map((entry) => entry.row);
}

/** Rows of which a cell contains the query (as shown, case and accents ignored); every row for a blank query. */
export function filterRows(rows: readonly (readonly Cell[])[], query: string): (readonly Cell[])[] {
  const needle = fold(query.trim());
  if (!needle) return [...rows];
  return rows.filter((row) => row.some((cell) => fold(cellText(cell)).includes(needle) || (typeof cell === 'number' && String(cell).includes(needle))));
}

/** The next sort after activating a column's button: ascending first, then it toggles. */
export function nextSort(current: SortState | null, column: number): SortState {
  if (current?.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: 'ascending' };
}
