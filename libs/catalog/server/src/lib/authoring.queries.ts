import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthoringParcoursResponse, AuthoringParcoursSummary, DraftPreviewResponse, ParcoursDocument, VersionResponse } from '@culture-d/catalog/contracts';
import { checkPublishable } from '@culture-d/catalog/domain';
import { DataSource } from 'typeorm';
import { ParcoursNotFoundError } from './catalog.errors';
import { ParcoursVersionEntity } from './entities/parcours-version.entity';
import { DraftNodeEntity } from './entities/draft-node.entity';
import { ParcoursEntity } from './entities/parcours.entity';
import { materialise } from './materialise';

@Injectable()
export class AuthoringQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<AuthoringParcoursSummary[]> {
    const rows = (await this.dataSource.query(
      `SELECT p.id, p.slug, p.draft->'parcours'->>'title' AS title, p.status, p.revision, v.number AS "currentVersion", p.updated_at AS "updatedAt"
         FROM parcours p LEFT JOIN parcours_version v ON v.id = p.current_version_id ORDER BY p.updated_at DESC`,
    )) as (AuthoringParcoursSummary & { updatedAt: Date })[];
    return rows.map((r) => ({ ...r, updatedAt: new Date(r.updatedAt).toISOString() }));
  }

  async get(id: string): Promise<AuthoringParcoursResponse> {
    const parcours = await this.dataSource.getRepository(ParcoursEntity).findOne({ where: { id } });
    if (!parcours) throw new ParcoursNotFoundError();
    const current = parcours.currentVersionId ? await this.dataSource.getRepository(ParcoursVersionEntity).findOne({ where: { id: parcours.currentVersionId }, select: { number: true } }) : null;
    return {
      id: parcours.id,
      slug: parcours.slug,
      title: parcours.draft.parcours.title,
      status: parcours.status,
      revision: parcours.revision,
      currentVersion: current?.number ?? null,
      updatedAt: parcours.updatedAt.toISOString(),
      document: parcours.draft,
      ids: await this.ids(parcours.id),
    };
  }

  async ids(parcoursId: string): Promise<AuthoringParcoursResponse['ids']> {
    const nodes = await this.dataSource.getRepository(DraftNodeEntity).find({ where: { parcoursId } });
    const of = (kind: 'module' | 'activity') => Object.fromEntries(nodes.filter((n) => n.kind === kind).map((n) => [n.key, n.id]));
    return { modules: of('module'), activities: of('activity') };
  }

  /** The draft as learners would see it once published, with what still prevents publishing. */
  async preview(id: string): Promise<DraftPreviewResponse> {
    const parcours = await this.dataSource.getRepository(ParcoursEntity).findOne({ where: { id } });
    if (!parcours) throw new ParcoursNotFoundError();
    const ids = await this.ids(id);
    const problems = checkPublishable(parcours.draft);
    return {
      problems,
      modules: parcours.draft.parcours.modules.map((module) => ({
        id: ids.modules[module.key],
        key: module.key,
        title: module.title,
        activities: module.activities.map((activity) => {
          const base = { id: ids.activities[activity.key], key: activity.key, type: activity.type, title: activity.title, minutes: activity.minutes };
          try {
            const single = { ...parcours.draft, parcours: { ...parcours.draft.parcours, modules: [{ ...module, activities: [activity] }] } };
            return { ...base, content: materialise(single).activities[0].content };
          } catch (error) {
            return { ...base, error: error instanceof Error ? error.message : 'cannot be rendered' };
          }
        }),
      })),
    };
  }

  async versions(id: string): Promise<VersionResponse[]> {
    const parcours = await this.dataSource.getRepository(ParcoursEntity).findOne({ where: { id }, select: { id: true, currentVersionId: true } });
    if (!parcours) throw new ParcoursNotFoundError();
    const versions = await this.dataSource.getRepository(ParcoursVersionEntity).find({ where: { parcoursId: id }, order: { number: 'DESC' }, select: { id: true, number: true, publishedAt: true, title: true, changes: true } });
    return versions.map((v) => ({ number: v.number, publishedAt: v.publishedAt.toISOString(), title: v.title, changes: v.changes, current: v.id === parcours.currentVersionId }));
  }

  /** The draft as one self-contained document (images, files and datasets inlined), ready to import elsewhere. */
  async export(id: string): Promise<ParcoursDocument> {
    const parcours = await this.dataSource.getRepository(ParcoursEntity).findOne({ where: { id }, select: { id: true, draft: true } });
    if (!parcours) throw new ParcoursNotFoundError();
    return parcours.draft;
  }
}
