import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AnalyticsQuery, ParcoursAnalyticsResponse, WorkshopsAnalyticsResponse } from '@culture-d/analytics/contracts';
import { funnel, rate } from '@culture-d/analytics/domain';
import { DomainError, DomainErrorKind } from '@culture-d/shared/domain';
import type { DataSource } from 'typeorm';

/** An unknown parcours, or one never published (nothing to report). */
export class ParcoursNotFoundError extends DomainError {
  readonly code = 'PARCOURS_NOT_FOUND';
  readonly kind = DomainErrorKind.NotFound;
  constructor() {
    super('No published version of this parcours.');
  }
}

/** How long a computed funnel is served again (per instance), and how many are kept at most. */
const FUNNEL_TTL_MS = 30_000;
const FUNNELS_KEPT = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Read models for authors, computed by SQL aggregates over the progress, catalogue and workshops tables (never a row
 * per learner brought into this process): the funnel's cost is one hash join of the parcours' enrolments with their
 * completed activity progress, so it grows with the number of learners (about 0.4 s for 20 000 on a busy 2-core
 * machine, docs/benchmarks.md). A funnel is therefore kept for {@link FUNNEL_TTL_MS} per parcours and filters, and
 * simultaneous requests for the same one share a single computation: an author's report may be that much behind.
 * Enrolments of erased accounts are gone with them, so the figures cover the people who still have an account
 * (docs/privacy.md).
 */
@Injectable()
export class AnalyticsQueries {
  private readonly funnels = new Map<string, { at: number; value: Promise<ParcoursAnalyticsResponse> }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `idOrSlug`: the parcours' id, or its slug. Two queries (the parcours and its latest modules, then the aggregate), at most once per {@link FUNNEL_TTL_MS}. */
  parcours(idOrSlug: string, filters: AnalyticsQuery): Promise<ParcoursAnalyticsResponse> {
    const key = JSON.stringify([idOrSlug, filters.audience ?? null, filters.from ?? null, filters.to ?? null]);
    const now = Date.now();
    const kept = this.funnels.get(key);
    if (kept && now - kept.at < FUNNEL_TTL_MS) return kept.value;
    const value = this.computeParcours(idOrSlug, filters);
    this.funnels.delete(key); // re-inserted last: the Map's order is the age order, oldest first
    this.funnels.set(key, { at: now, value });
    // A failure (unknown parcours, database down) is not kept: the next request asks again.
    value.catch(() => this.funnels.get(key)?.value === value && this.funnels.delete(key));
    for (const [old, entry] of this.funnels) {
      if (this.funnels.size <= FUNNELS_KEPT && now - entry.at < FUNNEL_TTL_MS) break;
      this.funnels.delete(old);
    }
    return value;
  }

  private async computeParcours(idOrSlug: string, filters: AnalyticsQuery): Promise<ParcoursAnalyticsResponse> {
    const [parcours] = (await this.dataSource.query(
      `SELECT p.id, p.slug, v.title,
              (SELECT coalesce(json_agg(json_build_object('key', m.key, 'title', m.title) ORDER BY m.position), '[]') FROM version_module m WHERE m.version_id = v.id) AS modules
         FROM parcours p
         JOIN LATERAL (SELECT * FROM parcours_version pv WHERE pv.parcours_id = p.id ORDER BY (pv.id = p.current_version_id) DESC, pv.number DESC LIMIT 1) v ON true
        WHERE ${UUID.test(idOrSlug) ? 'p.id = $1::uuid' : 'p.slug = $1'}`,
      [idOrSlug],
    )) as { id: string; slug: string; title: string; modules: { key: string; title: string }[] }[];
    if (!parcours) throw new ParcoursNotFoundError();

    const [row] = (await this.dataSource.query(
      `WITH e AS (
         SELECT en.id, en.version_id, en.status, en.started_at, en.completed_at
           FROM enrolment en JOIN user_account u ON u.id = en.user_id
          WHERE en.parcours_id = $1
            AND ($2::text IS NULL OR u.audience = $2)
            AND ($3::timestamptz IS NULL OR en.started_at >= $3)
            AND ($4::timestamptz IS NULL OR en.started_at < $4)),
       required AS (
         SELECT m.version_id, m.key, a.id AS activity_id
           FROM version_module m JOIN version_activity a ON a.module_id = m.id AND a.type IN ('lesson', 'quiz')
          WHERE m.version_id IN (SELECT DISTINCT version_id FROM e)),
       needed AS (SELECT version_id, key, count(*) AS n FROM required GROUP BY version_id, key),
       done AS (
         SELECT e.version_id, r.key, e.id, count(*) AS n
           FROM e JOIN activity_progress ap ON ap.enrolment_id = e.id AND ap.status = 'completed'
           JOIN required r ON r.activity_id = ap.activity_id AND r.version_id = e.version_id
          GROUP BY e.version_id, r.key, e.id)
       SELECT (SELECT count(*)::int FROM e) AS enrolled,
              (SELECT count(*)::int FROM e WHERE status = 'completed') AS completed,
              (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - started_at) / 86400) FROM e WHERE status = 'completed') AS median_days,
              (SELECT coalesce(json_object_agg(key, n), '{}') FROM (
                 SELECT d.key, count(*)::int AS n FROM done d JOIN needed nd ON nd.version_id = d.version_id AND nd.key = d.key AND nd.n = d.n GROUP BY d.key) m) AS modules`,
      [parcours.id, filters.audience ?? null, filters.from ?? null, filters.to ?? null],
    )) as { enrolled: number; completed: number; median_days: number | null; modules: Record<string, number> }[];

    const { steps, dropOff } = funnel([
      { step: 'enrolled', title: null, count: row.enrolled },
      ...parcours.modules.map((m) => ({ step: m.key, title: m.title, count: row.modules[m.key] ?? 0 })),
      { step: 'completed', title: null, count: row.completed },
    ]);
    return {
      parcours: { id: parcours.id, slug: parcours.slug, title: parcours.title },
      filters: { audience: filters.audience ?? null, from: filters.from ?? null, to: filters.to ?? null },
      enrolled: row.enrolled,
      completed: row.completed,
      completionRate: rate(row.completed, row.enrolled) ?? 0,
      medianDaysToComplete: row.median_days === null ? null : Math.round(row.median_days * 10) / 10,
      funnel: steps,
      dropOff,
    };
  }

  /**
   * Every workshop starting in the period (all of them without one), with fill rate, waiting list and attendance. The
   * audience filter keeps the workshops meant for that audience. One query.
   */
  async workshops(filters: AnalyticsQuery): Promise<WorkshopsAnalyticsResponse> {
    const rows = (await this.dataSource.query(
      `SELECT w.id, w.slug, w.title, w.starts_at AS "startsAt", w.status, w.capacity,
              count(r.id) FILTER (WHERE r.status = 'confirmed')::int AS confirmed,
              count(r.id) FILTER (WHERE r.status = 'waitlisted')::int AS waitlisted,
              count(r.id) FILTER (WHERE r.attendance = 'attended')::int AS attended,
              count(r.id) FILTER (WHERE r.attendance = 'no_show')::int AS "noShow"
         FROM workshop w LEFT JOIN registration r ON r.workshop_id = w.id AND r.status IN ('confirmed', 'waitlisted')
        WHERE ($1::text IS NULL OR $1 = ANY (w.audiences))
          AND ($2::timestamptz IS NULL OR w.starts_at >= $2)
          AND ($3::timestamptz IS NULL OR w.starts_at < $3)
        GROUP BY w.id
        ORDER BY w.starts_at DESC`,
      [filters.audience ?? null, filters.from ?? null, filters.to ?? null],
    )) as {
      id: string;
      slug: string;
      title: string;
      startsAt: Date;
      status: 'draft' | 'published' | 'cancelled';
      capacity: number | null;
      confirmed: number;
      waitlisted: number;
      attended: number;
      noShow: number;
    }[];
    const items = rows.map((w) => ({
      ...w,
      startsAt: w.startsAt.toISOString(),
      fillRate: rate(w.confirmed, w.capacity),
      attendanceRate: rate(w.attended, w.attended + w.noShow),
    }));
    const total = (pick: (w: (typeof items)[number]) => number) => items.reduce((n, w) => n + pick(w), 0);
    const limited = items.filter((w) => w.capacity !== null);
    return {
      filters: { audience: filters.audience ?? null, from: filters.from ?? null, to: filters.to ?? null },
      items,
      totals: {
        workshops: items.length,
        confirmed: total((w) => w.confirmed),
        waitlisted: total((w) => w.waitlisted),
        attended: total((w) => w.attended),
        noShow: total((w) => w.noShow),
        fillRate: rate(
          limited.reduce((n, w) => n + w.confirmed, 0),
          limited.reduce((n, w) => n + (w.capacity ?? 0), 0),
        ),
        attendanceRate: rate(
          total((w) => w.attended),
          total((w) => w.attended + w.noShow),
        ),
      },
    };
  }
}
