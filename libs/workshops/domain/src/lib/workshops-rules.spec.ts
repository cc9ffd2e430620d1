import { parisDatePlusDays, parisLocalToUtc, parisOffsetMinutes } from './paris-time';
import { isRegistrationOpen, seatsLeft } from './registration-rules';

describe('Paris time', () => {
  it('converts Paris local times to UTC in winter and in summer', () => {
    expect(parisLocalToUtc('2026-03-07', '17:30').toISOString()).toBe('2026-03-07T16:30:00.000Z');
    expect(parisLocalToUtc('2026-07-14', '14:30').toISOString()).toBe('2026-07-14T12:30:00.000Z');
  });

  it('handles the days the clocks change', () => {
    expect(parisLocalToUtc('2026-03-29', '14:30').toISOString()).toBe('2026-03-29T12:30:00.000Z');
    expect(parisLocalToUtc('2026-10-25', '14:30').toISOString()).toBe('2026-10-25T13:30:00.000Z');
    expect(parisOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(60);
    expect(parisOffsetMinutes(new Date('2026-06-15T12:00:00Z'))).toBe(120);
  });

  it('counts days on the Paris calendar', () => {
    expect(parisDatePlusDays(new Date('2026-11-27T23:30:00Z'), 0)).toBe('2026-11-28'); // already the 28th in Paris
    expect(parisDatePlusDays(new Date('2026-11-27T10:00:00Z'), 14)).toBe('2026-12-11');
  });
});

describe('registration rules', () => {
  const base = { status: 'published' as const, registrationOpensAt: null, registrationClosesAt: new Date('2026-03-21T13:30:00Z') };

  it('takes registrations for a published workshop until the closing time', () => {
    expect(isRegistrationOpen(base, new Date('2026-03-21T13:29:59Z'))).toBe(true);
    expect(isRegistrationOpen(base, new Date('2026-03-21T13:30:00Z'))).toBe(false);
    expect(isRegistrationOpen({ ...base, status: 'cancelled' }, new Date('2026-01-01T00:00:00Z'))).toBe(false);
    expect(isRegistrationOpen({ ...base, registrationOpensAt: new Date('2026-02-01T00:00:00Z') }, new Date('2026-01-31T00:00:00Z'))).toBe(false);
  });

  it('counts seats left, never below zero, and none for unlimited workshops', () => {
    expect(seatsLeft(20, 7)).toBe(13);
    expect(seatsLeft(20, 25)).toBe(0);
    expect(seatsLeft(null, 300)).toBeNull();
  });
});
