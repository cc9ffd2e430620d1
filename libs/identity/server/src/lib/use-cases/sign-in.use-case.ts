import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LoginRequest } from '@culture-d/identity/contracts';
import { InvalidCredentialsError, THROTTLE_RULES, normaliseEmail } from '@culture-d/identity/domain';
import { DataSource } from 'typeorm';
import { UserAccountEntity } from '../entities/user-account.entity';
import { AuditService } from '../services/audit.service';
import { PasswordHasher } from '../services/password-hasher';
import { SessionService } from '../services/session.service';
import { ThrottleService } from '../services/throttle.service';
import type { RequestContext } from './request-context';

/**
 * Same answer, status and work (one argon2 verification) for an unknown e-mail and a wrong password; failures are
 * counted per account and per IP in PostgreSQL, and the limit applies before the password is even checked.
 */
@Injectable()
export class SignInUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: ThrottleService,
    private readonly audit: AuditService,
  ) {}

  async execute(request: LoginRequest, context: RequestContext) {
    const email = normaliseEmail(request.email);
    await this.throttle.assertAllowed(THROTTLE_RULES.loginFailuresPerAccount, email);
    await this.throttle.assertAllowed(THROTTLE_RULES.loginFailuresPerIp, context.ip);
    await this.throttle.assertAllowed(THROTTLE_RULES.loginAttemptsPerIp, context.ip);
    await this.throttle.hit(THROTTLE_RULES.loginAttemptsPerIp, context.ip);
    const user = await this.dataSource.getRepository(UserAccountEntity).findOne({ where: { email } });
    const ok = await this.hasher.verify(user?.passwordHash, request.password);
    // A deactivated account gets the same answer as a wrong password: the form does not tell who has an account.
    if (!user || !ok || user.deactivatedAt !== null) {
      await this.throttle.hit(THROTTLE_RULES.loginFailuresPerAccount, email);
      await this.throttle.hit(THROTTLE_RULES.loginFailuresPerIp, context.ip);
      if (user) await this.audit.record(this.dataSource.manager, 'sign_in_failed', user.id, user.deactivatedAt ? { reason: 'deactivated' } : {});
      throw new InvalidCredentialsError();
    }
    await this.throttle.reset(THROTTLE_RULES.loginFailuresPerAccount, email);
    const passwordHash = this.hasher.needsRehash(user.passwordHash) ? await this.hasher.hash(request.password) : user.passwordHash;
    return this.dataSource.transaction(async (manager) => {
      await manager.update(UserAccountEntity, { id: user.id }, { lastActiveAt: new Date(), retentionWarnedAt: null, passwordHash });
      const { token, session } = await this.sessions.open(manager, user.id, user.roles, context.userAgent);
      await this.audit.record(manager, 'signed_in', user.id);
      return { user, token, session };
    });
  }
}
