import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MyGroupResponse } from '@culture-d/groups/contracts';
import { LanguageService } from '@culture-d/shared/web';
import { ApiTestingController, provideApiTesting, provideTestTranslations } from '@culture-d/shared/web/testing';
import { MyGroupsPageComponent } from './my-groups-page.component';

const GROUP: MyGroupResponse = {
  id: '6f1c7a44-2b1e-4f0a-9a55-0d6f1c7a442b',
  name: 'Atelier du mardi',
  description: '',
  facilitator: { displayName: 'Fatou' },
  parcours: [],
  shareProgress: false,
  joinedAt: '2026-11-02T09:00:00.000Z',
  consentChangedAt: null,
};

describe('MyGroupsPageComponent (/mes-groupes)', () => {
  let fixture: ComponentFixture<MyGroupsPageComponent>;
  let el: HTMLElement;
  let http: ApiTestingController;

  /** apiResource keeps the fixture unstable while its request is pending: ticks instead of `whenStable`. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      TestBed.tick();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

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
    fixture = TestBed.createComponent(MyGroupsPageComponent);
    el = fixture.nativeElement as HTMLElement;
    document.body.appendChild(el);
    await settle();
    http.expectOne('/api/me/groups').flush({ items: [GROUP], total: 1 });
    await settle();
  });

  afterEach(() => {
    el.remove();
    http.verify();
  });

  const button = (name: string) => Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim().startsWith(name)) as HTMLButtonElement;

  it('says the member does not share, and changes nothing until the confirmation is accepted', async () => {
    expect(el.textContent).toContain('Vous ne partagez pas votre progression : Fatou voit seulement votre nom');
    button('Partager ma progression').click();
    await settle();
    expect(document.activeElement?.textContent).toContain('Fatou verra tout votre apprentissage sur Culture D');
    button('Annuler').click();
    await settle();
    http.expectNone(`/api/groups/${GROUP.id}/membership`);
    expect(document.activeElement).toBe(el.querySelector(`#partage-${GROUP.id}`));
  });

  it('sends the new choice once confirmed, then reloads and says so', async () => {
    button('Partager ma progression').click();
    await settle();
    button('Oui, partager').click();
    const request = http.expectOne(`/api/groups/${GROUP.id}/membership`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ shareProgress: true });
    request.flush({ ...GROUP, shareProgress: true });
    await settle();
    http.expectOne('/api/me/groups').flush({ items: [{ ...GROUP, shareProgress: true }], total: 1 });
    await settle();
    expect(el.querySelector('[aria-live="polite"]')?.textContent).toContain('Vous partagez maintenant votre progression avec le groupe « Atelier du mardi ».');
    expect(el.textContent).toContain('Vous partagez votre progression avec Fatou.');
  });

  it('leaves the group with DELETE after a confirmation that says the link is removed', async () => {
    button('Quitter le groupe').click();
    await settle();
    expect(el.querySelector('.cd-confirm__text')?.textContent).toContain('Le lien avec le groupe est supprimé');
    button('Oui, quitter le groupe').click();
    const request = http.expectOne(`/api/groups/${GROUP.id}/membership`);
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne('/api/me/groups').flush({ items: [], total: 0 });
    await settle();
    expect(el.textContent).toContain('Vous ne faites partie d’aucun groupe.');
  });
});
