import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LastAdminError, NothingToChangeError, UserNotFoundError, planAccountChange } from '@culture-d/identity/domain';
import type { Role } from '@culture-d/shared/contracts';
import { DataSource } from 'typeorm';
import { UserAccountEntity } from '../entities/user-account.entity';
import { AuditService } from '../services/audit.service';
import { SessionService } from '../services/session.service';

/**
 * An admin sets a person's roles (`learner` always stays) or deactivates / reactivates the account, in one transaction.
 * Any change ends the person's sessions: new rights and the session lifetime that goes with them apply at the next
 * sign-in, and a deactivated person is out at their next request. The active admin rows are locked first, so two admins
 * demoting or deactivating each other at once cannot leave none (`LAST_ADMIN`).
 */
@Injectable()
export class UpdateAccountUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async execute(actorId: string, userId: string, request: { roles?: Role[]; active?: boolean }): Promise<UserAccountEntity> {
    if (request.roles === undefined && request.active === undefined) throw new NothingToChangeError();
    return this.dataSource.transaction(async (manager) => {
      const admins = await manager
        .getRepository(UserAccountEntity)
        .createQueryBuilder('u')
        .setLock('pessimistic_write')
        .where(`'admin' = ANY(u.roles) AND u.deactivated_at IS NULL`)
        .orderBy('u.id')
        .getMany();
      const user = await manager.findOne(UserAccountEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new UserNotFoundError();
      const plan = planAccountChange({
        actorId,
        target: { id: user.id, roles: user.roles, active: user.deactivatedAt === null },
        roles: request.roles,
        active: request.active,
        otherActiveAdmins: admins.filter((a) => a.id !== user.id).length,
      });
      if (typeof plan === 'string') throw new LastAdminError(plan);
      if (!plan.rolesChanged && !plan.activeChanged) return user;
      const before = user.roles;
      user.roles = plan.roles;
      if (plan.activeChanged) user.deactivatedAt = plan.active ? null : new Date();
      await manager.update(UserAccountEntity, { id: user.id }, { roles: user.roles, deactivatedAt: user.deactivatedAt });
      await this.sessions.revokeAll(manager, user.id);
      if (plan.rolesChanged) await this.audit.record(manager, 'roles_changed', user.id, { before, after: plan.roles }, actorId);
      if (plan.activeChanged) await this.audit.record(manager, plan.active ? 'account_reactivated' : 'account_deactivated', user.id, {}, actorId);
      return user;
    });
  }
}
