import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LearnerGroupEntity } from './learner-group.entity';

/** A parcours assigned to a group (by the catalogue's parcours id, stable when a slug changes), in display order. */
@Entity({ name: 'group_parcours' })
export class GroupParcoursEntity {
  @PrimaryColumn({
    name: 'group_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_group_parcours',
  })
  groupId!: string;

  @PrimaryColumn({
    name: 'parcours_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_group_parcours',
  })
  parcoursId!: string;

  @Column({ type: 'int' })
  position!: number;

  @ManyToOne(() => LearnerGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'group_id',
    foreignKeyConstraintName: 'fk_group_parcours_group',
  })
  group?: LearnerGroupEntity;
}
