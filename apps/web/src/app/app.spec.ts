import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LanguageService } from '@culture-d/shared/web';
import { provideApiTesting, provideTestTranslations } from '@culture-d/shared/web/testing';
import { App } from './app';

describe('App shell', () => {
  async function render(): Promise<HTMLElement> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideRouter([]),
        provideApiTesting(),
        provideTestTranslations(),
      ],
    });
    await TestBed.inject(LanguageService).init();
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('offers the three skip links as the first focusable elements, pointing at existing targets', async () => {
    const el = await render();
    const focusable = Array.from(el.querySelectorAll<HTMLElement>('a[href], button'));
    expect(focusable.slice(0, 3).map((e) => e.textContent?.trim())).toEqual([
      'Aller au contenu',
      'Aller au menu',
      'Aller au pied de page',
    ]);
    for (const link of focusable.slice(0, 3)) {
      const id = link.getAttribute('href')?.slice(1) ?? '';
      expect(el.querySelector(`#${id}`)).not.toBeNull();
    }
  });

  it('moves focus to the main content when "Aller au contenu" is followed', async () => {
    const el = await render();
    document.body.appendChild(el);
    el.querySelector<HTMLAnchorElement>('a[href="#contenu"]')?.click();
    expect(document.activeElement?.tagName).toBe('MAIN');
    el.remove();
  });

  it('has header, navigation, main and footer landmarks, with the service name and tagline', async () => {
    const el = await render();
    expect(el.querySelector('header')?.textContent).toContain('Culture D');
    expect(el.querySelector('header')?.textContent).toContain('La culture des données pour la vie publique locale');
    expect(el.querySelector('nav[aria-label="Menu principal"]')).not.toBeNull();
    expect(el.querySelectorAll('main')).toHaveLength(1);
    expect(el.querySelectorAll('footer')).toHaveLength(1);
  });

  it('lists the compulsory footer links and mentions OpenDataFrance', async () => {
    const el = await render();
    const links = Array.from(el.querySelectorAll('footer a')).map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['Accessibilité : partiellement conforme', '/accessibilite'],
        ['Mentions légales', '/mentions-legales'],
        ['Données personnelles', '/donnees-personnelles'],
        ['Déclaration d’accessibilité', '/accessibilite'],
      ]),
    );
    expect(el.querySelector('footer')?.textContent).toContain('OpenDataFrance');
  });
});
