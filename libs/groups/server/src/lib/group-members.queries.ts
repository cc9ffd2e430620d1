import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GroupParcoursResponse, MemberProgress } from '@culture-d/groups/contracts';
import { computeProgress, type ActivityStatus, type ActivityType, type CompetencyScore, type RuleModule } from '@culture-d/progress/domain';
import { DataSource, type EntityManager } from 'typeorm';

interface EnrolmentRow {
  id: string;
  userId: string;
  versionId: string;
  slug: string;
  title: string;
  status: 'in_progress' | 'completed';
  startedAt: Date;
  completedAt: Date | null;
  lastActivityAt: Date | null;
  diagnostic: CompetencyScore[] | null;
}

interface ActivityRow {
  enrolmentId: string;
  id: string;
  moduleId: string;
  type: ActivityType;
  title: string;
  status: ActivityStatus;
  bestPercent: number | null;
  attempts: number;
}

/**
 * The groups domain's read model over other domains' tables — read only, and the one place where groups reads
 * them: the catalogue (`parcours`, `parcours_version`) to assign and name parcours, and the learning records of the
 * members who consented for their facilitator: enrolments and activity progress (`enrolment`, `activity_progress`,
 * with the versions' `version_module` and `version_activity`; percent complete by the progress domain's own pure rule,
 * best quiz results from the quiz activities' progress) and workshops (`registration`, `workshop`). Every method runs
 * a fixed number of queries whatever the number of members. Callers pass only the ids of consenting members to `progressOf`;
 * the pure consent filter of `@culture-d/groups/domain` is applied to the result as well.
 */
@Injectable()
export class GroupMembersQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Ids of the published parcours among `slugs`. */
  async publishedParcours(slugs: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    if (!slugs.length) return new Map();
    const rows = (await manager.query(`SELECT p.id, p.slug FROM parcours p WHERE p.slug = ANY($1::text[]) AND p.status = 'published'`, [slugs])) as { id: string; slug: string }[];
    return new Map(rows.map((r) => [r.slug, r.id]));
  }

  /** The published parcours assigned to each group, in the facilitator's order (unpublished ones are left out). */
  async assignedParcours(groupIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, GroupParcoursResponse[]>> {
    const byGroup = new Map<string, GroupParcoursResponse[]>(groupIds.map((id) => [id, []]));
    if (!groupIds.length) return byGroup;
    const rows = (await manager.query(
      `SELECT gp.group_id AS "groupId", v.slug, v.title
         FROM group_parcours gp JOIN parcours p ON p.id = gp.parcours_id AND p.status = 'published' JOIN parcours_version v ON v.id = p.current_version_id
        WHERE gp.group_id = ANY($1::uuid[]) ORDER BY gp.position`,
      [groupIds],
    )) as { groupId: string; slug: string; title: string }[];
    for (const row of rows) byGroup.get(row.groupId)?.push({ slug: row.slug, title: row.title });
    return byGroup;
  }

  /** Enrolments with percent complete, best quiz results and workshops of these people (consenting members only: the caller's duty). */
  async progressOf(userIds: string[]): Promise<Map<string, MemberProgress>> {
    const byUser = new Map<string, MemberProgress>(userIds.map((id) => [id, { enrolments: [], quizzes: [], workshops: [] }]));
    if (!userIds.length) return byUser;
    await this.addEnrolments(userIds, byUser);
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
    for (const { userId, startsAt, ...w } of workshops) byUser.get(userId)?.workshops.push({ ...w, startsAt: new Date(startsAt).toISOString() });
    return byUser;
  }

  /** Four queries: enrolments, their versions' modules, their activities with the member's progress. */
  private async addEnrolments(userIds: string[], byUser: Map<string, MemberProgress>): Promise<void> {
    const enrolments = (await this.dataSource.query(
      `SELECT e.id, e.user_id AS "userId", e.version_id AS "versionId", p.slug, v.title, e.status, e.started_at AS "startedAt",
              e.completed_at AS "completedAt", e.last_activity_at AS "lastActivityAt", e.diagnostic
         FROM enrolment e JOIN parcours p ON p.id = e.parcours_id JOIN parcours_version v ON v.id = e.version_id
        WHERE e.user_id = ANY($1::uuid[]) AND e.unenrolled_at IS NULL ORDER BY e.started_at, e.id`,
      [userIds],
    )) as EnrolmentRow[];
    if (!enrolments.length) return;
    const modules = (await this.dataSource.query(
      `SELECT vm.id, vm.version_id AS "versionId", vm.key, vm.title, vm.competencies, vm.prerequisites
         FROM version_module vm WHERE vm.version_id = ANY($1::uuid[]) ORDER BY vm.position`,
      [[...new Set(enrolments.map((e) => e.versionId))]],
    )) as (Omit<RuleModule, 'activities'> & { id: string; versionId: string })[];
    const activities = (await this.dataSource.query(
      `SELECT e.id AS "enrolmentId", a.id, a.module_id AS "moduleId", a.type, a.title,
              coalesce(ap.status, 'not_started') AS status, ap.best_percent AS "bestPercent", coalesce(ap.attempts, 0) AS attempts
         FROM unnest($1::uuid[], $2::uuid[]) AS e(id, version_id)
         JOIN version_activity a ON a.version_id = e.version_id
         LEFT JOIN activity_progress ap ON ap.enrolment_id = e.id AND ap.activity_id = a.id
        ORDER BY a.position`,
      [enrolments.map((e) => e.id), enrolments.map((e) => e.versionId)],
    )) as ActivityRow[];
    for (const enrolment of enrolments) {
      const mine = activities.filter((a) => a.enrolmentId === enrolment.id);
      const ruleModules: RuleModule[] = modules
        .filter((m) => m.versionId === enrolment.versionId)
        .map((m) => ({ key: m.key, title: m.title, competencies: m.competencies, prerequisites: m.prerequisites, activities: mine.filter((a) => a.moduleId === m.id) }));
      const parcours = { slug: enrolment.slug, title: enrolment.title };
      const progress = byUser.get(enrolment.userId);
      progress?.enrolments.push({
        parcours,
        status: enrolment.status,
        percent: computeProgress(ruleModules, enrolment.diagnostic).percent,
        startedAt: new Date(enrolment.startedAt).toISOString(),
        completedAt: enrolment.completedAt ? new Date(enrolment.completedAt).toISOString() : null,
        lastActivityAt: enrolment.lastActivityAt ? new Date(enrolment.lastActivityAt).toISOString() : null,
      });
      for (const quiz of mine.filter((a) => a.type === 'quiz' && a.attempts > 0)) {
        // A quiz activity completes when passed (progress domain), so its status tells whether it was passed.
        progress?.quizzes.push({
          activityId: quiz.id,
          title: quiz.title,
          parcours,
          bestPercent: Math.round(quiz.bestPercent ?? 0),
          passed: quiz.status === 'completed',
          attempts: quiz.attempts,
        });
      }
    }
  }
}
