import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WorkshopEntity } from './workshop.entity';

/** Who runs a workshop: they see its registrants and take attendance. */
@Entity({ name: 'workshop_facilitator' })
@Index('ix_workshop_facilitator_user_id', ['userId'])
export class WorkshopFacilitatorEntity {
  @PrimaryColumn({ name: 'workshop_id', type: 'uuid', primaryKeyConstraintName: 'pk_workshop_facilitator' })
  workshopId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_workshop_facilitator' })
  userId!: string;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id', foreignKeyConstraintName: 'fk_workshop_facilitator_workshop' })
  workshop?: WorkshopEntity;
}
