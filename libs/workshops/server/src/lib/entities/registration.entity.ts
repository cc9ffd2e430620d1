import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WorkshopEntity } from './workshop.entity';

/**
 * A place at a workshop, for a signed-in person (`user_id`) or a guest (name, e-mail, consent). One active
 * registration per person and workshop (partial unique indexes, written in the migration); the waiting list is
 * ordered by `queue_number`, drawn from a sequence at arrival.
 */
@Entity({ name: 'registration' })
@Index('ix_registration_workshop_status', ['workshopId', 'status'])
@Index('ix_registration_user_id', ['userId'])
@Index('uq_registration_active_user', { synchronize: false })
@Index('uq_registration_active_guest', { synchronize: false })
@Check('ck_registration_status', `status IN ('confirmed', 'waitlisted', 'cancelled')`)
@Check('ck_registration_person', `(user_id IS NOT NULL) <> (guest_email IS NOT NULL)`)
@Check('ck_registration_attendance', `attendance IS NULL OR attendance IN ('attended', 'no_show')`)
export class RegistrationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_registration' })
  id!: string;

  @Column({ name: 'workshop_id', type: 'uuid' })
  workshopId!: string;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id', foreignKeyConstraintName: 'fk_registration_workshop' })
  workshop?: WorkshopEntity;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ name: 'guest_name', type: 'text', nullable: true })
  guestName!: string | null;

  @Column({ name: 'guest_email', type: 'citext', nullable: true })
  guestEmail!: string | null;

  @Column({ name: 'guest_consent_at', type: 'timestamptz', nullable: true })
  guestConsentAt!: Date | null;

  /** SHA-256 of the cancellation link's token (guests). */
  @Column({ name: 'cancel_token_hash', type: 'bytea', nullable: true })
  cancelTokenHash!: Buffer | null;

  @Column({ type: 'text' })
  status!: 'confirmed' | 'waitlisted' | 'cancelled';

  @Column({ name: 'queue_number', type: 'bigint', default: () => `nextval('registration_queue_seq')` })
  queueNumber!: string;

  @Column({ type: 'text', nullable: true })
  attendance!: 'attended' | 'no_show' | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  /** When the day-before reminder left (set once, under SKIP LOCKED, so that two workers never both send it). */
  @Column({ name: 'reminder_sent_at', type: 'timestamptz', nullable: true })
  reminderSentAt!: Date | null;
}
