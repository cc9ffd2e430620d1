import type { CompetencyScore } from '@culture-d/progress/domain';
import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A learner in a parcours, pinned to the published version current when they enrolled (editing and republishing never
 * moves them). One row per person and parcours, ever: unenrolling sets `unenrolled_at` and keeps the history;
 * enrolling again reactivates the same row with its progress (docs/progress.md).
 */
@Entity({ name: 'enrolment' })
@Unique('uq_enrolment_user_parcours', ['userId', 'parcoursId'])
@Check('ck_enrolment_status', `status IN ('in_progress', 'completed')`)
@Check('ck_enrolment_completed_at', `(status = 'completed') = (completed_at IS NOT NULL)`)
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_enrolment' })
  id!: string;

  /** No foreign key to the account: erasure goes through the personal data contributor. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** `parcours.id` (catalogue), referenced by id only: domains do not share tables. */
  @Column({ name: 'parcours_id', type: 'uuid' })
  parcoursId!: string;

  /** `parcours_version.id` the learner follows. */
  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @Column({ type: 'text', default: 'in_progress' })
  status!: 'in_progress' | 'completed';

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;

  @Column({ name: 'unenrolled_at', type: 'timestamptz', nullable: true })
  unenrolledAt!: Date | null;

  /** The counted result of the parcours' diagnostic quiz, per competency (null until taken). */
  @Column({ type: 'jsonb', nullable: true })
  diagnostic!: CompetencyScore[] | null;
}
