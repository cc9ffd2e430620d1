/**
 * Where the reader is in a lesson, kept in the browser only (`localStorage`, one key per activity, nothing sent):
 * the index of the first heading or paragraph still on screen. An index rather than pixels, so that the place is
 * the same text after a resize, a zoom or a rotation (the lesson reflows, the paragraph stays the same).
 */

export const READING_KEY_PREFIX = 'cd-reading:';

/** The elements a position points at, in reading order: what the reader can be sent back to. */
export const READABLE_SELECTOR = 'h2, h3, h4, h5, h6, p';

/** The storage, or null when the browser refuses it (private mode, policy, no `window`). */
export type ReadingStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;

function keyOf(activityId: string): string {
  return READING_KEY_PREFIX + activityId;
}

/** The remembered position; null when none, when storage is unavailable or the value is not a usable index. */
export function readPosition(storage: ReadingStorage, activityId: string): number | null {
  let raw: string | null;
  try {
    raw = storage?.getItem(keyOf(activityId)) ?? null;
  } catch {
    return null;
  }
  if (raw === null || !/^\d{1,6}$/.test(raw)) return null;
  const index = Number(raw);
  return index > 0 ? index : null;
}

/** Remembers a position; the very top (0) is no place to come back to, so it forgets instead. Never throws. */
export function savePosition(storage: ReadingStorage, activityId: string, index: number): void {
  if (!Number.isInteger(index) || index <= 0) return forgetPosition(storage, activityId);
  try {
    storage?.setItem(keyOf(activityId), String(index));
  } catch {
    // Full or refused: the lesson works without it.
  }
}

/** Forgets the position (the lesson is finished). Never throws. */
export function forgetPosition(storage: ReadingStorage, activityId: string): void {
  try {
    storage?.removeItem(keyOf(activityId));
  } catch {
    // Storage refused: nothing was kept anyway.
  }
}

/**
 * The index of the first element whose bottom is below `top` (the top of the viewport, past any sticky header):
 * the one the reader was reading. 0 when none is (nothing readable, or everything scrolled past: then the last one).
 */
export function currentIndex(bottoms: readonly number[], top = 0): number {
  if (bottoms.length === 0) return 0;
  const index = bottoms.findIndex((bottom) => bottom > top);
  return index < 0 ? bottoms.length - 1 : index;
}

/** `window.localStorage`, or null when reading the property itself throws (some browsers with storage disabled). */
export function browserStorage(view: Window | null): ReadingStorage {
  try {
    return view?.localStorage ?? null;
  } catch {
    return null;
  }
}
