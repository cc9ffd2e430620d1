import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { progressEntities } from './entities';
import { EnrolmentUseCase } from './enrolment.use-case';
import { LearnerProgress } from './learner-progress';
import { ProgressEngine } from './progress-engine';
import { ProgressPersonalData } from './progress-personal-data';
import { ProgressController } from './progress.controller';
import { ProgressQueries } from './progress.queries';
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
  controllers: [ProgressController, CertificatesController, StatementsController],
  providers: [
    EnrolmentUseCase,
    ProgressEngine,
    { provide: LearnerProgress, useExisting: ProgressEngine },
    ProgressQueries,
    ProgressPersonalData,
    CertificatePdf,
    CertificatesService,
    { provide: CertificateIssuer, useExisting: CertificatesService },
    CertificatesPersonalData,
    StatementsService,
    StatementsPersonalData,
  ],
  exports: [LearnerProgress],
})
export class ProgressModule {}
