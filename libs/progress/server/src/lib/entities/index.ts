import { CertificateEntity } from '../certificates/certificate.entity';
import { StatementEntity } from '../statements/statement.entity';

/** Every entity of the progress domain (enrolments, activity progress, statements, competencies, certificates). */
export const progressEntities: (new () => unknown)[] = [CertificateEntity, StatementEntity];
