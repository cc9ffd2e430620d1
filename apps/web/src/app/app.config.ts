import { type ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideI18n } from '@culture-d/shared/web/shell';
import { appRoutes } from './app.routes';

// No provideHttpClient(): the app talks to the API with our ApiClient on fetch (`@culture-d/shared/web`); anything from
// @angular/common/http would put Angular's whole HTTP client in the initial bundle (docs/adr/0016).
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
