import { FormControl, FormGroup } from '@angular/forms';
import type { AuthoringWorkshopResponse } from '@culture-d/workshops/contracts';
import { bodyOf, comparedTo, emptyWorkshop, fill, formValueOf, fromParisInput, groupWorkshops, httpsUrl, requiredWhen, toParisInput, workshopBody } from './workshop-form';

const workshop: AuthoringWorkshopResponse = {
  id: '0b0f8f9e-1c1a-4b8e-9a43-1f1b1c1d1e1f',
  slug: 'atelier-lyon',
  title: 'Atelier à Lyon',
  summary: 'Résumé',
  description: 'Description',
  audiences: ['elu'],
  format: 'in_person',
  startsAt: '2026-07-01T12:30:00.000Z',
  endsAt: '2026-07-01T14:30:00.000Z',
  timeZone: 'Europe/Paris',
  venue: { name: 'TUBÀ', address: '145 cours Lafayette', postcode: '69006', city: 'Lyon' },
  onlineUrl: null,
  partners: ['La Mednum'],
  capacity: 12,
  seatsLeft: 10,
  waitlistCount: 0,
  registrationOpen: true,
  registrationClosesAt: '2026-06-30T16:00:00.000Z',
  status: 'published',
  links: [{ parcours: 'mes-donnees-ma-commune', role: 'preparation' }],
  confirmedCount: 2,
  registrationOpensAt: null,
  survey: [{ key: 'aisance', kind: 'scale', question: 'Votre aisance ?', min: 1, max: 5 }],
  facilitators: [{ id: '5a1c2b3d-0000-4000-8000-000000000001', name: 'Félix' }],
};

describe('workshop times: typed in Paris time, sent in UTC', () => {
  it('reads a summer and a winter instant as Paris wall-clock time', () => {
    expect(toParisInput('2026-07-01T12:30:00.000Z')).toBe('2026-07-01T14:30');
    expect(toParisInput('2026-12-18T16:30:00.000Z')).toBe('2026-12-18T17:30');
  });

  it('turns Paris wall-clock time back into the UTC instant, daylight saving included', () => {
    expect(fromParisInput('2026-07-01T14:30')).toBe('2026-07-01T12:30:00.000Z');
    expect(fromParisInput('2026-12-18T17:30')).toBe('2026-12-18T16:30:00.000Z');
    // The night of the switch to summer time: 03:30 Paris is 01:30 UTC.
    expect(fromParisInput('2026-03-29T03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(fromParisInput('')).toBeNull();
    expect(fromParisInput('2026-07-01')).toBeNull();
  });

  it('proposes a new workshop at 14:00 Paris time, registrations closing the day before', () => {
    const value = emptyWorkshop(new Date('2026-06-01T10:00:00.000Z'));
    expect(value).toMatchObject({ startsAt: '2026-06-29T14:00', endsAt: '2026-06-29T16:00', registrationClosesAt: '2026-06-28T18:00', status: 'draft' });
  });
});

describe('the request the form sends', () => {
  it('keeps what the form does not edit, and every field a round trip through the form gives back', () => {
    const body = bodyOf(workshop);
    expect(body).toEqual({
      title: 'Atelier à Lyon',
      summary: 'Résumé',
      description: 'Description',
      audiences: ['elu'],
      format: 'in_person',
      startsAt: workshop.startsAt,
      endsAt: workshop.endsAt,
      venue: workshop.venue,
      partners: ['La Mednum'],
      capacity: 12,
      registrationClosesAt: workshop.registrationClosesAt,
      status: 'published',
      links: workshop.links,
      survey: workshop.survey,
      facilitatorIds: ['5a1c2b3d-0000-4000-8000-000000000001'],
    });
    expect(bodyOf(workshop, { survey: [] }).survey).toEqual([]);
  });

  it('sends the venue only in person, the link only online, null for unlimited seats', () => {
    const kept = { partners: [], links: [], survey: [], facilitatorIds: [] };
    const online = workshopBody({ ...formValueOf(workshop), format: 'online', onlineUrl: ' https://visio.example.org ', unlimited: true }, kept);
    expect(online.venue).toBeUndefined();
    expect(online.onlineUrl).toBe('https://visio.example.org');
    expect(online.capacity).toBeNull();
    const hybrid = workshopBody({ ...formValueOf(workshop), format: 'hybrid', onlineUrl: 'https://visio.example.org' }, kept);
    expect(hybrid.venue?.city).toBe('Lyon');
    expect(hybrid.onlineUrl).toBe('https://visio.example.org');
    const opening = workshopBody({ ...formValueOf(workshop), registrationOpensAt: '2026-06-01T09:00' }, kept);
    expect(opening.registrationOpensAt).toBe('2026-06-01T07:00:00.000Z');
  });
});

describe('the form checks, mirroring the API', () => {
  const form = () =>
    new FormGroup({
      format: new FormControl('in_person'),
      venueCity: new FormControl(
        '',
        requiredWhen((f) => f.format !== 'online'),
      ),
      startsAt: new FormControl('2026-07-01T14:30'),
      endsAt: new FormControl('2026-07-01T14:30', comparedTo('startsAt', 'after')),
      registrationClosesAt: new FormControl('2026-07-01T14:30', comparedTo('startsAt', 'notAfter')),
      onlineUrl: new FormControl('http://visio.example.org', httpsUrl),
    });

  it('asks for the venue in person only', () => {
    const f = form();
    f.controls.venueCity.updateValueAndValidity();
    expect(f.controls.venueCity.hasError('required')).toBe(true);
    f.controls.format.setValue('online');
    f.controls.venueCity.updateValueAndValidity();
    expect(f.controls.venueCity.valid).toBe(true);
  });

  it('wants the end after the start, registrations closed by the start, an https link', () => {
    const f = form();
    f.controls.endsAt.updateValueAndValidity();
    f.controls.registrationClosesAt.updateValueAndValidity();
    expect(f.controls.endsAt.hasError('order')).toBe(true);
    expect(f.controls.registrationClosesAt.valid).toBe(true);
    expect(f.controls.onlineUrl.hasError('url')).toBe(true);
    f.controls.endsAt.setValue('2026-07-01T16:30');
    f.controls.registrationClosesAt.setValue('2026-07-01T15:00');
    expect(f.controls.endsAt.valid).toBe(true);
    expect(f.controls.registrationClosesAt.hasError('order')).toBe(true);
  });
});

describe('the authors’ list', () => {
  const now = new Date('2026-07-01T00:00:00.000Z');
  it('groups upcoming (soonest first), drafts, past and cancelled workshops', () => {
    const w = (id: string, status: 'draft' | 'published' | 'cancelled', startsAt: string) => ({ id, status, startsAt, endsAt: startsAt });
    const groups = groupWorkshops(
      [w('a', 'published', '2026-09-01'), w('b', 'published', '2026-08-01'), w('c', 'draft', '2026-08-01'), w('d', 'published', '2026-05-01'), w('e', 'cancelled', '2026-09-01')],
      now,
    );
    expect(groups.upcoming.map((x) => x.id)).toEqual(['b', 'a']);
    expect(groups.draft.map((x) => x.id)).toEqual(['c']);
    expect(groups.past.map((x) => x.id)).toEqual(['d']);
    expect(groups.cancelled.map((x) => x.id)).toEqual(['e']);
  });

  it('says how full a workshop is', () => {
    expect(fill({ confirmedCount: 3, capacity: 4 })).toEqual({ confirmed: 3, capacity: 4, percent: 75 });
    expect(fill({ confirmedCount: 3, capacity: null })).toEqual({ confirmed: 3, capacity: null, percent: null });
  });
});
