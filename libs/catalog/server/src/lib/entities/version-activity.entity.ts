import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ParcoursVersionEntity } from './parcours-version.entity';

/** A module of a published version. */
@Entity({ name: 'version_module' })
@Unique('uq_version_module_key', ['versionId', 'key'])
export class VersionModuleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_version_module' })
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => ParcoursVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_version_module_version' })
  version?: ParcoursVersionEntity;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'integer' })
  minutes!: number;

  @Column({ type: 'text', array: true })
  objectives!: string[];

  @Column({ type: 'text', array: true })
  competencies!: string[];

  /** Keys of the modules to complete first. */
  @Column({ type: 'text', array: true })
  prerequisites!: string[];
}

/**
 * A step of a published version, ready to serve: lessons hold their rendered, sanitised blocks (datasets parsed);
 * quizzes hold their settings and question count — never answers (those stay in the version's document).
 */
@Entity({ name: 'version_activity' })
@Unique('uq_version_activity_key', ['versionId', 'key'])
@Index('ix_version_activity_module_id', ['moduleId'])
export class VersionActivityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_version_activity' })
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => ParcoursVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_version_activity_version' })
  version?: ParcoursVersionEntity;

  @Column({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  @ManyToOne(() => VersionModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_version_activity_module' })
  module?: VersionModuleEntity;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  type!: 'lesson' | 'quiz' | 'workshop';

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'integer' })
  minutes!: number;

  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;
}
