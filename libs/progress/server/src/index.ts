export * from './lib/entities';
export { ProgressModule } from './lib/progress.module';
export { LearnerProgress, type QuizResult } from './lib/learner-progress';
export { CertificateIssuer, type CompletedParcours } from './lib/certificates/certificate-issuer';
