// The app shell (layout, i18n, status messages): what the first page needs. Initial code imports this entry, never
// the whole library, so that the forms kit and the rest stay in the lazy chunks of the pages that use them.
export { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from './lib/i18n/language';
export { LANGUAGE_STORAGE_KEY, LanguageService } from './lib/i18n/language.service';
export { provideI18n, provideTranslations } from './lib/i18n/provide-i18n';
export { TranslatedTitleStrategy } from './lib/i18n/translated-title.strategy';
export { FooterComponent } from './lib/layout/footer.component';
export { HeaderComponent } from './lib/layout/header.component';
export { LanguageSwitchComponent } from './lib/layout/language-switch.component';
export type { NavItem } from './lib/layout/nav-item';
export { SKIP_TARGETS, SkipLinksComponent } from './lib/layout/skip-links.component';
export { StatusMessageComponent, StatusMessageService } from './lib/layout/status-message';
export { TranslatePipe } from './lib/i18n/translate.pipe';
export { TRANSLATION_LOADER, TranslateService, type TranslationLoader, type TranslationParams, type Translations } from './lib/i18n/translate.service';
export { API_BACKEND, ApiClient, ApiError, type ApiBackend, type ApiMethod, type ApiOptions, type ApiParams, type ApiRequest } from './lib/api/api-client';
