import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LearnerGroupEntity } from './learner-group.entity';

/**
 * A person in a group, with their consent: `share_progress` is false until they say otherwise, and
 * `consent_changed_at` records when they last changed it. One row per person and group (the unique index also
 * makes two simultaneous joins give one membership). Leaving deletes the row.
 */
@Entity({ name: 'group_member' })
@Index('uq_group_member_group_user', ['groupId', 'userId'], { unique: true })
@Index('ix_group_member_user_id', ['userId'])
export class GroupMemberEntity {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_group_member',
  })
  id!: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => LearnerGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'group_id',
    foreignKeyConstraintName: 'fk_group_member_group',
  })
  group?: LearnerGroupEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'share_progress', type: 'boolean', default: false })
  shareProgress!: boolean;

  @Column({ name: 'joined_at', type: 'timestamptz', default: () => 'now()' })
  joinedAt!: Date;

  @Column({ name: 'consent_changed_at', type: 'timestamptz', nullable: true })
  consentChangedAt!: Date | null;
}
