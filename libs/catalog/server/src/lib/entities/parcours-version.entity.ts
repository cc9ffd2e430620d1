import type { Audience, Theme } from '@culture-d/shared/contracts';
import type { Level, ParcoursDocument } from '@culture-d/catalog/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ParcoursEntity } from './parcours.entity';

/**
 * An immutable published version. The catalogue's columns are copied out of the document for one-query listing and
 * French full-text search; modules and activities are materialised in their own tables.
 */
@Entity({ name: 'parcours_version' })
@Unique('uq_parcours_version_number', ['parcoursId', 'number'])
// GIN indexes written by hand in the migration (TypeORM cannot declare them): audiences, themes, French full text.
@Index('ix_parcours_version_audiences', { synchronize: false })
@Index('ix_parcours_version_themes', { synchronize: false })
@Index('ix_parcours_version_search', { synchronize: false })
export class ParcoursVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_parcours_version' })
  id!: string;

  @Column({ name: 'parcours_id', type: 'uuid' })
  parcoursId!: string;

  @ManyToOne(() => ParcoursEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parcours_id', foreignKeyConstraintName: 'fk_parcours_version_parcours' })
  parcours?: ParcoursEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'jsonb' })
  document!: ParcoursDocument;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'summary_en', type: 'text' })
  summaryEn!: string;

  @Column({ type: 'text', array: true })
  audiences!: Audience[];

  @Column({ type: 'text', array: true })
  themes!: Theme[];

  @Column({ type: 'text' })
  level!: Level;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({ name: 'module_count', type: 'integer' })
  moduleCount!: number;

  /** Title, summary, objectives and module titles: what the French full-text search looks into. */
  @Column({ name: 'search_text', type: 'text' })
  searchText!: string;

  /** What changed since the previous version, for the history (added/removed/changed modules and activities). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  changes!: string[];

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy!: string | null;
}
