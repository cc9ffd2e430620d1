import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WrongPasswordError } from '@culture-d/identity/domain';
import { IdentityService } from '@culture-d/identity/server';
import { PersonalDataRegistry } from '@culture-d/shared/server';
import { DataSource } from 'typeorm';

/**
 * RGPD right to erasure, in one transaction: each domain erases or anonymises what it holds (anonymous statistics
 * stay), the account goes last, and an anonymous `account_deleted` fact is journaled.
 */
@Injectable()
export class DeleteMyAccountUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly identity: IdentityService,
  ) {}

  async execute(userId: string, password: string): Promise<void> {
    if (!(await this.identity.verifyPassword(userId, password))) throw new WrongPasswordError();
    await this.dataSource.transaction(async (manager) => {
      for (const contributor of this.registry.all()) {
        await contributor.erase(userId, manager);
      }
      await this.identity.record(manager, 'account_deleted', null);
    });
  }
}
