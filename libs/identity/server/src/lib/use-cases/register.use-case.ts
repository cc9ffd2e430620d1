import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RegisterRequest } from '@culture-d/identity/contracts';
import { PasswordRejectedError, THROTTLE_RULES, checkPassword, normaliseEmail, sessionLifetime } from '@culture-d/identity/domain';
import { Mailer } from '@culture-d/shared/server';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { SessionEntity } from '../entities/session.entity';
import { UserAccountEntity } from '../entities/user-account.entity';
import { IdentityOptions } from '../identity.options';
import { existingAccountMail } from '../mails';
import { newToken } from '../services/tokens';
import { AuditService } from '../services/audit.service';
import { CommonPasswords } from '../services/common-passwords';
import { PasswordHasher } from '../services/password-hasher';
import { SessionService } from '../services/session.service';
import { ThrottleService } from '../services/throttle.service';
import type { RequestContext } from './request-context';

@Injectable()
export class RegisterUseCase {
  private readonly logger = new Logger('Identity');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly commonPasswords: CommonPasswords,
    private readonly sessions: SessionService,
    private readonly throttle: ThrottleService,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly options: IdentityOptions,
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
        return this.alreadyRegistered(email, request);
      }
      throw error;
    }
  }

  /**
   * No account enumeration (docs/adr/0003): an address that already has an account gets the same status, body shape
   * and headers as a new one — a session cookie that opens nothing —, after the same work; its owner is told by e-mail.
   */
  private async alreadyRegistered(email: string, request: RegisterRequest) {
    const owner = await this.dataSource.getRepository(UserAccountEntity).findOne({ where: { email } });
    if (owner) {
      await this.audit.record(this.dataSource.manager, 'registration_refused', owner.id);
      this.mailer.send({ to: owner.email, ...existingAccountMail(owner, `${this.options.publicUrl}/connexion`, `${this.options.publicUrl}/mot-de-passe/oublie`) }).catch((err: unknown) => this.logger.error({ err }, 'existing-account e-mail not sent'));
    }
    const lifetime = sessionLifetime(['learner']);
    const user = Object.assign(new UserAccountEntity(), { id: randomUUID(), email, displayName: request.displayName, audience: request.audience, locale: request.locale ?? 'fr', roles: ['learner'] });
    const session = Object.assign(new SessionEntity(), { createdAt: new Date(), lastSeenAt: new Date(), idleSeconds: lifetime.idleSeconds, absoluteSeconds: lifetime.absoluteSeconds });
    return { user, token: newToken(), session };
  }
}
