import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Language } from './language';
import { TranslatePipe } from './translate.pipe';
import { TRANSLATION_LOADER, TranslateService, type Translations } from './translate.service';

const FILES: Record<Language, Translations> = {
  fr: { quiz: { score: 'Score : {{ score }} sur {{total}}', onlyFr: 'Seulement en français' }, hello: 'Bonjour {{name}}' },
  en: { quiz: { score: 'Score: {{ score }} out of {{total}}' }, hello: 'Hello {{name}}' },
};

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<p id="piped">{{ 'hello' | translate: { name: name() } }}</p><p id="computed">{{ score() }}</p>`,
})
class HostComponent {
  readonly name = input('Camille');
  private readonly translate = inject(TranslateService);
  protected readonly score = computed(() => this.translate.instant('quiz.score', { score: 7, total: 10 }));
}

describe('TranslateService and the translate pipe', () => {
  let loads: Language[];
  let failNext: boolean;

  beforeEach(() => {
    loads = [];
    failNext = false;
    TestBed.configureTestingModule({
      providers: [
        {
          provide: TRANSLATION_LOADER,
          useValue: (language: Language) => {
            loads.push(language);
            if (failNext) {
              failNext = false;
              return Promise.reject(new Error('offline'));
            }
            return Promise.resolve(FILES[language]);
          },
        },
      ],
    });
  });

  it('fills placeholders, with or without spaces, and leaves one without a value as written', async () => {
    const translate = TestBed.inject(TranslateService);
    await translate.use('fr');
    expect(translate.instant('quiz.score', { score: 3, total: 4 })).toBe('Score : 3 sur 4');
    expect(translate.instant('quiz.score', { score: 0 })).toBe('Score : 0 sur {{total}}');
    expect(translate.instant('hello')).toBe('Bonjour {{name}}');
  });

  it('falls back to French for a key English lacks, and shows the key when French lacks it too', async () => {
    const translate = TestBed.inject(TranslateService);
    await translate.use('en');
    expect(translate.currentLang()).toBe('en');
    expect(translate.instant('quiz.score', { score: 1, total: 2 })).toBe('Score: 1 out of 2');
    expect(translate.instant('quiz.onlyFr')).toBe('Seulement en français');
    expect(translate.instant('quiz.missing')).toBe('quiz.missing');
    expect(translate.instant('quiz')).toBe('quiz'); // a branch is not a text
    expect(loads.sort()).toEqual(['en', 'fr']);
  });

  it('loads each file once, and asks again for a file that failed', async () => {
    const translate = TestBed.inject(TranslateService);
    failNext = true;
    await expect(translate.use('fr')).rejects.toThrow('offline');
    expect(translate.currentLang()).toBeUndefined();
    await translate.use('fr');
    await translate.use('en');
    await translate.use('fr');
    expect(loads).toEqual(['fr', 'fr', 'en']);
  });

  it('re-renders pipes and computed texts of an OnPush view when the language changes', async () => {
    const translate = TestBed.inject(TranslateService);
    await translate.use('fr');
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('#piped')?.textContent).toBe('Bonjour Camille');
    expect(el.querySelector('#computed')?.textContent).toBe('Score : 7 sur 10');

    await translate.use('en');
    await fixture.whenStable();
    expect(el.querySelector('#piped')?.textContent).toBe('Hello Camille');
    expect(el.querySelector('#computed')?.textContent).toBe('Score: 7 out of 10');

    fixture.componentRef.setInput('name', 'Sacha');
    await fixture.whenStable();
    expect(el.querySelector('#piped')?.textContent).toBe('Hello Sacha');
  });
});
