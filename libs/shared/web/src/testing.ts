// What specs need to drive the web code: the API double and the real translation files. Never imported by application code.
export { ApiTestingController, type RequestMatch, type SentRequest, TestRequest, provideApiTesting } from './lib/api/api-testing';
export { EN, FR, provideTestTranslations } from './lib/i18n/test-translations';
