import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditEventType } from './entities/audit-event.entity';
import { UserAccountEntity } from './entities/user-account.entity';
import { AuditService } from './services/audit.service';
import { PasswordHasher } from './services/password-hasher';

/** What other domains may ask of identity (they never touch its tables). */
@Injectable()
export class IdentityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async verifyPassword(userId: string, password: string): Promise<boolean> {
    const user = await this.dataSource.getRepository(UserAccountEntity).findOne({ where: { id: userId }, select: { id: true, passwordHash: true } });
    return this.hasher.verify(user?.passwordHash, password);
  }

  record(manager: EntityManager, type: AuditEventType, userId: string | null, details: Record<string, unknown> = {}): Promise<void> {
    return this.audit.record(manager, type, userId, details);
  }
}
