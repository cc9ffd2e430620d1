import type { Language } from '@culture-d/shared/web';

/** Numbers of the datasets are French data: always formatted the French way (narrow no-break space, comma). */
const FRENCH_NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 6 });

export function formatFrenchNumber(value: number): string {
  return FRENCH_NUMBER.format(value);
}

/** A translation key and its parameters. */
export interface Phrase {
  readonly key: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** "2 h 20 min", "45 min", "3 h": keys `catalog.duration.*`. */
export function durationPhrase(totalMinutes: number): Phrase {
  const minutes = Math.max(0, Math.round(totalMinutes));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return { key: 'catalog.duration.minutes', params: { minutes: rest } };
  if (rest === 0) return { key: 'catalog.duration.hours', params: { hours } };
  return { key: 'catalog.duration.hoursMinutes', params: { hours, minutes: rest } };
}

/** Size in kilobytes (ko / kB) for people, at least 1, formatted for the interface language. */
export function kilobytes(bytes: number, language: Language): string {
  const kb = Math.max(1, Math.round(bytes / 1000));
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR').format(kb);
}

/** A plain name for a file's media type: key `catalog.mediaTypes.<name>`. */
export function mediaTypeKey(mediaType: string): string {
  const type = mediaType.split(';')[0].trim().toLowerCase();
  if (type === 'text/csv') return 'catalog.mediaTypes.csv';
  if (type === 'application/pdf') return 'catalog.mediaTypes.pdf';
  if (type === 'text/markdown' || type === 'text/plain') return 'catalog.mediaTypes.text';
  if (type.startsWith('image/')) return 'catalog.mediaTypes.image';
  if (type.includes('spreadsheet') || type.includes('excel')) return 'catalog.mediaTypes.spreadsheet';
  if (type.includes('opendocument.text') || type.includes('msword') || type.includes('wordprocessing')) return 'catalog.mediaTypes.document';
  return 'catalog.mediaTypes.other';
}

/** "atelier-citoyens-tuba-lyon" → "Atelier citoyens tuba lyon": a readable name until workshops have their pages. */
export function nameFromSlug(slug: string): string {
  const words = slug.split('-').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The host of a URL, without "www.", for "Regarder la vidéo sur <host>"; the URL itself if it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Lower case, without accents, any space as a plain space: "Données" and "donnees" match, so do "1 200" and "1 200". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
