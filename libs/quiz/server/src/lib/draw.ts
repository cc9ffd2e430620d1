/**
 * Picks the drawn bank questions from the candidates fetched per rule (each rule's rows in random order): `count` per
 * rule, in rule order, a question tagged with two drawn competencies kept once (the next candidate is taken instead),
 * fewer when the bank has no more.
 */
export function pickDrawn<T extends { rule: number; id: string }>(rules: { count: number }[], candidates: T[]): T[] {
  const taken = new Set<string>();
  const drawn: T[] = [];
  rules.forEach((rule, index) => {
    let count = 0;
    for (const candidate of candidates) {
      if (count === rule.count) break;
      if (candidate.rule !== index + 1 || taken.has(candidate.id)) continue;
      taken.add(candidate.id);
      drawn.push(candidate);
      count += 1;
    }
  });
  return drawn;
}

/** Fisher–Yates with the given generator of numbers in [0, 1). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
