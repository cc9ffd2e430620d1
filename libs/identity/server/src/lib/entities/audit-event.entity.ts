import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditEventType } from '@culture-d/identity/contracts';
import { UserAccountEntity } from './user-account.entity';

export type { AuditEventType };

/**
 * Security journal (UTC, no secrets, no e-mail). The user link is cut when the account is erased; the event stays
 * as an anonymous fact.
 */
@Entity({ name: 'audit_event' })
@Index('ix_audit_event_user_id', ['userId'])
@Index('ix_audit_event_occurred_at', ['occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'pk_audit_event' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'text' })
  type!: AuditEventType;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_audit_event_user' })
  user?: UserAccountEntity;

  /** Who acted, when not the user themself (an admin changing roles). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  details!: Record<string, unknown>;
}
