import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { QuizAttemptEntity } from './quiz-attempt.entity';

/** A scored response to one question of a submitted attempt: what item statistics read. */
@Entity({ name: 'attempt_answer' })
// Item statistics of a bank question gather its answers across every quiz (`bank:<uuid>`).
@Index('ix_attempt_answer_question_id', ['questionId'])
export class AttemptAnswerEntity {
  @PrimaryColumn({
    name: 'attempt_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_attempt_answer',
  })
  attemptId!: string;

  @ManyToOne(() => QuizAttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'attempt_id',
    foreignKeyConstraintName: 'fk_attempt_answer_attempt',
  })
  attempt?: QuizAttemptEntity;

  /** The attempt's question id: the question's key in the parcours, or `bank:<uuid>`. */
  @PrimaryColumn({
    name: 'question_id',
    type: 'text',
    primaryKeyConstraintName: 'pk_attempt_answer',
  })
  questionId!: string;

  /** As the learner sent it (null: unanswered). */
  @Column({ type: 'jsonb', nullable: true })
  response!: unknown;

  /** The response in the question's own words (opaque ids differ per attempt): what answer distributions count; null when unanswered. */
  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'double precision' })
  points!: number;

  @Column({ name: 'max_points', type: 'double precision' })
  maxPoints!: number;
}
