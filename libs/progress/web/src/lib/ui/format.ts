/** "27 novembre 2026" (or "27 November 2026"): a day, in Paris, for the interface language. */
export function formatDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date(iso));
}

/** A percent for the interface language, without decimals: "85". */
export function formatPercent(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 0 }).format(value);
}
