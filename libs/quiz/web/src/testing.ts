import type { EnvironmentProviders, Provider } from '@angular/core';
import { type Translations, provideTranslations } from '@culture-d/shared/web/shell';
import { provideApiTesting } from '@culture-d/shared/web/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The real French file, as served at /i18n/fr.json: specs read the pages as people will. Specs only. */
export const FR = JSON.parse(readFileSync(join(__dirname, '../../../shared/web/src/i18n/fr.json'), 'utf8')) as Translations;
/** The real English file, for the specs that switch the interface to English. */
export const EN = JSON.parse(readFileSync(join(__dirname, '../../../shared/web/src/i18n/en.json'), 'utf8')) as Translations;

export function testProviders(): (Provider | EnvironmentProviders)[] {
  return [provideApiTesting(), provideTranslations({ fr: FR })];
}
