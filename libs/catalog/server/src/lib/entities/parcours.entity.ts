import type { ParcoursDocument } from '@culture-d/catalog/contracts';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export const PARCOURS_STATUSES = ['draft', 'published', 'unpublished'] as const;
export type ParcoursStatus = (typeof PARCOURS_STATUSES)[number];

/**
 * A parcours as authors work on it: the draft document (always editable, optimistic `revision`), and a pointer to
 * the published version learners see. Versions are immutable (`parcours_version`).
 */
@Entity({ name: 'parcours' })
@Unique('uq_parcours_slug', ['slug'])
@Check('ck_parcours_status', `status IN ('draft', 'published', 'unpublished')`)
export class ParcoursEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_parcours' })
  id!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  status!: ParcoursStatus;

  /** The draft, in the parcours document format (with internal ids on modules and activities). */
  @Column({ type: 'jsonb' })
  draft!: ParcoursDocument;

  /** Incremented on every draft change; a write with a stale revision gets 409. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ name: 'current_version_id', type: 'uuid', nullable: true })
  currentVersionId!: string | null;

  /** Authors are referenced without a foreign key: erasing an account keeps the content (the id is nulled). */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
