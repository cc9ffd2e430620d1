import type { EnvironmentProviders, Provider } from '@angular/core';
import { provideApiTesting, provideTestTranslations } from '@culture-d/shared/web/testing';

export function testProviders(): (Provider | EnvironmentProviders)[] {
  return [provideApiTesting(), provideTestTranslations()];
}
