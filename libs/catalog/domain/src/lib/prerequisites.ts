export interface PrerequisiteNode {
  key: string;
  prerequisites: readonly string[];
}

/**
 * The first cycle in the "must be completed first" graph, as the keys along it with the first key repeated at the
 * end (`['m2', 'm3', 'm2']`: m2 requires m3, which requires m2), or `null` when there is none.
 *
 * Deterministic: modules and their prerequisites are walked in document order. Prerequisites naming no module are
 * ignored here (validation reports them separately). Iterative, so a long chain cannot overflow the stack.
 */
export function findPrerequisiteCycle(modules: readonly PrerequisiteNode[]): string[] | null {
  const edges = new Map<string, readonly string[]>();
  for (const module of modules) {
    if (!edges.has(module.key)) edges.set(module.key, module.prerequisites);
  }
  const done = new Set<string>();

  for (const start of edges.keys()) {
    if (done.has(start)) continue;
    // Depth-first walk with an explicit stack: `path` holds the keys being explored, `next` the index of the
    // prerequisite to look at next for each of them.
    const path: string[] = [start];
    const next: number[] = [0];
    const onPath = new Set<string>([start]);
    while (path.length > 0) {
      const top = path.length - 1;
      const current = path[top];
      const prerequisites = edges.get(current) ?? [];
      if (next[top] >= prerequisites.length) {
        done.add(current);
        onPath.delete(current);
        path.pop();
        next.pop();
        continue;
      }
      const target = prerequisites[next[top]++];
      if (!edges.has(target) || done.has(target)) continue;
      if (onPath.has(target)) return [...path.slice(path.indexOf(target)), target];
      path.push(target);
      next.push(0);
      onPath.add(target);
    }
  }
  return null;
}

/** `m2 → m3 → m2`, as shown to authors. */
export function formatCycle(cycle: readonly string[]): string {
  return cycle.join(' → ');
}
