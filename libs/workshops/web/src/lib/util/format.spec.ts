import { descriptionBlocks, parisDay, parisTime, seatsLabel, venueLine, workshopWhen } from './format';

describe('workshop dates, always in Paris time', () => {
  it('shows a summer workshop (UTC+2) at its Paris time', () => {
    // 12:30 UTC on 1 July is 14:30 in Paris (summer time).
    expect(workshopWhen('2026-07-01T12:30:00.000Z', '2026-07-01T14:00:00.000Z')).toEqual({
      key: 'workshops.when.sameDay',
      params: { day: 'mercredi 1 juillet 2026', start: '14:30', end: '16:00' },
    });
  });

  it('shows a winter workshop (UTC+1) at its Paris time', () => {
    // 16:30 UTC on 18 December is 17:30 in Paris (winter time).
    expect(workshopWhen('2026-12-18T16:30:00.000Z', '2026-12-18T18:30:00.000Z')).toEqual({
      key: 'workshops.when.sameDay',
      params: { day: 'vendredi 18 décembre 2026', start: '17:30', end: '19:30' },
    });
  });

  it('uses the Paris day, not the UTC day, around midnight', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(parisDay('2026-12-31T23:30:00.000Z')).toBe('vendredi 1 janvier 2027');
    expect(parisTime('2026-12-31T23:30:00.000Z')).toBe('00:30');
  });

  it('names both days when a workshop ends on another day', () => {
    expect(workshopWhen('2026-03-27T08:00:00.000Z', '2026-03-28T16:00:00.000Z')).toEqual({
      key: 'workshops.when.days',
      params: { startDay: 'vendredi 27 mars 2026', start: '09:00', endDay: 'samedi 28 mars 2026', end: '17:00' },
    });
  });

  it('speaks English when the interface does, still in Paris time', () => {
    expect(workshopWhen('2026-07-01T12:30:00.000Z', '2026-07-01T14:00:00.000Z', 'en').params).toEqual({
      // (ICU versions differ on the comma after the weekday)
      day: expect.stringMatching(/^Wednesday,? 1 July 2026$/),
      start: '14:30',
      end: '16:00',
    });
  });
});

describe('seatsLabel', () => {
  it.each([
    [{ seatsLeft: 12, waitlistCount: 0 }, { key: 'workshops.seats.many', params: { count: 12 } }],
    [{ seatsLeft: 1, waitlistCount: 0 }, { key: 'workshops.seats.one' }],
    [{ seatsLeft: 0, waitlistCount: 3 }, { key: 'workshops.seats.fullMany', params: { count: 3 } }],
    [{ seatsLeft: 0, waitlistCount: 1 }, { key: 'workshops.seats.fullOne' }],
    [{ seatsLeft: 0, waitlistCount: 0 }, { key: 'workshops.seats.fullEmpty' }],
    [{ seatsLeft: null, waitlistCount: 0 }, { key: 'workshops.seats.unlimited' }],
  ])('%j → %j', (workshop, expected) => {
    expect(seatsLabel(workshop)).toEqual(expected);
  });
});

describe('venueLine and descriptionBlocks', () => {
  it('writes the venue on one line, or nothing for an online workshop', () => {
    expect(venueLine({ name: 'TUBÀ', address: '145 cours Lafayette', postcode: '69006', city: 'Lyon' })).toBe(
      'TUBÀ, 145 cours Lafayette, 69006 Lyon',
    );
    expect(venueLine(null)).toBeNull();
  });

  it('reads paragraphs and "- " lists', () => {
    expect(descriptionBlocks('Intro :\n\n- un ;\n- deux.\n\nFin\nde ligne.')).toEqual([
      { kind: 'paragraph', text: 'Intro :' },
      { kind: 'list', items: ['un ;', 'deux.'] },
      { kind: 'paragraph', text: 'Fin de ligne.' },
    ]);
  });
});
