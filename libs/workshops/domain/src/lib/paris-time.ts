/**
 * Workshops are set in Paris local time. Converts a local date and time (`2026-03-22`, `14:30`) in Europe/Paris to
 * the UTC instant, daylight saving included (the offset is read from the platform's time-zone data).
 */
export function parisLocalToUtc(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const asUtc = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes settle the offset around the daylight-saving switches.
  let guess = asUtc - parisOffsetMinutes(new Date(asUtc)) * 60_000;
  guess = asUtc - parisOffsetMinutes(new Date(guess)) * 60_000;
  return new Date(guess);
}

/** Minutes east of UTC in Paris at that instant (60 in winter, 120 in summer). */
export function parisOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The Paris calendar date, `days` after the given instant's Paris date (`YYYY-MM-DD`). */
export function parisDatePlusDays(instant: Date, days: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  const [y, m, d] = parts.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
