import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PRINCIPAL_RESOLVER } from '@culture-d/shared/server';
import { AdminAuditController } from './controllers/admin-audit.controller';
import { AdminUsersController } from './controllers/admin-users.controller';
import { AuthController } from './controllers/auth.controller';
import { MeController } from './controllers/me.controller';
import { identityEntities } from './entities';
import { IdentityPersonalData } from './identity-personal-data';
import { IdentityOptions } from './identity.options';
import { IdentityService } from './identity.service';
import { AuditService } from './services/audit.service';
import { CommonPasswords } from './services/common-passwords';
import { PasswordHasher } from './services/password-hasher';
import { SessionService } from './services/session.service';
import { ThrottleService } from './services/throttle.service';
import { ChangePasswordUseCase } from './use-cases/change-password.use-case';
import { EnsureAdminUseCase } from './use-cases/ensure-admin.use-case';
import { ListUsersUseCase } from './use-cases/list-users.use-case';
import { RegisterUseCase } from './use-cases/register.use-case';
import { RequestPasswordResetUseCase } from './use-cases/request-password-reset.use-case';
import { ResetPasswordUseCase } from './use-cases/reset-password.use-case';
import { UpdateAccountUseCase } from './use-cases/update-account.use-case';
import { ListAuditEventsUseCase } from './use-cases/list-audit-events.use-case';
import { SignInUseCase } from './use-cases/sign-in.use-case';
import { SignOutUseCase } from './use-cases/sign-out.use-case';
import { UpdateProfileUseCase } from './use-cases/update-profile.use-case';

/** Accounts, sessions, roles (docs/adr/0003). Needs `PersonalDataRegistry` and `Mailer` from the application. */
@Module({})
export class IdentityModule {
  static forRoot(options: Partial<Pick<IdentityOptions, 'publicUrl'>>): DynamicModule {
    return {
      module: IdentityModule,
      global: true,
      imports: [TypeOrmModule.forFeature(identityEntities)],
      controllers: [AuthController, MeController, AdminUsersController, AdminAuditController],
      providers: [
        { provide: IdentityOptions, useValue: Object.assign(new IdentityOptions(), options) },
        PasswordHasher,
        CommonPasswords,
        SessionService,
        ThrottleService,
        AuditService,
        IdentityService,
        IdentityPersonalData,
        RegisterUseCase,
        SignInUseCase,
        SignOutUseCase,
        UpdateProfileUseCase,
        ChangePasswordUseCase,
        RequestPasswordResetUseCase,
        ResetPasswordUseCase,
        ListUsersUseCase,
        UpdateAccountUseCase,
        ListAuditEventsUseCase,
        EnsureAdminUseCase,
        { provide: PRINCIPAL_RESOLVER, useExisting: SessionService },
      ],
      exports: [PRINCIPAL_RESOLVER, IdentityService, EnsureAdminUseCase, IdentityOptions, SessionService],
    };
  }
}
