import { type EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer, provideEnvironmentInitializer } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { DEFAULT_LANGUAGE, type Language } from './language';
import { LanguageService } from './language.service';
import { TranslateService, type Translations } from './translate.service';
import { TranslatedTitleStrategy } from './translated-title.strategy';

/**
 * Runtime i18n (docs/adr/0005-runtime-i18n.md, ADR 0016): translations are JSON files served by our own origin at
 * `/i18n/<lang>.json`, loaded before the first render so that no key ever flashes.
 */
export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(() => inject(LanguageService).init()),
  ]);
}

/**
 * Texts given in memory and shown at once, in `language` (French by default): for specs, which read the real
 * translation files from disk.
 */
export function provideTranslations(texts: Partial<Record<Language, Translations>>, language: Language = DEFAULT_LANGUAGE): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideEnvironmentInitializer(() => {
      const translate = inject(TranslateService);
      for (const [name, translations] of Object.entries(texts) as [Language, Translations][]) translate.add(name, translations);
      if (!texts[DEFAULT_LANGUAGE]) translate.add(DEFAULT_LANGUAGE, {});
      void translate.use(language);
    }),
  ]);
}
