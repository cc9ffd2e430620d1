import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChangePasswordRequest } from '@culture-d/identity/contracts';
import { PasswordRejectedError, UserNotFoundError, WrongPasswordError, checkPassword } from '@culture-d/identity/domain';
import type { Principal } from '@culture-d/shared/server';
import { DataSource } from 'typeorm';
import { UserAccountEntity } from '../entities/user-account.entity';
import { AuditService } from '../services/audit.service';
import { CommonPasswords } from '../services/common-passwords';
import { PasswordHasher } from '../services/password-hasher';
import { SessionService } from '../services/session.service';

/** Changes the password and signs out every other session. */
@Injectable()
export class ChangePasswordUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly commonPasswords: CommonPasswords,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async execute(principal: Principal, request: ChangePasswordRequest): Promise<void> {
    const user = await this.dataSource.getRepository(UserAccountEntity).findOne({ where: { id: principal.userId } });
    if (!user) throw new UserNotFoundError();
    if (!(await this.hasher.verify(user.passwordHash, request.currentPassword))) throw new WrongPasswordError();
    const problem = checkPassword(request.newPassword, this.commonPasswords.has, [user.email, user.displayName]);
    if (problem) throw new PasswordRejectedError(problem, 'newPassword');
    const passwordHash = await this.hasher.hash(request.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserAccountEntity, { id: user.id }, { passwordHash });
      await this.sessions.revokeAll(manager, user.id, principal.sessionId);
      await this.audit.record(manager, 'password_changed', user.id);
    });
  }
}
