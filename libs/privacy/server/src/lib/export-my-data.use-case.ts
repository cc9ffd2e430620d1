import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IdentityService } from '@culture-d/identity/server';
import { PersonalDataRegistry } from '@culture-d/shared/server';
import { DataSource } from 'typeorm';

export interface PersonalDataExport {
  format: 'culture-d-personal-data/1';
  exportedAt: string;
  subject: string;
  sections: Record<string, unknown>;
}

/** RGPD right of access: everything every domain holds about the caller, in one consistent snapshot. */
@Injectable()
export class ExportMyDataUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly identity: IdentityService,
  ) {}

  async execute(userId: string): Promise<PersonalDataExport> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const sections: Record<string, unknown> = {};
      for (const contributor of this.registry.all()) {
        sections[contributor.name] = await contributor.export(userId, manager);
      }
      await this.identity.record(manager, 'data_exported', userId);
      return { format: 'culture-d-personal-data/1', exportedAt: new Date().toISOString(), subject: userId, sections };
    });
  }
}
