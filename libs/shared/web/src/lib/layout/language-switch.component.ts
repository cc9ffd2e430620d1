import { ChangeDetectionStrategy, Component, inject, ViewEncapsulation } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LANGUAGES, type Language } from '../i18n/language';
import { LanguageService } from '../i18n/language.service';

/** "FR | EN": each button is named in its own language (`lang`), the current one is pressed. */
@Component({
  selector: 'cd-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None, // App-shell styles, scoped by their BEM block instead (docs/adr/0016).
  imports: [TranslatePipe],
  template: `
    <div class="cd-language-switch" role="group" [attr.aria-label]="'language.label' | translate">
      @for (language of languages; track language; let last = $last) {
        <button
          type="button"
          [attr.lang]="language"
          [attr.aria-pressed]="language === current()"
          (click)="choose(language)"
        >
          <span aria-hidden="true">{{ language.toUpperCase() }}</span>
          <span class="cd-sr-only">{{ language.toUpperCase() }} – {{ names[language] }}</span>
        </button>
        @if (!last) {
          <span class="cd-language-switch__separator" aria-hidden="true">|</span>
        }
      }
    </div>
  `,
  styles: `
    .cd-language-switch { display: inline-flex; align-items: center; gap: 0.25rem; }
    .cd-language-switch button {
      min-inline-size: 2.75rem; min-block-size: 2.75rem; padding: 0 0.5rem;
      border: 1px solid transparent; border-radius: 8px; background: none;
      color: var(--mat-sys-primary); font: inherit; font-weight: 700; cursor: pointer;
      text-decoration: underline; text-underline-offset: 0.2em;
    }
    .cd-language-switch button[aria-pressed='true'] {
      border-color: var(--mat-sys-primary); background: var(--mat-sys-primary); color: var(--mat-sys-on-primary);
      text-decoration: none; cursor: default;
    }
    .cd-language-switch__separator { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class LanguageSwitchComponent {
  private readonly language = inject(LanguageService);

  protected readonly languages = LANGUAGES;
  protected readonly current = this.language.current;
  /** Endonyms: each language is named in itself, whatever the interface language. */
  protected readonly names: Record<Language, string> = { fr: 'Français', en: 'English' };

  protected choose(language: Language): void {
    void this.language.use(language);
  }
}
