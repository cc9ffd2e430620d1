import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ResetPasswordRequest } from '@culture-d/identity/contracts';
import { PasswordRejectedError, ResetTokenInvalidError, checkPassword } from '@culture-d/identity/domain';
import { DataSource } from 'typeorm';
import { PasswordResetEntity } from '../entities/password-reset.entity';
import { UserAccountEntity } from '../entities/user-account.entity';
import { AuditService } from '../services/audit.service';
import { CommonPasswords } from '../services/common-passwords';
import { PasswordHasher } from '../services/password-hasher';
import { SessionService } from '../services/session.service';
import { sha256 } from '../services/tokens';

/** Uses a reset link once, before it expires; every session of the account ends. */
@Injectable()
export class ResetPasswordUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly commonPasswords: CommonPasswords,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async execute(request: ResetPasswordRequest): Promise<void> {
    const passwordHash = await this.hasher.hash(request.password);
    await this.dataSource.transaction(async (manager) => {
      // The row lock makes two concurrent uses of one link succeed once.
      const reset = await manager.getRepository(PasswordResetEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.token_hash = :hash', { hash: sha256(request.token) }).getOne();
      if (!reset || reset.usedAt || reset.expiresAt.getTime() <= Date.now()) throw new ResetTokenInvalidError();
      const user = await manager.findOneOrFail(UserAccountEntity, { where: { id: reset.userId } });
      const problem = checkPassword(request.password, this.commonPasswords.has, [user.email, user.displayName]);
      if (problem) throw new PasswordRejectedError(problem);
      await manager.update(PasswordResetEntity, { tokenHash: reset.tokenHash }, { usedAt: new Date() });
      await manager.update(UserAccountEntity, { id: user.id }, { passwordHash });
      await this.sessions.revokeAll(manager, user.id);
      await this.audit.record(manager, 'password_reset', user.id);
    });
  }
}
