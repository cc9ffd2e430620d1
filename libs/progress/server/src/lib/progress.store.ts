import type { ActivityStatus, CompetencyScore, RuleModule } from '@culture-d/progress/domain';
import type { EntityManager } from 'typeorm';

/**
 * The SQL of the progress domain, shared by its use cases and queries. The catalogue's published versions
 * (`parcours_version`, `version_module`, `version_activity`) are immutable once published, so progress reads them
 * directly, in the same query as its own rows, which keeps the progress page at a fixed number of queries.
 */

export interface EnrolmentRow {
  id: string;
  userId: string;
  parcoursId: string;
  versionId: string;
  status: 'in_progress' | 'completed';
  startedAt: Date;
  completedAt: Date | null;
  lastActivityAt: Date;
  unenrolledAt: Date | null;
  diagnostic: CompetencyScore[] | null;
}

const ENROLMENT_COLUMNS = `e.id, e.user_id AS "userId", e.parcours_id AS "parcoursId", e.version_id AS "versionId", e.status,
  e.started_at AS "startedAt", e.completed_at AS "completedAt", e.last_activity_at AS "lastActivityAt", e.unenrolled_at AS "unenrolledAt", e.diagnostic`;

/** An activity of a published parcours, with where it sits. */
export interface ActivityContext {
  id: string;
  type: 'lesson' | 'quiz' | 'workshop';
  title: string;
  content: Record<string, unknown>;
  versionId: string;
  versionNumber: number;
  parcoursId: string;
  moduleKey: string;
}

export async function findActivity(m: EntityManager, activityId: string): Promise<ActivityContext | null> {
  const [row] = (await m.query(
    `SELECT a.id, a.type, a.title, a.content, a.version_id AS "versionId", v.number AS "versionNumber", v.parcours_id AS "parcoursId", vm.key AS "moduleKey"
       FROM version_activity a
       JOIN version_module vm ON vm.id = a.module_id
       JOIN parcours_version v ON v.id = a.version_id
       JOIN parcours p ON p.id = v.parcours_id
      WHERE a.id = $1 AND p.status = 'published'`,
    [activityId],
  )) as ActivityContext[];
  return row ?? null;
}

/**
 * The activity of a published parcours and the person's enrolment in that parcours, row-locked, in one statement (the
 * lock and the activity's context cost one round trip inside the writing transaction instead of two). Null when the
 * activity is unknown or the person was never enrolled: the caller then takes the long way (findActivity, enrolment).
 */
export async function lockEnrolmentForActivity(m: EntityManager, userId: string, activityId: string): Promise<{ activity: ActivityContext; enrolment: EnrolmentRow } | null> {
  const [row] = (await m.query(
    `SELECT ${ENROLMENT_COLUMNS}, a.id AS "activityId", a.type, a.title, a.content, a.version_id AS "activityVersionId", v.number AS "versionNumber", vm.key AS "moduleKey"
       FROM version_activity a
       JOIN version_module vm ON vm.id = a.module_id
       JOIN parcours_version v ON v.id = a.version_id
       JOIN parcours p ON p.id = v.parcours_id
       JOIN enrolment e ON e.parcours_id = v.parcours_id AND e.user_id = $2
      WHERE a.id = $1 AND p.status = 'published'
        FOR UPDATE OF e`,
    [activityId, userId],
  )) as (EnrolmentRow & Omit<ActivityContext, 'id' | 'versionId'> & { activityId: string; activityVersionId: string })[];
  if (!row) return null;
  const { activityId: id, type, title, content, activityVersionId, versionNumber, moduleKey, ...enrolment } = row;
  return { activity: { id, type, title, content, versionId: activityVersionId, versionNumber, parcoursId: enrolment.parcoursId, moduleKey }, enrolment };
}

/** The published parcours behind a slug, with its current version. */
export async function findPublishedParcours(m: EntityManager, slug: string): Promise<{ id: string; versionId: string; slug: string; title: string; version: number } | null> {
  const [row] = (await m.query(
    `SELECT p.id, p.slug, v.id AS "versionId", v.title, v.number AS version
       FROM parcours p JOIN parcours_version v ON v.id = p.current_version_id
      WHERE p.slug = $1 AND p.status = 'published'`,
    [slug],
  )) as { id: string; versionId: string; slug: string; title: string; version: number }[];
  return row ?? null;
}

/** The person's enrolment in a parcours (active or not), row-locked: progress writes of one enrolment run one at a time. */
export async function lockEnrolment(m: EntityManager, userId: string, parcoursId: string): Promise<EnrolmentRow | null> {
  const [row] = (await m.query(`SELECT ${ENROLMENT_COLUMNS} FROM enrolment e WHERE e.user_id = $1 AND e.parcours_id = $2 FOR UPDATE`, [userId, parcoursId])) as EnrolmentRow[];
  return row ?? null;
}

/**
 * Creates the enrolment, or does nothing when a concurrent request created it first (the unique index decides), and
 * returns the locked row either way.
 */
export async function insertEnrolment(m: EntityManager, userId: string, parcoursId: string, versionId: string): Promise<{ row: EnrolmentRow; created: boolean }> {
  const inserted = (await m.query(
    `INSERT INTO enrolment (user_id, parcours_id, version_id) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT uq_enrolment_user_parcours DO NOTHING RETURNING id`,
    [userId, parcoursId, versionId],
  )) as { id: string }[];
  const row = await lockEnrolment(m, userId, parcoursId);
  if (!row) throw new Error('enrolment vanished after insert');
  return { row, created: inserted.length === 1 };
}

export async function reactivateEnrolment(m: EntityManager, enrolmentId: string): Promise<void> {
  await m.query(`UPDATE enrolment SET unenrolled_at = NULL, last_activity_at = now() WHERE id = $1`, [enrolmentId]);
}

export interface StateActivity {
  id: string;
  key: string;
  type: 'lesson' | 'quiz' | 'workshop';
  title: string;
  minutes: number;
  status: ActivityStatus;
  bestPercent: number | null;
  attempts: number;
  completedAt: Date | null;
}

export interface StateModule extends RuleModule {
  id: string;
  slug: string;
  activities: StateActivity[];
}

/**
 * Every module of the versions, in order, with every activity and the enrolments' progress on it: two queries,
 * whatever the number of modules, activities or enrolments. Keyed by enrolment id.
 */
export async function loadStates(m: EntityManager, enrolments: readonly { id: string; versionId: string }[]): Promise<Map<string, StateModule[]>> {
  const states = new Map<string, StateModule[]>();
  if (!enrolments.length) return states;
  const versionIds = [...new Set(enrolments.map((e) => e.versionId))];
  const modules = (await m.query(
    `SELECT vm.id, vm.version_id AS "versionId", vm.key, vm.slug, vm.title, vm.competencies, vm.prerequisites
       FROM version_module vm WHERE vm.version_id = ANY($1::uuid[]) ORDER BY vm.position`,
    [versionIds],
  )) as (Omit<StateModule, 'activities'> & { versionId: string })[];
  const activities = (await m.query(
    `SELECT e.id AS "enrolmentId", a.id, a.module_id AS "moduleId", a.key, a.type, a.title, a.minutes,
            coalesce(ap.status, 'not_started') AS status, ap.best_percent AS "bestPercent", coalesce(ap.attempts, 0) AS attempts, ap.completed_at AS "completedAt"
       FROM unnest($1::uuid[], $2::uuid[]) AS e(id, version_id)
       JOIN version_activity a ON a.version_id = e.version_id
       LEFT JOIN activity_progress ap ON ap.enrolment_id = e.id AND ap.activity_id = a.id
      ORDER BY a.position`,
    [enrolments.map((e) => e.id), enrolments.map((e) => e.versionId)],
  )) as (StateActivity & { enrolmentId: string; moduleId: string })[];
  // Rows keep their join columns (enrolmentId, moduleId, versionId): harmless, and the responses pick their fields.
  const byModule = new Map<string, StateActivity[]>();
  for (const a of activities) {
    const key = `${a.enrolmentId}/${a.moduleId}`;
    const list = byModule.get(key);
    if (list) list.push(a);
    else byModule.set(key, [a]);
  }
  for (const enrolment of enrolments) {
    states.set(
      enrolment.id,
      modules.filter((mod) => mod.versionId === enrolment.versionId).map((mod) => ({ ...mod, activities: byModule.get(`${enrolment.id}/${mod.id}`) ?? [] })),
    );
  }
  return states;
}

export async function loadState(m: EntityManager, enrolment: { id: string; versionId: string }): Promise<StateModule[]> {
  return (await loadStates(m, [enrolment])).get(enrolment.id) ?? [];
}

/**
 * Moves an activity forward, never back: the conditional `WHERE` of the upsert leaves a row already at or past the
 * proposed status untouched (even if a concurrent writer got there first). Returns whether anything changed.
 */
export async function advanceActivity(m: EntityManager, enrolmentId: string, activityId: string, status: 'in_progress' | 'completed'): Promise<boolean> {
  const rows = (await m.query(
    `INSERT INTO activity_progress AS ap (enrolment_id, activity_id, status, completed_at)
     VALUES ($1, $2, $3, CASE WHEN $3 = 'completed' THEN now() END)
     ON CONFLICT ON CONSTRAINT pk_activity_progress DO UPDATE
        SET status = excluded.status, completed_at = excluded.completed_at, updated_at = now()
      WHERE array_position(ARRAY['not_started', 'in_progress', 'completed'], ap.status) < array_position(ARRAY['not_started', 'in_progress', 'completed'], excluded.status)
     RETURNING activity_id`,
    [enrolmentId, activityId, status],
  )) as unknown[];
  return rows.length > 0;
}
