import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A facilitator's cohort. `owner_id` is the facilitator's account, without a foreign key (as everywhere outside the
 * identity domain): erasing the account deletes the group through the personal data contributor. Archived groups
 * keep their rows but no longer accept members nor appear anywhere.
 */
@Entity({ name: 'learner_group' })
@Index('uq_learner_group_join_code', ['joinCode'], { unique: true })
@Index('ix_learner_group_owner_id', ['ownerId'])
@Check('ck_learner_group_join_code', `join_code ~ '^[0-9A-HJKMNP-TV-Z]{8}$'`)
export class LearnerGroupEntity {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_learner_group',
  })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'join_code', type: 'text' })
  joinCode!: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
