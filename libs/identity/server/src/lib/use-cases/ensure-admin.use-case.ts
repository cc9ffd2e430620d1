import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PasswordRejectedError, checkPassword, normaliseEmail } from '@culture-d/identity/domain';
import { DataSource } from 'typeorm';
import { UserAccountEntity } from '../entities/user-account.entity';
import { AuditService } from '../services/audit.service';
import { CommonPasswords } from '../services/common-passwords';
import { PasswordHasher } from '../services/password-hasher';

/**
 * The first administrator, without default credentials: `ADMIN_EMAIL` and `ADMIN_PASSWORD` at start (or
 * `npm run create-admin`) create the account, or give an existing one the admin role and this password.
 */
@Injectable()
export class EnsureAdminUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly commonPasswords: CommonPasswords,
    private readonly audit: AuditService,
  ) {}

  async execute(rawEmail: string, password: string, displayName = 'Administrateur·rice'): Promise<{ created: boolean; userId: string }> {
    const email = normaliseEmail(rawEmail);
    const problem = checkPassword(password, this.commonPasswords.has, [email]);
    if (problem) throw new PasswordRejectedError(problem);
    const passwordHash = await this.hasher.hash(password);
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(UserAccountEntity, { where: { email }, lock: { mode: 'pessimistic_write' } });
      if (existing) {
        const roles = existing.roles.includes('admin') ? existing.roles : [...existing.roles, 'admin' as const];
        await manager.update(UserAccountEntity, { id: existing.id }, { roles, passwordHash });
        if (roles !== existing.roles) await this.audit.record(manager, 'roles_changed', existing.id, { before: existing.roles, after: roles, via: 'bootstrap' });
        return { created: false, userId: existing.id };
      }
      const user = await manager.save(manager.create(UserAccountEntity, { email, passwordHash, displayName, audience: 'agent', roles: ['learner', 'admin'], locale: 'fr' }));
      await this.audit.record(manager, 'registered', user.id, { via: 'bootstrap', roles: user.roles });
      return { created: true, userId: user.id };
    });
  }
}
