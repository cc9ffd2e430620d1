/**
 * Immutable edits of a document at a JSON Pointer (`/choices/1/text`): the editors keep the question as a plain
 * document (the format the API takes) and replace it at every keystroke, so that signals see each change.
 */
type Container = Record<string, unknown> | unknown[];

function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/');
}

function clone(value: Container): Container {
  return Array.isArray(value) ? [...value] : { ...value };
}

/** Applies `change` to the value at `pointer` (created as needed), returning a new document; shares what did not change. */
export function updateAt<T>(document: T, pointer: string, change: (value: unknown) => unknown): T {
  const path = segments(pointer);
  const step = (node: unknown, depth: number): unknown => {
    if (depth === path.length) return change(node);
    const container = clone((node ?? (/^\d+$/.test(path[depth]) ? [] : {})) as Container);
    const segment = path[depth];
    const index = Array.isArray(container) ? Number(segment) : segment;
    const next = step((container as Record<string | number, unknown>)[index], depth + 1);
    if (next === undefined && !Array.isArray(container)) delete (container as Record<string, unknown>)[segment];
    else (container as Record<string | number, unknown>)[index] = next;
    return container;
  };
  return step(document, 0) as T;
}

/** Sets the value at `pointer`; `undefined` removes an optional property. */
export function setAt<T>(document: T, pointer: string, value: unknown): T {
  return updateAt(document, pointer, () => value);
}

/** Sets an optional text: an empty one removes the property (the format has no empty feedback). */
export function setOptionalText<T>(document: T, pointer: string, text: string): T {
  return setAt(document, pointer, text === '' ? undefined : text);
}

export function appendAt<T>(document: T, pointer: string, item: unknown): T {
  return updateAt(document, pointer, (list) => [...((list as unknown[] | undefined) ?? []), item]);
}

export function removeAt<T>(document: T, pointer: string, index: number): T {
  return updateAt(document, pointer, (list) => (list as unknown[]).filter((_, i) => i !== index));
}

/** Moves the item `from` of the list at `pointer` to `to`; out-of-range moves change nothing. */
export function moveAt<T>(document: T, pointer: string, from: number, to: number): T {
  return updateAt(document, pointer, (list) => move(list as unknown[], from, to));
}

export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return [...list];
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** The value at `pointer`, or undefined. */
export function valueAt(document: unknown, pointer: string): unknown {
  return segments(pointer).reduce<unknown>((node, segment) => (node === null || typeof node !== 'object' ? undefined : (node as Record<string, unknown>)[segment]), document);
}
