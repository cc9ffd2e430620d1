import { type EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideTranslateHttpLoader } from '@ngx-translate/http-loader';
import { DEFAULT_LANGUAGE } from './language';
import { LanguageService } from './language.service';
import { TranslatedTitleStrategy } from './translated-title.strategy';

/**
 * Runtime i18n (docs/adr/0005-runtime-i18n.md): translations are JSON files served by our own origin at
 * `/i18n/<lang>.json`, loaded before the first render so that no key ever flashes. Needs `provideHttpClient()`.
 */
export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTranslateService({
      // No cache-busting parameter: the server has the files revalidated (`no-cache`), and index.html preloads fr.json.
      loader: provideTranslateHttpLoader({ prefix: '/i18n/', suffix: '.json' }),
      fallbackLang: DEFAULT_LANGUAGE,
    }),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(() => inject(LanguageService).init()),
  ]);
}
