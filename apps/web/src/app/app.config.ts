import { type ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideI18n } from '@culture-d/shared/web/shell';
import { appRoutes } from './app.routes';

// No provideHttpClient(): HttpClient is provided in the root injector by default (Angular 21), and naming it here would
// put it in the initial bundle; only the lazy pages use it (docs/adr/0016).
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ anchorScrolling: 'enabled', scrollPositionRestoration: 'enabled' }),
    ),
    provideI18n(),
  ],
};
