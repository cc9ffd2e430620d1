import { Module } from '@nestjs/common';
import { DeleteMyAccountUseCase } from './delete-my-account.use-case';
import { ExportMyDataUseCase } from './export-my-data.use-case';
import { PrivacyController } from './privacy.controller';

/** Export and erasure across domains; needs IdentityModule and the global PersonalDataModule. */
@Module({
  controllers: [PrivacyController],
  providers: [ExportMyDataUseCase, DeleteMyAccountUseCase],
})
export class PrivacyModule {}
