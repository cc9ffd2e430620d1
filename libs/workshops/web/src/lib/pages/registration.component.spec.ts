import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LanguageService } from '@culture-d/shared/web';
import type { WorkshopResponse } from '@culture-d/workshops/contracts';
import { ApiTestingController, provideApiTesting, provideTestTranslations } from '@culture-d/shared/web/testing';
import { RegistrationComponent } from './registration.component';

const WORKSHOP: WorkshopResponse = {
  id: 'w1',
  slug: 'atelier-citoyens',
  title: 'Atelier citoyen',
  summary: 'Résumé',
  description: 'Description',
  audiences: ['citoyen'],
  format: 'in_person',
  startsAt: '2026-12-18T16:30:00.000Z',
  endsAt: '2026-12-18T18:30:00.000Z',
  timeZone: 'Europe/Paris',
  venue: { name: 'TUBÀ', address: '145 cours Lafayette', postcode: '69006', city: 'Lyon' },
  onlineUrl: null,
  partners: [],
  capacity: 30,
  seatsLeft: 12,
  waitlistCount: 0,
  registrationOpen: true,
  registrationClosesAt: '2026-12-17T16:30:00.000Z',
  status: 'published',
  links: [],
};

describe('RegistrationComponent, as a visitor (guest form)', () => {
  let fixture: ComponentFixture<RegistrationComponent>;
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
    fixture = TestBed.createComponent(RegistrationComponent);
    fixture.componentRef.setInput('workshop', WORKSHOP);
    el = fixture.nativeElement as HTMLElement;
    document.body.appendChild(el);
    // Nobody is signed in.
    http.expectOne('/api/auth/session').flush({ user: null });
    await fixture.whenStable();
  });

  afterEach(() => {
    el.remove();
    http.verify();
  });

  function type(id: string, value: string): void {
    const input = el.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`no #${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  }

  it('asks for name, e-mail and an explicit consent, unchecked, that says what is kept, why and how long', () => {
    expect(el.querySelector('label[for="invite-name"]')?.textContent).toBe('Nom et prénom');
    expect(el.querySelector('#invite-email')?.getAttribute('autocomplete')).toBe('email');
    const consent = el.querySelector<HTMLInputElement>('#invite-consent');
    expect(consent?.type).toBe('checkbox');
    expect(consent?.checked).toBe(false);
    expect(el.querySelector('label[for="invite-consent"]')?.textContent).toContain('conserve mon nom et mon e-mail');
    const hint = el.querySelector('#invite-consent-hint');
    expect(consent?.getAttribute('aria-describedby')).toBe('invite-consent-hint');
    expect(hint?.textContent).toContain('supprimés trois mois après l’atelier');
    expect(hint?.querySelector('a')?.getAttribute('href')).toBe('/donnees-personnelles');
    expect(el.querySelector('a[href^="/connexion"]')?.getAttribute('href')).toBe('/connexion?returnUrl=%2Fateliers%2Fatelier-citoyens');
  });

  it('refuses to send without consent: the error summary takes the focus and links to the checkbox', async () => {
    type('invite-name', 'Alex Martin');
    type('invite-email', 'alex@exemple.fr');
    await submit();
    http.expectNone('/api/workshops/w1/registrations');
    const summary = el.querySelector<HTMLElement>('.cd-error-summary');
    expect(summary).not.toBeNull();
    expect(document.activeElement).toBe(summary);
    const links = Array.from(el.querySelectorAll<HTMLAnchorElement>('.cd-error-summary a'));
    expect(links.map((a) => a.textContent)).toEqual(['Cochez la case pour accepter que vos coordonnées soient conservées pour l’atelier.']);
    expect(el.querySelector('#invite-consent')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#invite-consent')?.getAttribute('aria-describedby')).toBe('invite-consent-hint invite-consent-error');
    links[0].click();
    expect(document.activeElement).toBe(el.querySelector('#invite-consent'));
  });

  it('lists every missing field in the order of the form', async () => {
    await submit();
    expect(Array.from(el.querySelectorAll('.cd-error-summary a')).map((a) => a.getAttribute('href'))).toEqual([
      '#invite-name',
      '#invite-email',
      '#invite-consent',
    ]);
    type('invite-email', 'pas-une-adresse');
    await submit();
    expect(el.querySelector('#invite-email-error')?.textContent).toContain('Indiquez une adresse e-mail valide');
  });

  it('sends the guest with consent: true, then says the registration is confirmed and an e-mail left', async () => {
    type('invite-name', '  Alex Martin ');
    type('invite-email', 'alex@exemple.fr');
    el.querySelector<HTMLInputElement>('#invite-consent')?.click();
    await submit();
    const request = http.expectOne('/api/workshops/w1/registrations');
    expect(request.request.body).toEqual({ guest: { name: 'Alex Martin', email: 'alex@exemple.fr', consent: true } });
    request.flush({ id: 'r1', workshopId: 'w1', status: 'confirmed' }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    const live = el.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toContain('Inscription confirmée');
    expect(live?.textContent).toContain('Un e-mail de confirmation vient de partir, avec un lien pour annuler.');
  });

  it('says the position on the waiting list', async () => {
    type('invite-name', 'Alex');
    type('invite-email', 'alex@exemple.fr');
    el.querySelector<HTMLInputElement>('#invite-consent')?.click();
    await submit();
    http.expectOne('/api/workshops/w1/registrations').flush({ id: 'r1', workshopId: 'w1', status: 'waitlisted', position: 3 });
    await fixture.whenStable();
    expect(el.querySelector('[aria-live="polite"]')?.textContent).toContain('Vous êtes sur la liste d’attente, en position 3.');
  });

  it('turns the API code into a translated message, never the API detail', async () => {
    type('invite-name', 'Alex');
    type('invite-email', 'alex@exemple.fr');
    el.querySelector<HTMLInputElement>('#invite-consent')?.click();
    await submit();
    http
      .expectOne('/api/workshops/w1/registrations')
      .flush({ code: 'ALREADY_REGISTERED', detail: 'Already registered' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    const summary = el.querySelector('.cd-error-summary');
    expect(summary?.textContent).toContain('Vous êtes déjà inscrit·e à cet atelier.');
    expect(summary?.textContent).not.toContain('Already registered');
  });
});
