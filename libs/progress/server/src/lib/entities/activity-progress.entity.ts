import type { ActivityStatus, CompetencyScore } from '@culture-d/progress/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EnrolmentEntity } from './enrolment.entity';

/**
 * A learner's progress on one activity of their version. The primary key (enrolment, activity) is the index the
 * progress page reads by; statuses only move forward (conditional updates, docs/progress.md).
 */
@Entity({ name: 'activity_progress' })
@Check('ck_activity_progress_status', `status IN ('not_started', 'in_progress', 'completed')`)
@Check('ck_activity_progress_completed_at', `(status = 'completed') = (completed_at IS NOT NULL)`)
export class ActivityProgressEntity {
  @PrimaryColumn({ name: 'enrolment_id', type: 'uuid', primaryKeyConstraintName: 'pk_activity_progress' })
  enrolmentId!: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_activity_progress_enrolment' })
  enrolment?: EnrolmentEntity;

  /** `version_activity.id` (catalogue). */
  @PrimaryColumn({ name: 'activity_id', type: 'uuid', primaryKeyConstraintName: 'pk_activity_progress' })
  activityId!: string;

  @Column({ type: 'text' })
  status!: ActivityStatus;

  /** Quizzes: best percent over the attempts (0–100). */
  @Column({ name: 'best_percent', type: 'double precision', nullable: true })
  bestPercent!: number | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /**
   * Quizzes: the counted attempt (best or last, after the quiz's scoring) — its percent and its points per
   * competency: the evidence the competency profile is computed from.
   */
  @Column({ name: 'counted_percent', type: 'double precision', nullable: true })
  countedPercent!: number | null;

  @Column({ name: 'counted_competencies', type: 'jsonb', default: () => `'[]'` })
  countedCompetencies!: CompetencyScore[];

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
