import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@culture-d/shared/server';
import { DataSource } from 'typeorm';
import { AuditService } from '../services/audit.service';
import { SessionService } from '../services/session.service';

@Injectable()
export class SignOutUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /** Ends this session, or with `everywhere` every session of the person but this one. */
  async execute(principal: Principal, everywhere = false): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (everywhere) {
        await this.sessions.revokeAll(manager, principal.userId, principal.sessionId);
      } else if (principal.sessionId) {
        await this.sessions.revoke(manager, principal.sessionId);
      }
      await this.audit.record(manager, 'signed_out', principal.userId, { everywhere });
    });
  }
}
