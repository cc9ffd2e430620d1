import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, type PersonalDataContributor } from '@culture-d/shared/server';
import type { EntityManager } from 'typeorm';
import { StatementEntity } from './statement.entity';
import { toResponse } from './statements.service';

/** The learning record is about one person only: exported whole, deleted whole. */
@Injectable()
export class StatementsPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly name = 'learningRecord';
  readonly entities = [StatementEntity];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(userId: string, manager: EntityManager) {
    const rows = await manager.query(`SELECT id, verb, object, result, context, timestamp, stored FROM statement WHERE user_id = $1 ORDER BY stored, id`, [userId]);
    return rows.map(toResponse);
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM statement WHERE user_id = $1`, [userId]);
  }
}
