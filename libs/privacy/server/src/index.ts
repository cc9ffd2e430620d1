export { PrivacyModule } from './lib/privacy.module';
export type { PersonalDataExport } from './lib/export-my-data.use-case';
