import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { progressEntities } from './entities';
import { CertificateIssuer } from './certificates/certificate-issuer';
import { CertificatePdf } from './certificates/certificate-pdf';
import { CertificatesPersonalData } from './certificates/certificates-personal-data';
import { CertificatesController } from './certificates/certificates.controller';
import { CertificatesService } from './certificates/certificates.service';
import { StatementsPersonalData } from './statements/statements-personal-data';
import { StatementsController } from './statements/statements.controller';
import { StatementsService } from './statements/statements.service';

/** Progress: enrolments, activity progress and resume, learning record, competency profile, certificates. */
@Module({
  imports: [TypeOrmModule.forFeature(progressEntities)],
  controllers: [CertificatesController, StatementsController],
  providers: [CertificatePdf, CertificatesService, { provide: CertificateIssuer, useExisting: CertificatesService }, CertificatesPersonalData, StatementsService, StatementsPersonalData],
  exports: [],
})
export class ProgressModule {}
