import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserAccountEntity } from './user-account.entity';

/** A signed-in browser. Only the SHA-256 of the cookie's random id is stored. */
@Entity({ name: 'session' })
@Unique('uq_session_token_hash', ['tokenHash'])
@Index('ix_session_user_id', ['userId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_session' })
  id!: string;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_session_user' })
  user?: UserAccountEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ name: 'idle_seconds', type: 'integer' })
  idleSeconds!: number;

  @Column({ name: 'absolute_seconds', type: 'integer' })
  absoluteSeconds!: number;

  /** Shown in "my sessions" so that people recognise their devices; truncated. */
  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent!: string | null;
}
