import { CertificateEntity } from '../certificates/certificate.entity';

/** Every entity of the progress domain (enrolments, activity progress, statements, competencies, certificates). */
export const progressEntities: (new () => unknown)[] = [CertificateEntity];
