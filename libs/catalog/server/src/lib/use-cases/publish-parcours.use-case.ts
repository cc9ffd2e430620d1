import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkPublishable, validateParcoursDocument } from '@culture-d/catalog/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { DocumentInvalidError, NotPublishableError, ParcoursNotFoundError } from '../catalog.errors';
import { ParcoursVersionEntity } from '../entities/parcours-version.entity';
import { ParcoursEntity } from '../entities/parcours.entity';
import { VersionActivityEntity, VersionModuleEntity } from '../entities/version-activity.entity';
import { describeChanges, materialise } from '../materialise';

/**
 * Freezes the draft into a new immutable version, after checking the whole parcours, and makes it the one visitors
 * see. Learners enrolled in an earlier version keep it (progress points at versions, not at the draft).
 */
@Injectable()
export class PublishParcoursUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(parcoursId: string, actorId: string | null, manager?: EntityManager): Promise<ParcoursVersionEntity> {
    const work = async (m: EntityManager) => {
      const parcours = await m.findOne(ParcoursEntity, { where: { id: parcoursId }, lock: { mode: 'pessimistic_write' } });
      if (!parcours) throw new ParcoursNotFoundError();
      const validation = validateParcoursDocument(parcours.draft);
      if (!validation.ok) throw new DocumentInvalidError(validation.errors);
      const problems = checkPublishable(validation.document);
      if (problems.length) throw new NotPublishableError(problems);
      const document = validation.document;
      const previous = parcours.currentVersionId ? await m.findOne(ParcoursVersionEntity, { where: { id: parcours.currentVersionId } }) : null;
      const [{ next }] = (await m.query(`SELECT coalesce(max(number), 0) + 1 AS next FROM parcours_version WHERE parcours_id = $1`, [parcours.id])) as { next: number }[];
      const { modules, activities, searchText } = materialise(document);
      const p = document.parcours;
      const version = await m.save(
        m.create(ParcoursVersionEntity, {
          parcoursId: parcours.id,
          number: next,
          document,
          slug: p.slug,
          title: p.title,
          summary: p.summary,
          summaryEn: p.summaryEn,
          audiences: p.audiences,
          themes: p.themes,
          level: p.level,
          durationMinutes: p.durationMinutes,
          moduleCount: p.modules.length,
          searchText,
          changes: describeChanges(previous?.document, document),
          publishedBy: actorId,
        }),
      );
      if (modules.length) await m.insert(VersionModuleEntity, modules.map((module) => ({ ...module, versionId: version.id })));
      if (activities.length) await m.insert(VersionActivityEntity, activities.map((activity) => ({ ...activity, content: activity.content as never, versionId: version.id })));
      await m.update(ParcoursEntity, { id: parcours.id }, { status: 'published', currentVersionId: version.id });
      return version;
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }
}
