export { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from './lib/i18n/language';
export { LANGUAGE_STORAGE_KEY, LanguageService } from './lib/i18n/language.service';
export { provideI18n } from './lib/i18n/provide-i18n';
export { TranslatedTitleStrategy } from './lib/i18n/translated-title.strategy';
export { FooterComponent } from './lib/layout/footer.component';
export { HeaderComponent } from './lib/layout/header.component';
export { LanguageSwitchComponent } from './lib/layout/language-switch.component';
export type { NavItem } from './lib/layout/nav-item';
export { SKIP_TARGETS, SkipLinksComponent } from './lib/layout/skip-links.component';
