import type { Difficulty, QuestionDocument, QuestionType } from '@culture-d/quiz/contracts';
import { UserAccountEntity } from '@culture-d/identity/server';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The question bank: questions authors keep outside any parcours (written here or imported from Moodle GIFT), which
 * quizzes draw from by competency when an attempt starts. `type`, `competencies` and `difficulty` are copied out of
 * the document for filtering; the document stays the source of truth.
 */
@Entity({ name: 'question' })
// GIN index on competencies, written by hand in the migration (TypeORM cannot declare it).
@Index('ix_question_competencies', { synchronize: false })
@Index('ix_question_created_by', ['createdBy'])
@Check('ck_question_type', `type IN ('single_choice', 'multiple_choice', 'true_false', 'short_text', 'numeric', 'ordering', 'matching', 'cloze', 'dataset')`)
@Check('ck_question_difficulty', `difficulty IN ('facile', 'moyen', 'difficile')`)
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_question' })
  id!: string;

  /** Moodle-style category path (`$CATEGORY: Données/RGPD`), kept from a GIFT import. */
  @Column({ type: 'text', nullable: true })
  category!: string | null;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  type!: QuestionType;

  @Column({ type: 'jsonb' })
  document!: QuestionDocument;

  @Column({ type: 'text', array: true })
  competencies!: string[];

  @Column({ type: 'text' })
  difficulty!: Difficulty;

  /** The author; nulled when their account is erased (the question belongs to the platform). */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by',
    foreignKeyConstraintName: 'fk_question_created_by',
  })
  creator?: UserAccountEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
