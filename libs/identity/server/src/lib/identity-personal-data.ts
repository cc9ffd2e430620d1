import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, type PersonalDataContributor } from '@culture-d/shared/server';
import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from './entities/audit-event.entity';
import { PasswordResetEntity } from './entities/password-reset.entity';
import { SessionEntity } from './entities/session.entity';
import { UserAccountEntity } from './entities/user-account.entity';
import { toUserResponse } from './user.mapper';

/** Identity's part of the export and of the erasure; it runs last, since deleting the account ends everything. */
@Injectable()
export class IdentityPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly name = 'identity';
  readonly entities = [UserAccountEntity, SessionEntity, PasswordResetEntity, AuditEventEntity];
  readonly order = 1000;

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(userId: string, manager: EntityManager) {
    const user = await manager.findOne(UserAccountEntity, { where: { id: userId } });
    const sessions = await manager.find(SessionEntity, { where: { userId }, order: { createdAt: 'ASC' } });
    const resets = await manager.find(PasswordResetEntity, { where: { userId }, order: { createdAt: 'ASC' } });
    const events = await manager.find(AuditEventEntity, { where: { userId }, order: { occurredAt: 'ASC' } });
    return {
      account: user
        ? {
            ...toUserResponse(user),
            createdAt: user.createdAt.toISOString(),
            updatedAt: user.updatedAt.toISOString(),
            lastActiveAt: user.lastActiveAt?.toISOString() ?? null,
            deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
          }
        : null,
      sessions: sessions.map((s) => ({ createdAt: s.createdAt.toISOString(), lastSeenAt: s.lastSeenAt.toISOString(), userAgent: s.userAgent })),
      passwordResetRequests: resets.map((r) => ({ createdAt: r.createdAt.toISOString(), expiresAt: r.expiresAt.toISOString(), usedAt: r.usedAt?.toISOString() ?? null })),
      securityEvents: events.map((e) => ({ type: e.type, occurredAt: e.occurredAt.toISOString(), details: e.details })),
    };
  }

  /** Sessions and reset links go with the account (ON DELETE CASCADE); journal entries stay without the link. */
  async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.update(AuditEventEntity, { actorId: userId }, { actorId: null });
    await manager.delete(UserAccountEntity, { id: userId });
  }
}
