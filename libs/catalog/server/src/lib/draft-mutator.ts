import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ParcoursDocument } from '@culture-d/catalog/contracts';
import { validateParcoursDocument } from '@culture-d/catalog/domain';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { documentRefused, ParcoursNotFoundError, SlugTakenError, StaleRevisionError } from './catalog.errors';
import { DraftNodeEntity } from './entities/draft-node.entity';
import { ParcoursEntity } from './entities/parcours.entity';

export interface DraftChange {
  parcoursId: string;
  revision: number;
}

/**
 * The one way a draft changes: under a row lock, at the revision the author loaded (else 409), to a document that
 * passes validation (else 400, nothing written), with the stable ids of its modules and activities kept in step.
 */
@Injectable()
export class DraftMutator {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async mutate(parcoursId: string, revision: number, change: (document: ParcoursDocument, nodes: DraftNodes) => ParcoursDocument): Promise<DraftChange> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const parcours = await manager.findOne(ParcoursEntity, { where: { id: parcoursId }, lock: { mode: 'pessimistic_write' } });
        if (!parcours) throw new ParcoursNotFoundError();
        if (parcours.revision !== revision) throw new StaleRevisionError(parcours.revision);
        const nodes = await DraftNodes.load(manager, parcoursId);
        const next = change(structuredClone(parcours.draft), nodes);
        const result = validateParcoursDocument(next);
        if (!result.ok) throw documentRefused(result.errors);
        await manager.update(ParcoursEntity, { id: parcoursId }, { draft: result.document as never, slug: result.document.parcours.slug, revision: parcours.revision + 1 });
        await syncDraftNodes(manager, parcoursId, result.document);
        return { parcoursId, revision: parcours.revision + 1 };
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'uq_parcours_slug') throw new SlugTakenError('');
      throw error;
    }
  }

  /** The parcours and key of a draft module or activity id. */
  async locate(kind: 'module' | 'activity', id: string): Promise<{ parcoursId: string; key: string }> {
    const node = await this.dataSource.getRepository(DraftNodeEntity).findOne({ where: { id, kind } });
    if (!node) throw new ParcoursNotFoundError();
    return { parcoursId: node.parcoursId, key: node.key };
  }
}

/** Ids ↔ keys of a draft's modules and activities. */
export class DraftNodes {
  private constructor(private readonly rows: DraftNodeEntity[]) {}

  static async load(manager: EntityManager, parcoursId: string): Promise<DraftNodes> {
    return new DraftNodes(await manager.find(DraftNodeEntity, { where: { parcoursId } }));
  }

  keyOf(kind: 'module' | 'activity', id: string): string | undefined {
    return this.rows.find((r) => r.kind === kind && r.id === id)?.key;
  }

  idOf(kind: 'module' | 'activity', key: string): string | undefined {
    return this.rows.find((r) => r.kind === kind && r.key === key)?.id;
  }
}

/** Gives every module and activity key of the document an id (kept across saves) and forgets removed ones. */
export async function syncDraftNodes(manager: EntityManager, parcoursId: string, document: ParcoursDocument): Promise<void> {
  const modules = document.parcours.modules.map((m) => m.key);
  const activities = document.parcours.modules.flatMap((m) => m.activities.map((a) => a.key));
  await manager.query(
    `DELETE FROM draft_node WHERE parcours_id = $1 AND ((kind = 'module' AND NOT key = ANY($2::text[])) OR (kind = 'activity' AND NOT key = ANY($3::text[])))`,
    [parcoursId, modules, activities],
  );
  const rows = [...modules.map((key) => ({ kind: 'module', key })), ...activities.map((key) => ({ kind: 'activity', key }))];
  if (rows.length) {
    await manager.query(
      `INSERT INTO draft_node (parcours_id, kind, key) SELECT $1, r.kind, r.key FROM jsonb_to_recordset($2::jsonb) AS r(kind text, key text)
       ON CONFLICT ON CONSTRAINT uq_draft_node_key DO NOTHING`,
      [parcoursId, JSON.stringify(rows)],
    );
  }
}
