/**
 * How a typed answer is compared with the accepted ones (short text questions and text blanks of a cloze). Two texts
 * match when their normalised forms are equal. The rule, step by step:
 *
 * 1. every apostrophe-like character (’ ‘ ʼ ‛ ´ ` ′) becomes the ASCII apostrophe `'`, and hyphen-like characters
 *    (‐ ‑ ‒ – —) become `-`;
 * 2. quotation marks (« » ‹ › “ ” „ ‟ " ″) are removed: they only quote the answer, they are never part of it;
 * 3. Unicode compatibility decomposition (NFKD), then every combining mark is dropped: accents and cedillas go
 *    (« État » → « Etat », « ç » → « c »), and compatibility forms fold (« ﬁ » → « fi », « ² » → « 2 »);
 * 4. the ligatures « œ » and « æ » are spelt out (« cœur » = « coeur »), « ß » becomes « ss »;
 * 5. lower case;
 * 6. any run of white space (including no-break and narrow no-break spaces) becomes one space, and the text is trimmed.
 *
 * So « l’État » = "l'etat" = "  L'ETAT ". Punctuation other than the above is kept: "Saint-Étienne" ≠ "saint etienne".
 */
export function normaliseAnswerText(text: string): string {
  // Apostrophes and quotes first: NFKD would split « ´ » and « ″ » into other characters.
  return text
    .replace(/[\u2019\u2018\u02bc\u201b\u00b4`\u2032]/g, "'")
    .replace(/[\u2010\u2011\u2012\u2013\u2014]/g, '-')
    .replace(/[\u00ab\u00bb\u2039\u203a\u201c\u201d\u201e\u201f"\u2033]/g, '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Spaces that may group thousands: ordinary, no-break, narrow no-break, thin. */
const GROUPING_SPACES = /[\s\u00a0\u202f\u2009]/gu;

/**
 * Reads the number a learner gave: a finite JavaScript number as is, or a string written the French way ("12,5",
 * "1 234,5" with ordinary, no-break or narrow no-break spaces between thousands, "−3" with a minus sign) or the
 * English way ("12.5"). A comma is always the decimal separator, never a thousands separator, so "1,234" is 1.234;
 * "1.234,5", exponents, units and anything else are refused (null) rather than guessed.
 */
export function parseLearnerNumber(input: string | number): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  if (typeof input !== 'string') return null;
  const compact = input.replace(GROUPING_SPACES, '').replace(/^\u2212/, '-');
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return null;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
