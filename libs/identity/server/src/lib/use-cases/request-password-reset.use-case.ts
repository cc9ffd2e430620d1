import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { THROTTLE_RULES, normaliseEmail } from '@culture-d/identity/domain';
import { Mailer } from '@culture-d/shared/server';
import { DataSource } from 'typeorm';
import { PasswordResetEntity } from '../entities/password-reset.entity';
import { UserAccountEntity } from '../entities/user-account.entity';
import { IdentityOptions } from '../identity.options';
import { resetPasswordMail } from '../mails';
import { AuditService } from '../services/audit.service';
import { ThrottleService } from '../services/throttle.service';
import { newToken, sha256 } from '../services/tokens';
import type { RequestContext } from './request-context';

export const RESET_LINK_LIFETIME_MINUTES = 60;

/**
 * Always accepted, whether the address has an account or not (no enumeration); the e-mail leaves after the
 * commit and without the caller waiting for it, so that the timing does not tell either.
 */
@Injectable()
export class RequestPasswordResetUseCase {
  private readonly logger = new Logger('PasswordReset');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: ThrottleService,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly options: IdentityOptions,
  ) {}

  async execute(rawEmail: string, context: RequestContext): Promise<void> {
    const email = normaliseEmail(rawEmail);
    await this.throttle.assertAllowed(THROTTLE_RULES.resetRequestsPerIp, context.ip);
    await this.throttle.assertAllowed(THROTTLE_RULES.resetRequestsPerAccount, email);
    await this.throttle.hit(THROTTLE_RULES.resetRequestsPerIp, context.ip);
    await this.throttle.hit(THROTTLE_RULES.resetRequestsPerAccount, email);
    const user = await this.dataSource.getRepository(UserAccountEntity).findOne({ where: { email } });
    if (!user) return;
    const token = newToken();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(PasswordResetEntity, { tokenHash: sha256(token), userId: user.id, expiresAt: new Date(Date.now() + RESET_LINK_LIFETIME_MINUTES * 60_000) });
      await this.audit.record(manager, 'password_reset_requested', user.id);
    });
    const link = `${this.options.publicUrl}/mot-de-passe/nouveau?jeton=${encodeURIComponent(token)}`;
    this.mailer.send({ to: user.email, ...resetPasswordMail(user, link, RESET_LINK_LIFETIME_MINUTES) }).catch((error: unknown) => this.logger.error({ err: error }, 'reset e-mail not sent'));
  }
}
