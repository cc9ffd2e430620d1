import type { EnvironmentProviders } from '@angular/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from './language';
import { provideTranslations } from './provide-i18n';
import type { Translations } from './translate.service';

const read = (language: Language) => JSON.parse(readFileSync(join(__dirname, '../../i18n', `${language}.json`), 'utf8')) as Translations;

/** The real translation files, as served at /i18n/<lang>.json: specs read the pages as people will. Specs only. */
export const FR = read('fr');
export const EN = read('en');

/** Both real files in memory, shown in `language` (French by default). */
export function provideTestTranslations(language: Language = 'fr'): EnvironmentProviders {
  return provideTranslations({ fr: FR, en: EN }, language);
}
