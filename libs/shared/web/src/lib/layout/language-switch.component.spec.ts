import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Language } from '../i18n/language';
import { LANGUAGE_STORAGE_KEY, LanguageService } from '../i18n/language.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TRANSLATION_LOADER, type Translations } from '../i18n/translate.service';
import { LanguageSwitchComponent } from './language-switch.component';

const TRANSLATIONS: Record<Language, Translations> = {
  fr: { language: { label: 'Choisir la langue' }, greeting: 'Bonjour' },
  en: { language: { label: 'Choose the language' }, greeting: 'Hello' },
};

/** Loads asynchronously, like the real files. */
const inMemoryLoader = (language: Language) => Promise.resolve(TRANSLATIONS[language]);

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LanguageSwitchComponent, TranslatePipe],
  template: `<cd-language-switch /><p>{{ 'greeting' | translate }}</p>`,
})
class HostComponent {}

describe('LanguageSwitchComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
    TestBed.configureTestingModule({
      imports: [HostComponent],
      providers: [{ provide: TRANSLATION_LOADER, useValue: inMemoryLoader }],
    });
  });

  async function render() {
    await TestBed.inject(LanguageService).init();
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  function button(el: HTMLElement, language: string): HTMLButtonElement {
    const found = el.querySelector<HTMLButtonElement>(`button[lang="${language}"]`);
    if (!found) throw new Error(`no ${language} button`);
    return found;
  }

  it('starts in French, with FR pressed, in a labelled group', async () => {
    const { el } = await render();
    expect(document.documentElement.lang).toBe('fr');
    expect(el.querySelector('p')?.textContent).toBe('Bonjour');
    expect(el.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Choisir la langue');
    expect(button(el, 'fr').getAttribute('aria-pressed')).toBe('true');
    expect(button(el, 'en').getAttribute('aria-pressed')).toBe('false');
    expect(button(el, 'en').textContent).toContain('English');
  });

  it('switches to English: html lang, the rendered text, the pressed button and the stored choice', async () => {
    const { fixture, el } = await render();
    button(el, 'en').click();
    await fixture.whenStable();
    expect(document.documentElement.lang).toBe('en');
    expect(el.querySelector('p')?.textContent).toBe('Hello');
    expect(button(el, 'en').getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('restores the stored choice at start-up, and ignores an unknown one', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const { el } = await render();
    expect(document.documentElement.lang).toBe('en');
    expect(el.querySelector('p')?.textContent).toBe('Hello');

    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    await TestBed.inject(LanguageService).init();
    expect(document.documentElement.lang).toBe('fr');
  });
});
