import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, type PersonalDataContributor } from '@culture-d/shared/server';
import type { EntityManager } from 'typeorm';
import { ActivityProgressEntity } from './entities/activity-progress.entity';
import { EnrolmentEntity } from './entities/enrolment.entity';

/** Enrolments and activity progress (with the quiz results and competency evidence they hold). Erasure deletes them. */
@Injectable()
export class ProgressPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly name = 'progress';
  readonly entities = [EnrolmentEntity, ActivityProgressEntity];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(userId: string, manager: EntityManager) {
    const enrolments = (await manager.query(
      `SELECT p.slug AS parcours, v.title, v.number AS version, e.status, e.started_at, e.completed_at, e.last_activity_at, e.unenrolled_at, e.diagnostic,
              coalesce((SELECT json_agg(json_build_object('activity', a.title, 'type', a.type, 'status', ap.status, 'best_percent', ap.best_percent, 'attempts', ap.attempts,
                                                          'counted_competencies', ap.counted_competencies, 'completed_at', ap.completed_at, 'updated_at', ap.updated_at) ORDER BY a.position)
                          FROM activity_progress ap JOIN version_activity a ON a.id = ap.activity_id WHERE ap.enrolment_id = e.id), '[]') AS activities
         FROM enrolment e JOIN parcours p ON p.id = e.parcours_id JOIN parcours_version v ON v.id = e.version_id
        WHERE e.user_id = $1 ORDER BY e.started_at`,
      [userId],
    )) as Record<string, unknown>[];
    return { enrolments };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    // activity_progress rows go with their enrolment (ON DELETE CASCADE).
    await manager.delete(EnrolmentEntity, { userId });
  }
}
