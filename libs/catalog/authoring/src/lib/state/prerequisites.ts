import type { ModuleDocument } from '@culture-d/catalog/contracts';

type Node = Pick<ModuleDocument, 'key' | 'prerequisites'>;

/**
 * The cycle that giving `moduleKey` these `prerequisites` would create, as the keys along it with the first repeated
 * at the end (`['a', 'b', 'a']`: a needs b, which needs a), or `null`. The picker refuses such a choice before any
 * request; the API checks the same rule (422 PREREQUISITE_CYCLE) for two authors editing at once.
 */
export function cycleWith(modules: readonly Node[], moduleKey: string, prerequisites: readonly string[]): string[] | null {
  const edges = new Map(modules.map((m) => [m.key, m.key === moduleKey ? prerequisites : m.prerequisites]));
  // Any cycle through the edited module starts at it: walk depth first from there, remembering the path.
  const path: string[] = [];
  const seen = new Set<string>();
  const walk = (key: string): string[] | null => {
    if (key === moduleKey && path.length > 0) return [...path, key];
    if (seen.has(key)) return null;
    seen.add(key);
    path.push(key);
    for (const next of edges.get(key) ?? []) {
      const found = walk(next);
      if (found) return found;
    }
    path.pop();
    return null;
  };
  return walk(moduleKey);
}

/** Module titles along a cycle, `Découvrir → Ouvrir → Découvrir`, as shown to authors. */
export function describeCycle(modules: readonly Pick<ModuleDocument, 'key' | 'title'>[], cycle: readonly string[]): string {
  const title = new Map(modules.map((m) => [m.key, m.title]));
  return cycle.map((key) => title.get(key) ?? key).join(' → ');
}
