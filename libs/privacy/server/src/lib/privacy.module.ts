import { Module } from '@nestjs/common';
import { DeleteMyAccountUseCase } from './delete-my-account.use-case';
import { ExportMyDataUseCase } from './export-my-data.use-case';
import { PrivacyController } from './privacy.controller';
import { PurgeInactiveAccountsUseCase } from './purge-inactive-accounts.use-case';
import { RetentionScheduler } from './retention.scheduler';

/** Export and erasure across domains; needs IdentityModule and the global PersonalDataModule. */
@Module({
  controllers: [PrivacyController],
  providers: [ExportMyDataUseCase, DeleteMyAccountUseCase, PurgeInactiveAccountsUseCase, RetentionScheduler],
  exports: [PurgeInactiveAccountsUseCase],
})
export class PrivacyModule {}
