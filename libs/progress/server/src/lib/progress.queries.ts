import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EnrolmentResponse, MyCompetenciesResponse, MyEnrolmentResponse, NextActivity, ParcoursProgressResponse } from '@culture-d/progress/contracts';
import { competencyMastery, computeProgress, requiredActivities, type CompetencyScore, type ParcoursProgress } from '@culture-d/progress/domain';
import { DataSource } from 'typeorm';
import { NotEnrolledError } from './progress.errors';
import { loadStates, type StateModule } from './progress.store';

interface EnrolmentHead {
  id: string;
  versionId: string;
  slug: string;
  title: string;
  version: number;
  status: 'in_progress' | 'completed';
  startedAt: Date;
  completedAt: Date | null;
  lastActivityAt: Date;
  diagnostic: CompetencyScore[] | null;
}

const HEAD_COLUMNS = `e.id, e.version_id AS "versionId", p.slug, v.title, v.number AS version, e.status, e.started_at AS "startedAt",
  e.completed_at AS "completedAt", e.last_activity_at AS "lastActivityAt", e.diagnostic`;

function enrolmentResponse(head: EnrolmentHead): EnrolmentResponse {
  return {
    id: head.id,
    parcours: { slug: head.slug, title: head.title },
    version: head.version,
    status: head.status,
    startedAt: new Date(head.startedAt).toISOString(),
    completedAt: head.completedAt ? new Date(head.completedAt).toISOString() : null,
    lastActivityAt: new Date(head.lastActivityAt).toISOString(),
  };
}

function nextActivity(modules: StateModule[], progress: ParcoursProgress): NextActivity | null {
  if (!progress.next) return null;
  const module = modules.find((m) => m.key === progress.next?.moduleKey);
  const activity = module?.activities.find((a) => a.id === progress.next?.activityId);
  if (!module || !activity) return null;
  return { id: activity.id, title: activity.title, type: activity.type, module: { key: module.key, slug: module.slug, title: module.title } };
}

/**
 * The learner's reads. Each runs a fixed number of queries whatever the size of the parcours or the number of
 * enrolments (a test counts them), on indexes that start with the learner: the enrolment's unique (user, parcours)
 * index and the progress' primary key (enrolment, activity).
 */
@Injectable()
export class ProgressQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Three queries: the enrolment, the version's modules, its activities with the learner's progress. */
  async parcoursProgress(userId: string, slug: string): Promise<ParcoursProgressResponse> {
    const [head] = (await this.dataSource.query(
      `SELECT ${HEAD_COLUMNS}
         FROM parcours p JOIN enrolment e ON e.parcours_id = p.id AND e.user_id = $1 AND e.unenrolled_at IS NULL
         JOIN parcours_version v ON v.id = e.version_id
        WHERE p.slug = $2`,
      [userId, slug],
    )) as EnrolmentHead[];
    if (!head) throw new NotEnrolledError();
    const modules = (await loadStates(this.dataSource.manager, [head])).get(head.id) ?? [];
    const progress = computeProgress(modules, head.diagnostic);
    return {
      enrolment: enrolmentResponse(head),
      percent: progress.percent,
      next: nextActivity(modules, progress),
      diagnostic: head.diagnostic
        ? {
            competencies: head.diagnostic.filter((s) => s.maxPoints > 0).map((s) => ({ code: s.code, percent: Math.round((s.points * 100) / s.maxPoints) })),
            recommendedStart: progress.recommendedStart,
          }
        : null,
      modules: modules.map((module, index) => {
        const required = new Set(requiredActivities(module.activities).map((a) => a.id));
        return {
          key: module.key,
          slug: module.slug,
          title: module.title,
          competencies: module.competencies,
          status: progress.modules[index].status,
          mastered: progress.modules[index].mastered,
          missingPrerequisites: progress.modules[index].missingPrerequisites,
          activities: module.activities.map((a) => ({
            id: a.id,
            key: a.key,
            type: a.type,
            title: a.title,
            minutes: a.minutes,
            required: required.has(a.id),
            status: a.status,
            bestPercent: a.bestPercent,
            attempts: a.attempts,
            completedAt: a.completedAt ? new Date(a.completedAt).toISOString() : null,
          })),
        };
      }),
    };
  }

  /** Three queries for all the learner's active enrolments, most recent activity first. */
  async myEnrolments(userId: string): Promise<MyEnrolmentResponse[]> {
    const heads = (await this.dataSource.query(
      `SELECT ${HEAD_COLUMNS}
         FROM enrolment e JOIN parcours p ON p.id = e.parcours_id JOIN parcours_version v ON v.id = e.version_id
        WHERE e.user_id = $1 AND e.unenrolled_at IS NULL
        ORDER BY e.last_activity_at DESC`,
      [userId],
    )) as EnrolmentHead[];
    const states = await loadStates(this.dataSource.manager, heads);
    return heads.map((head) => {
      const modules = states.get(head.id) ?? [];
      const progress = computeProgress(modules, head.diagnostic);
      return { ...enrolmentResponse(head), percent: progress.percent, next: nextActivity(modules, progress) };
    });
  }

  /**
   * Mastery of every competency of the référentiel from the counted result of each quiz the learner took (in any
   * enrolment, active or not: what was shown stays shown). Two queries.
   */
  async myCompetencies(userId: string): Promise<MyCompetenciesResponse> {
    const referentiel = (await this.dataSource.query(
      `SELECT d.code, d.title,
              coalesce(json_agg(json_build_object('code', c.code, 'title', c.title) ORDER BY c.position) FILTER (WHERE c.code IS NOT NULL), '[]') AS competencies
         FROM competency_domain d LEFT JOIN competency c ON c.domain_code = d.code
        GROUP BY d.code ORDER BY d.position`,
    )) as { code: string; title: string; competencies: { code: string; title: string }[] }[];
    const evidence = (await this.dataSource.query(
      `SELECT ap.counted_competencies AS scores
         FROM enrolment e JOIN activity_progress ap ON ap.enrolment_id = e.id
        WHERE e.user_id = $1 AND ap.counted_competencies <> '[]'::jsonb`,
      [userId],
    )) as { scores: CompetencyScore[] }[];
    const mastery = new Map(
      competencyMastery(
        referentiel.flatMap((d) => d.competencies.map((c) => c.code)),
        evidence.map((e) => e.scores),
      ).map((m) => [m.code, m]),
    );
    return {
      domains: referentiel.map((domain) => ({
        code: domain.code,
        title: domain.title,
        competencies: domain.competencies.map((c) => {
          const m = mastery.get(c.code);
          return { code: c.code, title: c.title, percent: m?.percent ?? null, level: m?.level ?? 'not_assessed', evidence: m?.evidence ?? 0 };
        }),
      })),
    };
  }
}
