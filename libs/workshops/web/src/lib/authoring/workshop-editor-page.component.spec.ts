import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LanguageService } from '@culture-d/shared/web';
import type { AuthoringWorkshopResponse } from '@culture-d/workshops/contracts';
import { ApiTestingController, provideApiTesting, provideTestTranslations } from '@culture-d/shared/web/testing';
import { WorkshopEditorPageComponent } from './workshop-editor-page.component';

const WORKSHOP: AuthoringWorkshopResponse = {
  id: 'w1',
  slug: 'atelier-lyon',
  title: 'Atelier à Lyon',
  summary: 'Résumé',
  description: 'Description',
  audiences: ['elu'],
  format: 'in_person',
  startsAt: '2026-12-18T16:30:00.000Z',
  endsAt: '2026-12-18T18:30:00.000Z',
  timeZone: 'Europe/Paris',
  venue: { name: 'TUBÀ', address: '145 cours Lafayette', postcode: '69006', city: 'Lyon' },
  onlineUrl: null,
  partners: ['La Mednum'],
  capacity: 2,
  seatsLeft: 0,
  waitlistCount: 1,
  registrationOpen: true,
  registrationClosesAt: '2026-12-17T16:30:00.000Z',
  status: 'published',
  links: [],
  confirmedCount: 2,
  registrationOpensAt: null,
  survey: [{ key: 'aisance', kind: 'scale', question: 'Votre aisance ?', min: 1, max: 5 }],
  facilitators: [{ id: 'f1', name: 'Félix' }],
};

describe('WorkshopEditorPageComponent, editing a workshop', () => {
  let fixture: ComponentFixture<WorkshopEditorPageComponent>;
  let el: HTMLElement;
  let http: ApiTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideApiTesting(),
        provideTestTranslations(),
      ],
    });
    await TestBed.inject(LanguageService).init();
    http = TestBed.inject(ApiTestingController);
    fixture = TestBed.createComponent(WorkshopEditorPageComponent);
    fixture.componentRef.setInput('id', 'w1');
    el = fixture.nativeElement as HTMLElement;
    document.body.appendChild(el);
    TestBed.tick();
    http.expectOne('/api/authoring/workshops/w1').flush(WORKSHOP);
    http.expectOne('/api/parcours?limit=100').flush({ items: [], total: 0 });
    for (const probe of http.match('/api/auth/session')) probe.flush({ user: null });
    await fixture.whenStable();
  });

  afterEach(() => {
    el.remove();
    http.verify();
  });

  function field(id: string): HTMLInputElement {
    const input = el.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`no #${id}`);
    return input;
  }

  function type(id: string, value: string): void {
    field(id).value = value;
    field(id).dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  }

  it('shows the times in Paris time and the seats already taken', () => {
    expect(field('atelier-startsAt').value).toBe('2026-12-18T17:30');
    expect(field('atelier-registrationClosesAt').value).toBe('2026-12-17T17:30');
    expect(field('atelier-venueCity').value).toBe('Lyon');
    expect(el.querySelector('#atelier-capacity-hint')?.textContent).toContain('2 personnes ont déjà une place');
    expect(el.textContent).toContain('Personnes inscrites ou en liste d’attente : 3.');
  });

  it('refuses an end before the start without asking the API', async () => {
    type('atelier-endsAt', '2026-12-18T15:00');
    await submit();
    http.expectNone('/api/authoring/workshops/w1');
    expect(Array.from(el.querySelectorAll('.cd-error-summary a')).map((a) => a.textContent)).toEqual(['La fin doit être après le début.']);
    expect(field('atelier-endsAt').getAttribute('aria-invalid')).toBe('true');
  });

  it('sends the whole workshop in UTC, survey and facilitators kept, and shows the API’s field errors on the venue', async () => {
    type('atelier-startsAt', '2026-12-18T09:00');
    type('atelier-endsAt', '2026-12-18T12:00');
    await submit();
    const request = http.expectOne('/api/authoring/workshops/w1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toMatchObject({
      startsAt: '2026-12-18T08:00:00.000Z',
      endsAt: '2026-12-18T11:00:00.000Z',
      registrationClosesAt: '2026-12-17T16:30:00.000Z',
      venue: WORKSHOP.venue,
      capacity: 2,
      partners: ['La Mednum'],
      survey: WORKSHOP.survey,
      facilitatorIds: ['f1'],
    });
    expect(request.request.body.onlineUrl).toBeUndefined();
    request.flush({ code: 'VALIDATION_FAILED', errors: [{ field: 'venue.city', message: 'city must be longer' }] }, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(el.querySelector('#atelier-venueCity-error')?.textContent).toContain('La ville doit compter au plus 100 caractères.');
  });

  it('cancels only after a confirmation, with the reason', async () => {
    el.querySelector<HTMLButtonElement>('.cd-weditor__danger button')?.click();
    await fixture.whenStable();
    http.expectNone('/api/authoring/workshops/w1/cancel');
    type('atelier-cancel-reason', ' La salle est fermée. ');
    const confirm = Array.from(el.querySelectorAll<HTMLButtonElement>('.cd-weditor__danger button')).find((b) => b.textContent?.includes('Confirmer'));
    confirm?.click();
    const request = http.expectOne('/api/authoring/workshops/w1/cancel');
    expect(request.request.body).toEqual({ reason: 'La salle est fermée.' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    TestBed.tick();
    http.expectOne('/api/authoring/workshops/w1').flush({ ...WORKSHOP, status: 'cancelled' });
    await fixture.whenStable();
    expect(el.textContent).toContain('Atelier annulé. Les personnes inscrites sont prévenues par e-mail.');
    expect(el.querySelector('.cd-weditor__danger')).toBeNull();
  });
});
