import { CertificateEntity } from '../certificates/certificate.entity';
import { StatementEntity } from '../statements/statement.entity';
import { ActivityProgressEntity } from './activity-progress.entity';
import { EnrolmentEntity } from './enrolment.entity';

/** Every entity of the progress domain (enrolments, activity progress, statements, competencies, certificates). */
export const progressEntities: (new () => unknown)[] = [EnrolmentEntity, ActivityProgressEntity, CertificateEntity, StatementEntity];
export { ActivityProgressEntity, EnrolmentEntity };
