import type { LearnerQuestion, QuestionDocument } from '@culture-d/quiz/contracts';
import { VersionActivityEntity } from '@culture-d/catalog/server';
import { UserAccountEntity } from '@culture-d/identity/server';
import type { QuestionLayout } from '@culture-d/quiz/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One question as it was presented in an attempt: what scoring needs, frozen at the start. */
export interface PresentedQuestion {
  questionId: string;
  /** `fixed`: a question of the quiz in the published version; `bank`: drawn from the question bank. */
  source: 'fixed' | 'bank';
  /** A copy of the question as it was when the attempt started (later bank edits never change a score). */
  question: QuestionDocument;
  /** The scoring domain's `QuestionLayout` (opaque ids ↔ document indices); never sent to the learner. */
  layout: QuestionLayout;
  /** What the learner was shown, shown again as it was when they resume the attempt. */
  learner: LearnerQuestion;
}

/**
 * A learner's attempt at a quiz (`version_activity` of type quiz). Numbers count from 1 per learner and quiz; at most
 * one attempt is open (unsubmitted) at a time — a partial unique index written in the migration. The user link is
 * nulled when the account is erased, so that item statistics keep the anonymous answers.
 */
@Entity({ name: 'quiz_attempt' })
@Unique('uq_quiz_attempt_number', ['userId', 'activityId', 'number'])
@Index('uq_quiz_attempt_open', { synchronize: false })
@Index('ix_quiz_attempt_activity_id', ['activityId'])
export class QuizAttemptEntity {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_quiz_attempt',
  })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'user_id',
    foreignKeyConstraintName: 'fk_quiz_attempt_user',
  })
  user?: UserAccountEntity;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @ManyToOne(() => VersionActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'activity_id',
    foreignKeyConstraintName: 'fk_quiz_attempt_activity',
  })
  activity?: VersionActivityEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'jsonb' })
  layout!: PresentedQuestion[];

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'double precision', nullable: true })
  score!: number | null;

  @Column({ name: 'max_score', type: 'double precision', nullable: true })
  maxScore!: number | null;

  @Column({ type: 'double precision', nullable: true })
  percent!: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed!: boolean | null;
}
