import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEventEntity, type AuditEventType } from '../entities/audit-event.entity';

/** Writes the security journal, inside the caller's transaction when given one. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, type: AuditEventType, userId: string | null, details: Record<string, unknown> = {}, actorId: string | null = null): Promise<void> {
    await manager.insert(AuditEventEntity, { type, userId, actorId, details: details as never });
  }
}
