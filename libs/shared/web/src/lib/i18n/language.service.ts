import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './language';
import { TranslateService } from './translate.service';

/** localStorage key of the chosen language: a strictly necessary preference, so no consent is needed, and no cookie. */
export const LANGUAGE_STORAGE_KEY = 'cd-lang';

/** The interface language: loads its translations, keeps `<html lang>` in step and remembers the choice. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly currentLanguage = signal<Language>(DEFAULT_LANGUAGE);

  readonly current = this.currentLanguage.asReadonly();

  /** Applies the remembered language, or French. Run once at start-up, before the first render. */
  init(): Promise<void> {
    return this.apply(this.stored() ?? DEFAULT_LANGUAGE);
  }

  /** Switches the interface to `language` and remembers the choice. */
  async use(language: Language): Promise<void> {
    await this.apply(language);
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage disabled (private mode, policy): the switch still works for this visit.
    }
  }

  private async apply(language: Language): Promise<void> {
    await this.translate.use(language);
    this.document.documentElement.lang = language;
    this.currentLanguage.set(language);
  }

  private stored(): Language | undefined {
    try {
      const value = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isLanguage(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }
}
