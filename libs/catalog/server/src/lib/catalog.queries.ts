import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActivityResponse, ParcoursCardResponse, ParcoursOutlineResponse, ReferentielResponse } from '@culture-d/catalog/contracts';
import type { Audience, Theme } from '@culture-d/shared/contracts';
import { DataSource } from 'typeorm';
import { ActivityNotFoundError, ParcoursNotFoundError } from './catalog.errors';

const CARD_COLUMNS = `v.slug, v.title, v.summary, v.summary_en AS "summaryEn", v.audiences, v.themes, v.level,
  v.duration_minutes AS "durationMinutes", v.module_count AS "moduleCount", v.number AS version`;

/**
 * The public catalogue, read from the materialised published versions. Each method runs a fixed number of queries,
 * whatever the number of parcours, modules or activities (a test counts them).
 */
@Injectable()
export class CatalogQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async referentiel(): Promise<ReferentielResponse> {
    const domains = (await this.dataSource.query(
      `SELECT d.code, d.title, d.description,
              coalesce(json_agg(json_build_object('code', c.code, 'title', c.title, 'description', c.description) ORDER BY c.position) FILTER (WHERE c.code IS NOT NULL), '[]') AS competencies
         FROM competency_domain d LEFT JOIN competency c ON c.domain_code = d.code
        GROUP BY d.code ORDER BY d.position`,
    )) as ReferentielResponse['domains'];
    return { domains };
  }

  /** Published parcours, filtered; `q` is French full-text search that ignores accents (`donnees` finds `données`). */
  async list(filter: { audience?: Audience; theme?: Theme; q?: string; limit: number; offset: number }): Promise<{ items: ParcoursCardResponse[]; total: number }> {
    const rows = (await this.dataSource.query(
      `SELECT ${CARD_COLUMNS}, count(*) OVER () AS total
         FROM parcours p JOIN parcours_version v ON v.id = p.current_version_id
        WHERE p.status = 'published'
          AND ($1::text IS NULL OR v.audiences @> ARRAY[$1::text])
          AND ($2::text IS NULL OR v.themes @> ARRAY[$2::text])
          AND ($3::text IS NULL OR to_tsvector('french', f_unaccent(v.search_text)) @@ websearch_to_tsquery('french', f_unaccent($3::text)))
        ORDER BY ${filter.q ? `ts_rank(to_tsvector('french', f_unaccent(v.search_text)), websearch_to_tsquery('french', f_unaccent($3::text))) DESC,` : ''} v.title
        LIMIT $4 OFFSET $5`,
      [filter.audience ?? null, filter.theme ?? null, filter.q?.trim() || null, filter.limit, filter.offset],
    )) as (ParcoursCardResponse & { total: string })[];
    return { items: rows.map(({ total: _total, ...card }) => card), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /** The published version's outline: two queries. */
  async outline(slug: string): Promise<ParcoursOutlineResponse> {
    const [head] = (await this.dataSource.query(
      `SELECT ${CARD_COLUMNS}, v.id AS "versionId", v.document->'parcours'->'objectives' AS objectives, v.published_at AS "publishedAt",
              coalesce((SELECT json_agg(json_build_object('id', m.id, 'key', m.key, 'slug', m.slug, 'title', m.title, 'summary', m.summary, 'minutes', m.minutes,
                        'objectives', m.objectives, 'competencies', m.competencies, 'prerequisites', m.prerequisites) ORDER BY m.position)
                 FROM version_module m WHERE m.version_id = v.id), '[]') AS modules
         FROM parcours p JOIN parcours_version v ON v.id = p.current_version_id
        WHERE p.slug = $1 AND p.status = 'published'`,
      [slug],
    )) as (ParcoursCardResponse & { versionId: string; objectives: string[]; publishedAt: Date; modules: Omit<ParcoursOutlineResponse['modules'][number], 'activities'>[] })[];
    if (!head) throw new ParcoursNotFoundError();
    const activities = (await this.dataSource.query(
      `SELECT a.id, a.key, a.type, a.title, a.minutes, a.module_id AS "moduleId" FROM version_activity a WHERE a.version_id = $1 ORDER BY a.position`,
      [head.versionId],
    )) as (ParcoursOutlineResponse['modules'][number]['activities'][number] & { moduleId: string })[];
    const { versionId: _v, modules, publishedAt, ...card } = head;
    return {
      ...card,
      publishedAt: new Date(publishedAt).toISOString(),
      modules: modules.map((module) => ({
        ...module,
        activities: activities.filter((a) => a.moduleId === module.id).map(({ moduleId: _m, ...activity }) => activity),
      })),
    };
  }

  /** One activity of any version of a parcours that is published (learners keep their version): one query. */
  async activity(id: string): Promise<ActivityResponse> {
    const [row] = (await this.dataSource.query(
      `SELECT a.id, a.key, a.type, a.title, a.minutes, a.content,
              json_build_object('slug', v.slug, 'title', v.title, 'version', v.number) AS parcours,
              json_build_object('id', m.id, 'key', m.key, 'title', m.title) AS module
         FROM version_activity a
         JOIN version_module m ON m.id = a.module_id
         JOIN parcours_version v ON v.id = a.version_id
         JOIN parcours p ON p.id = v.parcours_id
        WHERE a.id = $1 AND p.status = 'published'`,
      [id],
    )) as ({ content: Record<string, unknown> } & Omit<ActivityResponse, 'blocks'>)[];
    if (!row) throw new ActivityNotFoundError();
    const { content, ...rest } = row;
    return { ...rest, ...content } as ActivityResponse;
  }

  /** A lesson's source block (for downloads of resources and datasets). */
  async sourceBlock(activityId: string, predicate: (block: Record<string, unknown>, index: number) => boolean): Promise<Record<string, unknown>> {
    const [row] = (await this.dataSource.query(
      `SELECT (SELECT act FROM jsonb_path_query(v.document, '$.parcours.modules[*].activities[*]') act WHERE act->>'key' = a.key) AS source
         FROM version_activity a JOIN parcours_version v ON v.id = a.version_id JOIN parcours p ON p.id = v.parcours_id
        WHERE a.id = $1 AND a.type = 'lesson' AND p.status = 'published'`,
      [activityId],
    )) as { source: { blocks: Record<string, unknown>[] } | null }[];
    const block = row?.source?.blocks.find(predicate);
    if (!block) throw new ActivityNotFoundError();
    return block;
  }
}
