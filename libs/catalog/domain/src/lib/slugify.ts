/** Public URL segments: lower-case ASCII letters and digits separated by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}

/** Letters that Unicode decomposition does not reduce to ASCII. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', þ: 'th' };

/**
 * A French-friendly slug: accents dropped (`é` → `e`, `œ` → `oe`), `&` read as « et », apostrophes and any other
 * punctuation turned into a hyphen, at most 80 characters cut at a word boundary when possible.
 *
 * `Protection des données` → `protection-des-donnees`; `L’État & vous` → `l-etat-et-vous`.
 * Returns `''` when nothing usable is left (a title made of punctuation or of non-Latin script only): the caller
 * asks the author for a slug.
 */
export function slugify(title: string): string {
  const ascii = title
    .toLowerCase()
    .replace(/[œæßøđłþ]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/&/g, ' et ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= SLUG_MAX_LENGTH) return ascii;
  const cut = ascii.slice(0, SLUG_MAX_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // Cut at the last whole word; a single word longer than the limit is cut where it must.
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, SLUG_MAX_LENGTH)).replace(/-+$/, '');
}
