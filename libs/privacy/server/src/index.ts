export { PrivacyModule } from './lib/privacy.module';
export type { PersonalDataExport } from './lib/export-my-data.use-case';
export { PurgeInactiveAccountsUseCase } from './lib/purge-inactive-accounts.use-case';
