import type { Audience, Role } from '@culture-d/shared/contracts';
import type { Locale } from '@culture-d/identity/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'user_account' })
@Index('ix_user_account_last_active_at', ['lastActiveAt'])
@Unique('uq_user_account_email', ['email'])
@Check('ck_user_account_audience', `audience IN ('elu', 'agent', 'mediateur', 'citoyen')`)
@Check('ck_user_account_locale', `locale IN ('fr', 'en')`)
@Check('ck_user_account_roles', `roles <@ ARRAY['learner', 'facilitator', 'author', 'admin']::text[] AND cardinality(roles) > 0`)
export class UserAccountEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_user_account' })
  id!: string;

  /** Normalised (trimmed, lower case); citext makes the unique constraint case-insensitive as a backstop. */
  @Column({ type: 'citext' })
  email!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  audience!: Audience;

  @Column({ type: 'text', array: true, default: () => `'{learner}'` })
  roles!: Role[];

  @Column({ type: 'text', default: 'fr' })
  locale!: Locale;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** For the retention rule: accounts inactive for 3 years are purged. */
  @Column({ name: 'last_active_at', type: 'timestamptz', nullable: true })
  lastActiveAt!: Date | null;

  /** When the "your account will be deleted" e-mail left; cleared by any activity. */
  @Column({ name: 'retention_warned_at', type: 'timestamptz', nullable: true })
  retentionWarnedAt!: Date | null;

  /** Set by an administrator: the person cannot sign in and has no session until reactivated. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;
}
