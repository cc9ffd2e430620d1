import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { RegistrationEntity } from './registration.entity';

/** A registrant's answers to a workshop's needs survey (one per registration, editable). */
@Entity({ name: 'survey_response' })
@Unique('uq_survey_response_registration', ['registrationId'])
@Index('ix_survey_response_workshop_id', ['workshopId'])
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_survey_response' })
  id!: string;

  @Column({ name: 'workshop_id', type: 'uuid' })
  workshopId!: string;

  @Column({ name: 'registration_id', type: 'uuid' })
  registrationId!: string;

  @ManyToOne(() => RegistrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'fk_survey_response_registration' })
  registration?: RegistrationEntity;

  @Column({ type: 'jsonb' })
  answers!: Record<string, string | number | string[]>;

  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' })
  submittedAt!: Date;
}
