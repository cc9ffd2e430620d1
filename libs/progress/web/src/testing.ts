import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import type { EnvironmentProviders, Provider } from '@angular/core';
import { type TranslationObject, provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { of } from 'rxjs';

/** The real French file, as served at /i18n/fr.json: specs read the pages as people will. Specs only. */
export const FR = JSON.parse(readFileSync(join(__dirname, '../../../shared/web/src/i18n/fr.json'), 'utf8')) as TranslationObject;

export function testProviders(): (Provider | EnvironmentProviders)[] {
  return [provideHttpClient(), provideHttpClientTesting(), provideTranslateService({ loader: provideTranslateLoader(() => ({ getTranslation: () => of(FR) })) })];
}
