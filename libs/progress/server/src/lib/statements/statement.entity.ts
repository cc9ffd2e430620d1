import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ADL_VERBS, type AdlVerb } from '@culture-d/progress/domain';

/**
 * The learning record: append-only xAPI-shaped statements. The primary key is the CLIENT's statement id, so that a
 * retry or an offline replay finds the statement already there (`ON CONFLICT (id) DO NOTHING`); `body_hash` (SHA-256
 * of the canonical body) tells a genuine replay from a different statement reusing an id.
 */
@Entity({ name: 'statement' })
@Index('ix_statement_user_stored', ['userId', 'stored', 'id'])
@Check('ck_statement_verb', `verb IN (${ADL_VERBS.map((v) => `'${v}'`).join(', ')})`)
export class StatementEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_statement' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** The ADL verb's name (`completed`); its IRI is `http://adlnet.gov/expapi/verbs/<name>`. */
  @Column({ type: 'text' })
  verb!: AdlVerb;

  @Column({ name: 'object_id', type: 'text' })
  objectId!: string;

  @Column({ type: 'jsonb' })
  object!: Record<string, unknown>;

  @Column({ type: 'jsonb', nullable: true })
  result!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  context!: Record<string, unknown> | null;

  /** When it happened, as the client says (the storage time when it said nothing). */
  @Column({ type: 'timestamptz' })
  timestamp!: Date;

  /** When the server recorded it. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  stored!: Date;

  @Column({ name: 'body_hash', type: 'bytea' })
  bodyHash!: Buffer;
}
