import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { Audience } from '@culture-d/shared/contracts';
import type { AuthoringWorkshopResponse, AuthoringWorkshopSummary, SurveyQuestionResponse } from '@culture-d/workshops/contracts';
import { parisLocalToUtc } from '@culture-d/workshops/domain';

/** The value of a `datetime-local` input, read as Paris time: `2026-12-18T17:30`. */
export type ParisInput = string;

/** What the workshop form edits: flat controls (the venue's parts are fields of their own). */
export interface WorkshopFormValue {
  title: string;
  summary: string;
  description: string;
  audiences: Audience[];
  format: 'in_person' | 'online' | 'hybrid';
  startsAt: ParisInput;
  endsAt: ParisInput;
  venueName: string;
  venueAddress: string;
  venuePostcode: string;
  venueCity: string;
  onlineUrl: string;
  unlimited: boolean;
  capacity: number | null;
  registrationOpensAt: ParisInput;
  registrationClosesAt: ParisInput;
  status: 'draft' | 'published';
}

export interface WorkshopLink {
  parcours: string;
  module?: string;
  role: 'preparation' | 'follow_up';
}

/** The body of `POST /api/authoring/workshops` and `PATCH /api/authoring/workshops/:id` (plain data, no decorators). */
export interface WorkshopBody {
  title: string;
  summary: string;
  description: string;
  audiences: Audience[];
  format: WorkshopFormValue['format'];
  startsAt: string;
  endsAt: string;
  venue?: { name: string; address: string; postcode: string; city: string };
  onlineUrl?: string;
  partners: string[];
  capacity: number | null;
  registrationOpensAt?: string;
  registrationClosesAt: string;
  status: 'draft' | 'published';
  links: WorkshopLink[];
  survey: SurveyQuestionResponse[];
  facilitatorIds: string[];
}

/** The form's fields in page order: the error summary lists problems in this order. */
export const WORKSHOP_FIELDS = [
  'title',
  'summary',
  'description',
  'audiences',
  'format',
  'startsAt',
  'endsAt',
  'venueName',
  'venueAddress',
  'venuePostcode',
  'venueCity',
  'onlineUrl',
  'capacity',
  'registrationOpensAt',
  'registrationClosesAt',
  'status',
] as const;

/** API field names shown under another control (the venue is one object for the API). */
export const RENAMED_FIELDS: Readonly<Record<string, string>> = {
  venue: 'venueName',
  'venue.name': 'venueName',
  'venue.address': 'venueAddress',
  'venue.postcode': 'venuePostcode',
  'venue.city': 'venueCity',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The Paris wall-clock time of an instant, as a `datetime-local` value. */
export function toParisInput(iso: string): ParisInput {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** The UTC instant (ISO 8601) of a Paris wall-clock time, or null when the input is not a complete date and time. */
export function fromParisInput(value: ParisInput): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value ?? '');
  if (!match) return null;
  const instant = parisLocalToUtc(match[1], match[2]);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** A new workshop: in four weeks at 14:00 Paris time for two hours, registrations closing the day before. */
export function emptyWorkshop(now: Date): WorkshopFormValue {
  const day = toParisInput(new Date(now.getTime() + 28 * 86400_000).toISOString()).slice(0, 10);
  const before = toParisInput(new Date(now.getTime() + 27 * 86400_000).toISOString()).slice(0, 10);
  return {
    title: '',
    summary: '',
    description: '',
    audiences: [],
    format: 'in_person',
    startsAt: `${day}T14:00`,
    endsAt: `${day}T16:00`,
    venueName: '',
    venueAddress: '',
    venuePostcode: '',
    venueCity: '',
    onlineUrl: '',
    unlimited: false,
    capacity: 20,
    registrationOpensAt: '',
    registrationClosesAt: `${before}T18:00`,
    status: 'draft',
  };
}

/** The form's value for a workshop read from the API (times in Paris). */
export function formValueOf(workshop: AuthoringWorkshopResponse): WorkshopFormValue {
  return {
    title: workshop.title,
    summary: workshop.summary,
    description: workshop.description,
    audiences: [...workshop.audiences],
    format: workshop.format,
    startsAt: toParisInput(workshop.startsAt),
    endsAt: toParisInput(workshop.endsAt),
    venueName: workshop.venue?.name ?? '',
    venueAddress: workshop.venue?.address ?? '',
    venuePostcode: workshop.venue?.postcode ?? '',
    venueCity: workshop.venue?.city ?? '',
    onlineUrl: workshop.onlineUrl ?? '',
    unlimited: workshop.capacity === null,
    capacity: workshop.capacity,
    registrationOpensAt: workshop.registrationOpensAt ? toParisInput(workshop.registrationOpensAt) : '',
    registrationClosesAt: toParisInput(workshop.registrationClosesAt),
    status: workshop.status === 'published' ? 'published' : 'draft',
  };
}

/** What to send: UTC instants, the venue only in person, the link only online; what the form does not edit is kept. */
export function workshopBody(
  value: WorkshopFormValue,
  kept: { partners: string[]; links: WorkshopLink[]; survey: SurveyQuestionResponse[]; facilitatorIds: string[] },
): WorkshopBody {
  const inPerson = value.format !== 'online';
  const online = value.format !== 'in_person';
  const opensAt = fromParisInput(value.registrationOpensAt);
  return {
    title: value.title.trim(),
    summary: value.summary.trim(),
    description: value.description.trim(),
    audiences: value.audiences,
    format: value.format,
    startsAt: fromParisInput(value.startsAt) ?? '',
    endsAt: fromParisInput(value.endsAt) ?? '',
    ...(inPerson ? { venue: { name: value.venueName.trim(), address: value.venueAddress.trim(), postcode: value.venuePostcode.trim(), city: value.venueCity.trim() } } : {}),
    ...(online ? { onlineUrl: value.onlineUrl.trim() } : {}),
    partners: kept.partners,
    capacity: value.unlimited ? null : Number(value.capacity),
    ...(opensAt ? { registrationOpensAt: opensAt } : {}),
    registrationClosesAt: fromParisInput(value.registrationClosesAt) ?? '',
    status: value.status,
    links: kept.links,
    survey: kept.survey,
    facilitatorIds: kept.facilitatorIds,
  };
}

/** The whole request for a workshop read from the API, unchanged but for `changes` (the survey, say). */
export function bodyOf(workshop: AuthoringWorkshopResponse, changes: Partial<WorkshopBody> = {}): WorkshopBody {
  return {
    ...workshopBody(formValueOf(workshop), {
      partners: workshop.partners,
      links: workshop.links,
      survey: workshop.survey,
      facilitatorIds: workshop.facilitators.map((f) => f.id),
    }),
    // Exact instants: a round trip through minutes must not move them.
    startsAt: workshop.startsAt,
    endsAt: workshop.endsAt,
    registrationClosesAt: workshop.registrationClosesAt,
    ...(workshop.registrationOpensAt ? { registrationOpensAt: workshop.registrationOpensAt } : {}),
    ...changes,
  };
}

function sibling(control: AbstractControl, name: string): unknown {
  return control.parent?.get(name)?.value;
}

/** Required only when `when(form value)` holds (the venue in person, the link online, the capacity when limited). */
export function requiredWhen(when: (form: Partial<WorkshopFormValue>) => boolean): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const form = control.parent?.value as Partial<WorkshopFormValue> | undefined;
    if (!form || !when(form)) return null;
    const value: unknown = control.value;
    return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') ? { required: true } : null;
  };
}

/** A complete Paris date and time. */
export const parisDateTime: ValidatorFn = (control) => (control.value && !fromParisInput(String(control.value)) ? { dateTime: true } : null);

/** Strictly after (or before) another date field of the form, when both are filled: the API's schedule rules. */
export function comparedTo(other: keyof WorkshopFormValue, order: 'after' | 'before' | 'notAfter'): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const mine = fromParisInput(String(control.value ?? ''));
    const theirs = fromParisInput(String(sibling(control, other) ?? ''));
    if (!mine || !theirs) return null;
    const ok = order === 'after' ? mine > theirs : order === 'before' ? mine < theirs : mine <= theirs;
    return ok ? null : { order: true };
  };
}

/** An https:// address (the API takes no other). */
export const httpsUrl: ValidatorFn = (control) => {
  const value = String(control.value ?? '').trim();
  if (!value) return null;
  try {
    return new URL(value).protocol === 'https:' ? null : { url: true };
  } catch {
    return { url: true };
  }
};

/** At least one item ticked. */
export const someChecked: ValidatorFn = (control) => (Array.isArray(control.value) && control.value.length > 0 ? null : { required: true });

export type WorkshopState = 'draft' | 'upcoming' | 'past' | 'cancelled';

/** Where a workshop stands for its authors: draft, cancelled, or published and upcoming or past. */
export function workshopState(workshop: Pick<AuthoringWorkshopSummary, 'status' | 'endsAt'>, now: Date): WorkshopState {
  if (workshop.status === 'draft') return 'draft';
  if (workshop.status === 'cancelled') return 'cancelled';
  return new Date(workshop.endsAt) <= now ? 'past' : 'upcoming';
}

/** How full: `{ confirmed, capacity }`, `percent` only when the capacity is limited. */
export function fill(workshop: Pick<AuthoringWorkshopSummary, 'confirmedCount' | 'capacity'>): { confirmed: number; capacity: number | null; percent: number | null } {
  const { confirmedCount: confirmed, capacity } = workshop;
  return { confirmed, capacity, percent: capacity ? Math.round((confirmed / capacity) * 100) : null };
}

/** The authors' list in groups: upcoming soonest first, drafts, past and cancelled latest first. */
export function groupWorkshops<T extends Pick<AuthoringWorkshopSummary, 'status' | 'endsAt' | 'startsAt'>>(workshops: readonly T[], now: Date): Record<WorkshopState, T[]> {
  const groups: Record<WorkshopState, T[]> = { upcoming: [], draft: [], past: [], cancelled: [] };
  for (const w of workshops) groups[workshopState(w, now)].push(w);
  const soonest = (a: T, b: T) => a.startsAt.localeCompare(b.startsAt);
  groups.upcoming.sort(soonest);
  for (const key of ['draft', 'past', 'cancelled'] as const) groups[key].sort((a, b) => soonest(b, a));
  return groups;
}
