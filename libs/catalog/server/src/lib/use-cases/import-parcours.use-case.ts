import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { validateParcoursDocument } from '@culture-d/catalog/domain';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { documentRefused, SlugTakenError } from '../catalog.errors';
import { syncDraftNodes } from '../draft-mutator';
import { ParcoursEntity } from '../entities/parcours.entity';

/** Creates a parcours draft from a whole document (authoring import, content loader). All or nothing. */
@Injectable()
export class ImportParcoursUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(input: unknown, actorId: string | null, manager?: EntityManager): Promise<ParcoursEntity> {
    const result = validateParcoursDocument(input);
    if (!result.ok) throw documentRefused(result.errors);
    const document = result.document;
    const work = async (m: EntityManager) => {
      try {
        const parcours = await m.save(m.create(ParcoursEntity, { slug: document.parcours.slug, status: 'draft', draft: document, revision: 1, createdBy: actorId }));
        await syncDraftNodes(m, parcours.id, document);
        return parcours;
      } catch (error) {
        if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'uq_parcours_slug') throw new SlugTakenError(document.parcours.slug);
        throw error;
      }
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }
}
