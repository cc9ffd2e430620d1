/**
 * The list with the item at `from` moved to `to` (both clamped to the list), as a new array: what both the drag and
 * drop and the "move up" / "move down" buttons of the editors send to the API's order routes.
 */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  if (from < 0 || from >= result.length) return result;
  const target = Math.max(0, Math.min(result.length - 1, to));
  const [item] = result.splice(from, 1);
  result.splice(target, 0, item as T);
  return result;
}
