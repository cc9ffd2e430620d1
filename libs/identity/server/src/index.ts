export * from './lib/entities';
export { IdentityModule } from './lib/identity.module';
export { IdentityService } from './lib/identity.service';
export { IdentityOptions } from './lib/identity.options';
export { SessionService } from './lib/services/session.service';
export { EnsureAdminUseCase } from './lib/use-cases/ensure-admin.use-case';
export { ARGON2_OPTIONS } from './lib/services/password-hasher';
export { resetPasswordMail, retentionWarningMail } from './lib/mails';
