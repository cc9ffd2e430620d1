import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  GroupParcoursResponse,
  MemberProgress,
} from '@culture-d/groups/contracts';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The groups domain's read model over other domains' tables — read only, and the one place where groups reads
 * them: the catalogue (`parcours`, `parcours_version`) to assign and name parcours, and the learning records of the
 * members who consented (`registration` of workshops) for their facilitator. Every method runs a fixed number
 * of queries whatever the number of members. Callers pass only the ids of consenting members to `progressOf`;
 * the pure consent filter of `@culture-d/groups/domain` is applied to the result as well.
 */
@Injectable()
export class GroupMembersQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Ids of the published parcours among `slugs`. */
  async publishedParcours(
    slugs: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    if (!slugs.length) return new Map();
    const rows = (await manager.query(
      `SELECT p.id, p.slug FROM parcours p WHERE p.slug = ANY($1::text[]) AND p.status = 'published'`,
      [slugs],
    )) as { id: string; slug: string }[];
    return new Map(rows.map((r) => [r.slug, r.id]));
  }

  /** The published parcours assigned to each group, in the facilitator's order (unpublished ones are left out). */
  async assignedParcours(
    groupIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, GroupParcoursResponse[]>> {
    const byGroup = new Map<string, GroupParcoursResponse[]>(
      groupIds.map((id) => [id, []]),
    );
    if (!groupIds.length) return byGroup;
    const rows = (await manager.query(
      `SELECT gp.group_id AS "groupId", v.slug, v.title
         FROM group_parcours gp JOIN parcours p ON p.id = gp.parcours_id AND p.status = 'published' JOIN parcours_version v ON v.id = p.current_version_id
        WHERE gp.group_id = ANY($1::uuid[]) ORDER BY gp.position`,
      [groupIds],
    )) as { groupId: string; slug: string; title: string }[];
    for (const row of rows)
      byGroup.get(row.groupId)?.push({ slug: row.slug, title: row.title });
    return byGroup;
  }

  /** Enrolments, best quiz results and workshops of these people (consenting members only: the caller's duty). */
  async progressOf(userIds: string[]): Promise<Map<string, MemberProgress>> {
    const byUser = new Map<string, MemberProgress>(
      userIds.map((id) => [id, { enrolments: [], quizzes: [], workshops: [] }]),
    );
    if (!userIds.length) return byUser;
    const workshops = (await this.dataSource.query(
      `SELECT r.user_id AS "userId", w.title, w.starts_at AS "startsAt", r.status, r.attendance
         FROM registration r JOIN workshop w ON w.id = r.workshop_id
        WHERE r.user_id = ANY($1::uuid[]) AND r.status <> 'cancelled' ORDER BY w.starts_at`,
      [userIds],
    )) as {
      userId: string;
      title: string;
      startsAt: Date;
      status: 'confirmed' | 'waitlisted';
      attendance: 'attended' | 'no_show' | null;
    }[];
    for (const { userId, startsAt, ...w } of workshops)
      byUser
        .get(userId)
        ?.workshops.push({ ...w, startsAt: new Date(startsAt).toISOString() });
    return byUser;
  }
}
