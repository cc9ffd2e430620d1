import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LanguageService } from '@culture-d/shared/web';
import { ApiTestingController, provideApiTesting, provideTestTranslations } from '@culture-d/shared/web/testing';
import { RegisterPageComponent } from './register-page.component';

describe('RegisterPageComponent', () => {
  let fixture: ComponentFixture<RegisterPageComponent>;
  let el: HTMLElement;
  let http: ApiTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideApiTesting(),
        provideTestTranslations(),
      ],
    });
    await TestBed.inject(LanguageService).init();
    http = TestBed.inject(ApiTestingController);
    fixture = TestBed.createComponent(RegisterPageComponent);
    el = fixture.nativeElement as HTMLElement;
    document.body.appendChild(el);
    await fixture.whenStable();
  });

  afterEach(() => el.remove());

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

  it('labels every field, with autocomplete, and explains each audience', () => {
    expect(el.querySelector('h1')?.textContent).toBe('Créer un compte');
    for (const [id, autocomplete] of [
      ['inscription-email', 'email'],
      ['inscription-displayName', 'nickname'],
      ['inscription-password', 'new-password'],
    ]) {
      expect(el.querySelector(`label[for="${id}"]`)).not.toBeNull();
      expect(el.querySelector(`#${id}`)?.getAttribute('autocomplete')).toBe(autocomplete);
    }
    expect(el.querySelector('#inscription-password')?.getAttribute('aria-describedby')).toBe('inscription-password-hint');
    expect(el.querySelector('fieldset legend')?.textContent?.trim()).toBe('Vous êtes…');
    expect(el.querySelectorAll('fieldset input[type="radio"]')).toHaveLength(4);
    expect(el.querySelector('a[href="/donnees-personnelles"]')).not.toBeNull();
  });

  it('shows the password on demand (aria-pressed)', async () => {
    const toggle = el.querySelector<HTMLButtonElement>('button[aria-controls="inscription-password"]');
    expect(toggle?.getAttribute('aria-pressed')).toBe('false');
    toggle?.click();
    await fixture.whenStable();
    expect(toggle?.getAttribute('aria-pressed')).toBe('true');
    expect(el.querySelector('#inscription-password')?.getAttribute('type')).toBe('text');
  });

  it('on an empty submission, focuses an error summary that links to each field, without calling the API', async () => {
    await submit();
    const summary = el.querySelector<HTMLElement>('.cd-error-summary');
    expect(document.activeElement).toBe(summary);
    const links = Array.from(el.querySelectorAll<HTMLAnchorElement>('.cd-error-summary a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#inscription-email',
      '#inscription-displayName',
      '#inscription-password',
      '#inscription-audience',
    ]);
    links[0].click();
    expect(document.activeElement?.id).toBe('inscription-email');
    links[3].click();
    expect(document.activeElement?.id).toBe('inscription-audience-elu');
    http.expectNone('/api/auth/register');
  });

  it('when the API says PASSWORD_TOO_COMMON, the summary links to the password field, which says why', async () => {
    type('inscription-email', 'awa@exemple.fr');
    type('inscription-displayName', 'Awa');
    type('inscription-password', 'motdepasse123');
    el.querySelector<HTMLInputElement>('#inscription-audience-elu')?.click();
    await submit();

    const request = http.expectOne('/api/auth/register');
    expect(request.request.body).toEqual({ email: 'awa@exemple.fr', displayName: 'Awa', password: 'motdepasse123', audience: 'elu', locale: 'fr' });
    request.flush(
      { status: 400, code: 'PASSWORD_TOO_COMMON', detail: 'This password is too common.', errors: [{ field: 'password', message: 'too common' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    const summary = el.querySelector<HTMLElement>('.cd-error-summary');
    expect(document.activeElement).toBe(summary);
    const links = Array.from(el.querySelectorAll<HTMLAnchorElement>('.cd-error-summary a'));
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('#inscription-password');
    expect(links[0].textContent).toContain('Ce mot de passe est trop courant');
    expect(el.textContent).not.toContain('This password is too common');

    const password = el.querySelector<HTMLInputElement>('#inscription-password');
    expect(password?.getAttribute('aria-invalid')).toBe('true');
    expect(password?.getAttribute('aria-describedby')).toBe('inscription-password-hint inscription-password-error');
    expect(el.querySelector('#inscription-password-error')?.textContent).toContain('Ce mot de passe est trop courant');
    links[0].click();
    expect(document.activeElement).toBe(password);
  });
});
