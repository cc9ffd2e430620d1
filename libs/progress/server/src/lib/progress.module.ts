import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { progressEntities } from './entities';
import { CertificateIssuer } from './certificates/certificate-issuer';
import { CertificatePdf } from './certificates/certificate-pdf';
import { CertificatesPersonalData } from './certificates/certificates-personal-data';
import { CertificatesController } from './certificates/certificates.controller';
import { CertificatesService } from './certificates/certificates.service';

/** Progress: enrolments, activity progress and resume, learning record, competency profile, certificates. */
@Module({
  imports: [TypeOrmModule.forFeature(progressEntities)],
  controllers: [CertificatesController],
  providers: [CertificatePdf, CertificatesService, { provide: CertificateIssuer, useExisting: CertificatesService }, CertificatesPersonalData],
  exports: [],
})
export class ProgressModule {}
