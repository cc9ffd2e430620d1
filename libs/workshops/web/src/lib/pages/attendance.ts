import type { RegistrantResponse } from '@culture-d/workshops/contracts';

/** Counts for the sheet's summary line: confirmed people, marked present, absent, not marked yet. */
export function attendanceSummary(confirmed: readonly Pick<RegistrantResponse, 'attendance'>[]): { total: number; present: number; absent: number; unmarked: number } {
  const present = confirmed.filter((r) => r.attendance === 'attended').length;
  const absent = confirmed.filter((r) => r.attendance === 'no_show').length;
  return {
    total: confirmed.length,
    present,
    absent,
    unmarked: confirmed.length - present - absent,
  };
}

/** The registrants as a spreadsheet; `semicolon` is what French spreadsheet software expects. */
export function registrantsCsvUrl(workshopId: string, separator: 'comma' | 'semicolon'): string {
  const query = separator === 'semicolon' ? '?format=csv&separator=semicolon' : '?format=csv';
  return `/api/workshops/${encodeURIComponent(workshopId)}/registrations${query}`;
}
