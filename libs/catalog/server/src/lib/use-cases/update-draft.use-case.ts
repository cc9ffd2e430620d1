import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { validateParcoursDocument } from '@culture-d/catalog/domain';
import { DataSource, QueryFailedError } from 'typeorm';
import { documentRefused, ParcoursNotFoundError, SlugTakenError, StaleRevisionError } from '../catalog.errors';
import { syncDraftNodes } from '../draft-mutator';
import { ParcoursEntity } from '../entities/parcours.entity';

/**
 * Replaces the draft with a new document, if the author edited the revision they loaded (optimistic check: two
 * authors on one draft get a 409 instead of overwriting each other).
 */
@Injectable()
export class UpdateDraftUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(parcoursId: string, revision: number, input: unknown): Promise<ParcoursEntity> {
    const result = validateParcoursDocument(input);
    if (!result.ok) throw documentRefused(result.errors);
    const document = result.document;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const updated = await manager
          .createQueryBuilder()
          .update(ParcoursEntity)
          .set({ draft: () => ':draft::jsonb', slug: document.parcours.slug, revision: () => 'revision + 1' })
          .setParameter('draft', JSON.stringify(document))
          .where('id = :id AND revision = :revision', { id: parcoursId, revision })
          .execute();
        if (!updated.affected) {
          const current = await manager.findOne(ParcoursEntity, { where: { id: parcoursId } });
          if (!current) throw new ParcoursNotFoundError();
          throw new StaleRevisionError(current.revision);
        }
        await syncDraftNodes(manager, parcoursId, document);
        return manager.findOneOrFail(ParcoursEntity, { where: { id: parcoursId } });
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'uq_parcours_slug') throw new SlugTakenError(document.parcours.slug);
      throw error;
    }
  }
}
