import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RegisterRequest } from '@culture-d/identity/contracts';
import { EmailTakenError, PasswordRejectedError, THROTTLE_RULES, checkPassword, normaliseEmail } from '@culture-d/identity/domain';
import { DataSource, QueryFailedError } from 'typeorm';
import { UserAccountEntity } from '../entities/user-account.entity';
import { AuditService } from '../services/audit.service';
import { CommonPasswords } from '../services/common-passwords';
import { PasswordHasher } from '../services/password-hasher';
import { SessionService } from '../services/session.service';
import { ThrottleService } from '../services/throttle.service';
import type { RequestContext } from './request-context';

@Injectable()
export class RegisterUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly commonPasswords: CommonPasswords,
    private readonly sessions: SessionService,
    private readonly throttle: ThrottleService,
    private readonly audit: AuditService,
  ) {}

  async execute(request: RegisterRequest, context: RequestContext) {
    const email = normaliseEmail(request.email);
    await this.throttle.assertAllowed(THROTTLE_RULES.registrationsPerIp, context.ip);
    await this.throttle.assertAllowed(THROTTLE_RULES.registrationsPerAccount, email);
    await this.throttle.hit(THROTTLE_RULES.registrationsPerIp, context.ip);
    await this.throttle.hit(THROTTLE_RULES.registrationsPerAccount, email);
    const problem = checkPassword(request.password, this.commonPasswords.has, [email, request.displayName]);
    if (problem) throw new PasswordRejectedError(problem);
    const passwordHash = await this.hasher.hash(request.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(UserAccountEntity, { email, passwordHash, displayName: request.displayName, audience: request.audience, locale: request.locale ?? 'fr', roles: ['learner'], lastActiveAt: new Date() }),
        );
        const { token, session } = await this.sessions.open(manager, user.id, user.roles, context.userAgent);
        await this.audit.record(manager, 'registered', user.id, { audience: user.audience });
        return { user, token, session };
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'uq_user_account_email') {
        throw new EmailTakenError();
      }
      throw error;
    }
  }
}
