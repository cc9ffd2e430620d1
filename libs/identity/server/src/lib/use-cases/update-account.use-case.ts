import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LastAdminError, UserNotFoundError } from '@culture-d/identity/domain';
import type { Role } from '@culture-d/shared/contracts';
import { DataSource } from 'typeorm';
import { UserAccountEntity } from '../entities/user-account.entity';
import { AuditService } from '../services/audit.service';
import { SessionService } from '../services/session.service';

/**
 * An admin sets a person's roles (`learner` always stays). The person's sessions end, so that the new rights and the
 * session lifetime that goes with them apply at the next sign-in. The last admin cannot lose the role, even when two
 * admins demote each other at once (the admin rows are locked).
 */
@Injectable()
export class SetRolesUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async execute(actorId: string, userId: string, requested: Role[]): Promise<UserAccountEntity> {
    const roles = Array.from(new Set<Role>(['learner', ...requested]));
    return this.dataSource.transaction(async (manager) => {
      const admins = await manager.getRepository(UserAccountEntity).createQueryBuilder('u').setLock('pessimistic_write').where(`'admin' = ANY(u.roles)`).getMany();
      const user = await manager.findOne(UserAccountEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new UserNotFoundError();
      const losesAdmin = user.roles.includes('admin') && !roles.includes('admin');
      if (losesAdmin && admins.filter((a) => a.id !== user.id).length === 0) throw new LastAdminError();
      const before = user.roles;
      user.roles = roles;
      await manager.update(UserAccountEntity, { id: user.id }, { roles });
      if (before.slice().sort().join() !== roles.slice().sort().join()) {
        await this.sessions.revokeAll(manager, user.id);
        await this.audit.record(manager, 'roles_changed', user.id, { before, after: roles }, actorId);
      }
      return user;
    });
  }
}
