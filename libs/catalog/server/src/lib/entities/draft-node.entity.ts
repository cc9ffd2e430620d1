import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ParcoursEntity } from './parcours.entity';

/**
 * Stable ids for the modules and activities of a draft (the document names them by `key`): what the authoring API's
 * `/modules/:id` and `/activities/:id` address. Kept in step with the draft on every save.
 */
@Entity({ name: 'draft_node' })
@Unique('uq_draft_node_key', ['parcoursId', 'kind', 'key'])
@Check('ck_draft_node_kind', `kind IN ('module', 'activity')`)
export class DraftNodeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_draft_node' })
  id!: string;

  @Column({ name: 'parcours_id', type: 'uuid' })
  parcoursId!: string;

  @ManyToOne(() => ParcoursEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parcours_id', foreignKeyConstraintName: 'fk_draft_node_parcours' })
  parcours?: ParcoursEntity;

  @Column({ type: 'text' })
  kind!: 'module' | 'activity';

  @Column({ type: 'text' })
  key!: string;
}
