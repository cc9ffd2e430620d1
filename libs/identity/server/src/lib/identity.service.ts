import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditEventType } from './entities/audit-event.entity';
import { UserAccountEntity } from './entities/user-account.entity';
import { AuditService } from './services/audit.service';
import { PasswordHasher } from './services/password-hasher';
import { ThrottleService } from './services/throttle.service';
import type { ThrottleRule } from '@culture-d/identity/domain';

/** What other domains may ask of identity (they never touch its tables). */
@Injectable()
export class IdentityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly throttles: ThrottleService,
  ) {}

  async verifyPassword(userId: string, password: string): Promise<boolean> {
    const user = await this.dataSource.getRepository(UserAccountEntity).findOne({ where: { id: userId }, select: { id: true, passwordHash: true } });
    return this.hasher.verify(user?.passwordHash, password);
  }

  /** Abuse control for other domains: refuses (429) past the rule's limit, else counts one more (shared by instances). */
  async throttle(rule: ThrottleRule, subject: string): Promise<void> {
    await this.throttles.assertAllowed(rule, subject);
    await this.throttles.hit(rule, subject);
  }

  /**
   * Where to write to someone (other domains send their own e-mails). Inside a transaction, pass its manager: a
   * second connection taken while the first is held can exhaust the pool under load.
   */
  async contact(userId: string, manager: EntityManager = this.dataSource.manager): Promise<{ email: string; name: string; locale: string } | null> {
    const user = await manager.getRepository(UserAccountEntity).findOne({ where: { id: userId }, select: { email: true, displayName: true, locale: true } });
    return user ? { email: user.email, name: user.displayName, locale: user.locale } : null;
  }

  /** Contacts of several people at once (one query). */
  async contacts(userIds: string[]): Promise<Map<string, { email: string; name: string }>> {
    if (!userIds.length) return new Map();
    const rows: { id: string; email: string; name: string }[] = await this.dataSource.query(`SELECT id, email, display_name AS name FROM user_account WHERE id = ANY($1::uuid[])`, [userIds]);
    return new Map(rows.map((r) => [r.id, { email: r.email, name: r.name }]));
  }

  /** Accounts with no activity since `inactiveSince` that have not been warned yet (oldest first). */
  async accountsToWarn(manager: EntityManager, inactiveSince: Date, limit: number): Promise<Pick<UserAccountEntity, 'id' | 'email' | 'displayName' | 'locale'>[]> {
    return manager.query(
      `SELECT id, email, display_name AS "displayName", locale FROM user_account
        WHERE coalesce(last_active_at, created_at) < $1 AND retention_warned_at IS NULL AND NOT ('admin' = ANY(roles))
        ORDER BY coalesce(last_active_at, created_at) LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [inactiveSince, limit],
    );
  }

  async markWarned(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length) await manager.query(`UPDATE user_account SET retention_warned_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Accounts inactive since `inactiveSince` whose warning left before `warnedBefore`. */
  async accountsToPurge(manager: EntityManager, inactiveSince: Date, warnedBefore: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM user_account
        WHERE coalesce(last_active_at, created_at) < $1 AND retention_warned_at < $2 AND NOT ('admin' = ANY(roles))
        ORDER BY coalesce(last_active_at, created_at) LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [inactiveSince, warnedBefore, limit],
    );
    return rows.map((r) => r.id);
  }

  record(manager: EntityManager, type: AuditEventType, userId: string | null, details: Record<string, unknown> = {}): Promise<void> {
    return this.audit.record(manager, type, userId, details);
  }
}
