import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthoringParcoursResponse, AuthoringParcoursSummary, ParcoursDocument, VersionResponse } from '@culture-d/catalog/contracts';
import { DataSource } from 'typeorm';
import { ParcoursNotFoundError } from './catalog.errors';
import { ParcoursVersionEntity } from './entities/parcours-version.entity';
import { ParcoursEntity } from './entities/parcours.entity';

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
