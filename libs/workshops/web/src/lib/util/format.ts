import type { WorkshopResponse } from '@culture-d/workshops/contracts';

/** A translation key and its parameters. */
export interface Message {
  readonly key: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** Every workshop happens in France: its times are always shown in Paris time, whatever the visitor's clock says. */
export const WORKSHOP_TIME_ZONE = 'Europe/Paris';

function locale(lang: string): string {
  return lang === 'en' ? 'en-GB' : 'fr-FR';
}

/** "mardi 9 décembre 2025": the day of `iso` in Paris. */
export function parisDay(iso: string, lang = 'fr'): string {
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: WORKSHOP_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}

/** "14:30": the time of `iso` in Paris. */
export function parisTime(iso: string, lang = 'fr'): string {
  return new Intl.DateTimeFormat(locale(lang), { timeZone: WORKSHOP_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
}

/**
 * When a workshop happens, in Paris time: `workshops.when.sameDay` ("mardi 9 décembre 2025, de 14:30 à 16:30,
 * heure de Paris") or `workshops.when.days` when it ends on another day.
 */
export function workshopWhen(startsAt: string, endsAt: string, lang = 'fr'): Message {
  const startDay = parisDay(startsAt, lang);
  const endDay = parisDay(endsAt, lang);
  if (startDay === endDay) {
    return { key: 'workshops.when.sameDay', params: { day: startDay, start: parisTime(startsAt, lang), end: parisTime(endsAt, lang) } };
  }
  return {
    key: 'workshops.when.days',
    params: { startDay, start: parisTime(startsAt, lang), endDay, end: parisTime(endsAt, lang) },
  };
}

/** "12 places restantes", "Complet : liste d'attente (3 personnes)" or "Places illimitées". */
export function seatsLabel(workshop: Pick<WorkshopResponse, 'seatsLeft' | 'waitlistCount'>): Message {
  const { seatsLeft, waitlistCount } = workshop;
  if (seatsLeft === null) return { key: 'workshops.seats.unlimited' };
  if (seatsLeft > 1) return { key: 'workshops.seats.many', params: { count: seatsLeft } };
  if (seatsLeft === 1) return { key: 'workshops.seats.one' };
  if (waitlistCount === 0) return { key: 'workshops.seats.fullEmpty' };
  if (waitlistCount === 1) return { key: 'workshops.seats.fullOne' };
  return { key: 'workshops.seats.fullMany', params: { count: waitlistCount } };
}

/** Where: the venue ("Salle…, 1 rue…, 69001 Lyon"), or null for an online workshop. */
export function venueLine(venue: WorkshopResponse['venue']): string | null {
  return venue ? `${venue.name}, ${venue.address}, ${venue.postcode} ${venue.city}` : null;
}

/** A block of a workshop's description: a paragraph, or a list (lines starting with "- "). */
export type DescriptionBlock = { readonly kind: 'paragraph'; readonly text: string } | { readonly kind: 'list'; readonly items: readonly string[] };

/** The description is plain text: blank lines separate paragraphs, and a block of "- " lines is a list. */
export function descriptionBlocks(text: string): DescriptionBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const lines = block.split('\n').map((line) => line.trim());
      return lines.every((line) => line.startsWith('- '))
        ? { kind: 'list' as const, items: lines.map((line) => line.slice(2).trim()) }
        : { kind: 'paragraph' as const, text: lines.join(' ') };
    });
}
