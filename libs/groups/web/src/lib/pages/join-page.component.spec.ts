import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { LanguageService, StatusMessageService } from '@culture-d/shared/web';
import { ApiTestingController, provideApiTesting, provideTestTranslations } from '@culture-d/shared/web/testing';
import { JoinPageComponent } from './join-page.component';

describe('JoinPageComponent (/rejoindre)', () => {
  let fixture: ComponentFixture<JoinPageComponent>;
  let el: HTMLElement;
  let http: ApiTestingController;

  async function render(code?: string): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideApiTesting(),
        provideTestTranslations(),
      ],
    });
    await TestBed.inject(LanguageService).init();
    http = TestBed.inject(ApiTestingController);
    fixture = TestBed.createComponent(JoinPageComponent);
    if (code !== undefined) fixture.componentRef.setInput('code', code);
    el = fixture.nativeElement as HTMLElement;
    document.body.appendChild(el);
    await fixture.whenStable();
  }

  afterEach(() => {
    el.remove();
    http.verify();
  });

  const radio = (id: string) => el.querySelector<HTMLInputElement>(`#${id}`);
  const preview = () => el.querySelector('#rejoindre-code-preview')?.textContent?.trim();

  function type(value: string): void {
    const input = el.querySelector<HTMLInputElement>('#rejoindre-code');
    if (!input) throw new Error('no code field');
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  }

  it('offers the two sharing choices with neither checked, and says what sharing covers and that it can change', async () => {
    await render();
    const share = radio('rejoindre-partager');
    const dontShare = radio('rejoindre-ne-pas-partager');
    expect(share?.type).toBe('radio');
    expect(dontShare?.type).toBe('radio');
    expect(share?.checked).toBe(false);
    expect(dontShare?.checked).toBe(false);
    expect(el.querySelector('label[for="rejoindre-partager"]')?.textContent?.trim()).toBe('Partager ma progression avec la personne qui anime le groupe');
    expect(el.querySelector('label[for="rejoindre-ne-pas-partager"]')?.textContent?.trim()).toBe('Ne pas partager');
    const explanation = el.querySelector('#rejoindre-partage-explication')?.textContent ?? '';
    expect(explanation).toContain('résultats aux quiz');
    expect(explanation).toContain('tous vos parcours, pas seulement ceux du groupe');
    expect(explanation).toContain('changer d’avis ou quitter le groupe à tout moment');
    expect(el.querySelector('fieldset')?.getAttribute('aria-describedby')).toBe('rejoindre-partage-explication');
  });

  it('refuses to send without a sharing choice: the summary takes the focus and links to the choice', async () => {
    await render('K7QM2XFD');
    await submit();
    http.expectNone('/api/groups/join');
    const summary = el.querySelector<HTMLElement>('.cd-error-summary');
    expect(document.activeElement).toBe(summary);
    const links = Array.from(el.querySelectorAll<HTMLAnchorElement>('.cd-error-summary a'));
    expect(links.map((a) => a.textContent)).toEqual(['Choisissez si vous partagez votre progression ou non.']);
    links[0].click();
    expect(document.activeElement).toBe(radio('rejoindre-partager'));
  });

  it('fills the code from the QR code’s link and shows it as the server reads it, look-alikes included', async () => {
    await render('k7qm2xfd');
    expect(el.querySelector<HTMLInputElement>('#rejoindre-code')?.value).toBe('k7qm2xfd');
    expect(preview()).toBe('Code lu : K7QM-2XFD');
    type(' ko1l - 2xfd ');
    await fixture.whenStable();
    expect(preview()).toBe('Code lu : K011-2XFD');
    type('K7QM-2XF');
    await fixture.whenStable();
    expect(preview()).toBe('');
  });

  it('checks the shape of the code before sending', async () => {
    await render();
    type('ABC');
    radio('rejoindre-ne-pas-partager')?.click();
    await submit();
    http.expectNone('/api/groups/join');
    expect(el.querySelector('#rejoindre-code-error')?.textContent).toContain('Ce code n’a pas la bonne forme');
  });

  it('sends the explicit choice "do not share" as false, then opens "Mes groupes" with a status message', async () => {
    await render('K7QM-2XFD');
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    radio('rejoindre-ne-pas-partager')?.click();
    await submit();
    const request = http.expectOne('/api/groups/join');
    expect(request.request.body).toEqual({ code: 'K7QM-2XFD', shareProgress: false });
    request.flush({ id: 'g1', name: 'Atelier du mardi' }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/mes-groupes');
    await Promise.resolve();
    expect(TestBed.inject(StatusMessageService).message()).toBe('groups.join.done');
  });

  it('puts an unknown code on the code field, in the person’s words', async () => {
    await render('K7QM-2XFD');
    radio('rejoindre-partager')?.click();
    await submit();
    const request = http.expectOne('/api/groups/join');
    expect(request.request.body).toEqual({ code: 'K7QM-2XFD', shareProgress: true });
    request.flush({ code: 'GROUP_CODE_UNKNOWN', detail: 'No open group has this code' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(el.querySelector('#rejoindre-code-error')?.textContent).toContain('Aucun groupe ouvert n’a ce code');
    expect(el.textContent).not.toContain('No open group');
  });
});
