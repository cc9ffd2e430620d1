/** `ouvrir-ses-donnees` from "Ouvrir ses données !": what the create form proposes as the address. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'fr-FR');

/** "27 novembre 2026 à 14:02", in Paris time like the rest of the site. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));
}

/** "14:02": when the draft was last saved. */
export function formatTime(date: Date, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' }).format(date);
}
