import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActivityCompletionResponse } from '@culture-d/progress/contracts';
import { advance, computeProgress, replacesCountedResult, type ActivityStatus } from '@culture-d/progress/domain';
import { WORKSHOP_ATTENDED, type WorkshopAttendedEvent } from '@culture-d/workshops/server';
import { DataSource, type EntityManager } from 'typeorm';
import { CertificateIssuer } from './certificates/certificate-issuer';
import { LearnerProgress, type QuizResult } from './learner-progress';
import { ActivityLockedError, ActivityNeedsAttendanceError, ActivityNeedsQuizError, ActivityNotFoundError, EnrolledInOtherVersionError } from './progress.errors';
import {
  advanceActivity,
  findActivity,
  insertEnrolment,
  loadState,
  lockEnrolment,
  lockEnrolmentForActivity,
  reactivateEnrolment,
  type ActivityContext,
  type EnrolmentRow,
} from './progress.store';

/**
 * Moves learners forward: lessons completed on request, quiz results (called by the quiz domain inside its submission
 * transaction), workshop steps on attendance. Every write locks the enrolment row first, so the completion rule sees
 * every activity of the parcours as it is (two activities completed at once cannot both miss the parcours'
 * completion), and it runs in the transaction that changed the activity, with the certificate.
 */
@Injectable()
export class ProgressEngine extends LearnerProgress {
  private readonly logger = new Logger(ProgressEngine.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly certificates: CertificateIssuer,
  ) {
    super();
  }

  async assertActivityOpen(userId: string, activityId: string, manager?: EntityManager): Promise<void> {
    const work = async (m: EntityManager) => {
      const { activity, enrolment } = await this.lockFor(m, userId, activityId);
      await this.assertUnlocked(m, enrolment, activity);
    };
    await (manager ? work(manager) : this.dataSource.transaction(work));
  }

  /** Completes a lesson; idempotent (a second call answers the first completion). */
  async completeLesson(userId: string, activityId: string): Promise<ActivityCompletionResponse> {
    return this.dataSource.transaction(async (m) => {
      const { activity, enrolment } = await this.lockFor(m, userId, activityId);
      if (activity.type === 'quiz') throw new ActivityNeedsQuizError();
      if (activity.type === 'workshop') throw new ActivityNeedsAttendanceError();
      await this.assertUnlocked(m, enrolment, activity);
      await advanceActivity(m, enrolment.id, activity.id, 'completed');
      const settled = await this.settle(m, enrolment, activity.moduleKey);
      const [{ completedAt }] = (await m.query(`SELECT completed_at AS "completedAt" FROM activity_progress WHERE enrolment_id = $1 AND activity_id = $2`, [
        enrolment.id,
        activity.id,
      ])) as { completedAt: Date }[];
      return { activityId: activity.id, status: 'completed' as const, completedAt: completedAt.toISOString(), ...settled };
    });
  }

  async recordQuizResult(manager: EntityManager, result: QuizResult): Promise<void> {
    const { activity, enrolment } = await this.lockFor(manager, result.userId, result.activityId);
    if (activity.type !== 'quiz') throw new ActivityNotFoundError();
    const [previous] = (await manager.query(
      `SELECT status, best_percent AS "bestPercent", attempts, counted_percent AS "countedPercent" FROM activity_progress WHERE enrolment_id = $1 AND activity_id = $2`,
      [enrolment.id, activity.id],
    )) as { status: ActivityStatus; bestPercent: number | null; attempts: number; countedPercent: number | null }[];
    const settings = activity.content['settings'] as { scoring?: 'best' | 'last' } | undefined;
    const counts = replacesCountedResult(settings?.scoring ?? 'best', previous?.countedPercent == null ? null : { percent: previous.countedPercent }, result);
    const status = advance(previous?.status ?? 'not_started', result.passed ? 'completed' : 'in_progress');
    const competencies = result.competencies.map(({ code, points, maxPoints }) => ({ code, points, maxPoints }));
    // The enrolment row is locked, so this read-then-write cannot interleave with another write of the same enrolment;
    // the forward-only CASE keeps the rule in SQL as well. The enrolment's last activity date is written by the same
    // statement (a data-modifying CTE): one round trip less inside the submission's transaction; now() is the
    // transaction's time either way.
    await manager.query(
      `WITH touched AS (UPDATE enrolment SET last_activity_at = now() WHERE id = $1)
       INSERT INTO activity_progress AS ap (enrolment_id, activity_id, status, best_percent, attempts, counted_percent, counted_competencies, completed_at)
       VALUES ($1, $2, $3, $4, 1, $4, $5::jsonb, CASE WHEN $3 = 'completed' THEN $6::timestamptz END)
       ON CONFLICT ON CONSTRAINT pk_activity_progress DO UPDATE SET
         status = CASE WHEN ap.status = 'completed' THEN ap.status ELSE excluded.status END,
         completed_at = coalesce(ap.completed_at, excluded.completed_at),
         best_percent = greatest(ap.best_percent, excluded.best_percent),
         attempts = ap.attempts + 1,
         counted_percent = CASE WHEN $7 THEN excluded.counted_percent ELSE ap.counted_percent END,
         counted_competencies = CASE WHEN $7 THEN excluded.counted_competencies ELSE ap.counted_competencies END,
         updated_at = now()`,
      [enrolment.id, activity.id, status, result.percent, JSON.stringify(competencies), result.submittedAt, counts],
    );
    if (counts && activity.content['diagnostic'] === true) {
      await manager.query(`UPDATE enrolment SET diagnostic = $2::jsonb WHERE id = $1`, [enrolment.id, JSON.stringify(competencies)]);
    }
    await this.settle(manager, enrolment, activity.moduleKey, { touched: true });
  }

  /**
   * Attendance completes the workshop steps that point to the workshop (by slug, in the step's `workshops`) in the
   * person's active enrolments, whether or not their module is open: attending is a fact. Nobody is enrolled by it.
   */
  @OnEvent(WORKSHOP_ATTENDED, { async: true, promisify: true })
  async onWorkshopAttended(event: WorkshopAttendedEvent): Promise<void> {
    try {
      await this.completeWorkshopSteps(event.userId, event.slug);
    } catch (error) {
      // The attendance is recorded by then: log, and let the next attendance mark (or a replay) try again.
      this.logger.error({ err: error, workshop: event.slug }, 'could not complete the workshop steps');
    }
  }

  async completeWorkshopSteps(userId: string, workshopSlug: string): Promise<number> {
    const steps = (await this.dataSource.query(
      `SELECT e.parcours_id AS "parcoursId", a.id AS "activityId", vm.key AS "moduleKey"
         FROM enrolment e
         JOIN version_activity a ON a.version_id = e.version_id AND a.type = 'workshop' AND a.content->'workshops' ? $2
         JOIN version_module vm ON vm.id = a.module_id
        WHERE e.user_id = $1 AND e.unenrolled_at IS NULL
        ORDER BY e.id`,
      [userId, workshopSlug],
    )) as { parcoursId: string; activityId: string; moduleKey: string }[];
    let completed = 0;
    for (const step of steps) {
      await this.dataSource.transaction(async (m) => {
        const enrolment = await lockEnrolment(m, userId, step.parcoursId);
        if (!enrolment || enrolment.unenrolledAt) return;
        if (await advanceActivity(m, enrolment.id, step.activityId, 'completed')) completed += 1;
        await this.settle(m, enrolment, step.moduleKey);
      });
    }
    return completed;
  }

  /**
   * The activity and the learner's enrolment for it, locked: one statement when they are enrolled; otherwise enrols
   * them in the activity's version. Reactivates an enrolment they had left, refuses an activity of another version;
   * 404 for an unknown activity (or one of a parcours no longer published).
   */
  private async lockFor(m: EntityManager, userId: string, activityId: string): Promise<{ activity: ActivityContext; enrolment: EnrolmentRow }> {
    const locked = await lockEnrolmentForActivity(m, userId, activityId);
    if (locked) return { activity: locked.activity, enrolment: await this.checkEnrolment(m, locked.enrolment, locked.activity) };
    const activity = await findActivity(m, activityId);
    if (!activity) throw new ActivityNotFoundError();
    // Not enrolled a moment ago: enrol (a simultaneous enrolment wins the insert, then is locked like ours).
    const { row } = await insertEnrolment(m, userId, activity.parcoursId, activity.versionId);
    return { activity, enrolment: await this.checkEnrolment(m, row, activity) };
  }

  /** Refuses an activity of another version than the learner's; reactivates an enrolment they had left. */
  private async checkEnrolment(m: EntityManager, enrolment: EnrolmentRow, activity: ActivityContext): Promise<EnrolmentRow> {
    if (enrolment.versionId !== activity.versionId) {
      const [{ number }] = (await m.query(`SELECT number FROM parcours_version WHERE id = $1`, [enrolment.versionId])) as { number: number }[];
      throw new EnrolledInOtherVersionError(number);
    }
    if (enrolment.unenrolledAt) {
      await reactivateEnrolment(m, enrolment.id);
      return { ...enrolment, unenrolledAt: null };
    }
    return enrolment;
  }

  private async assertUnlocked(m: EntityManager, enrolment: EnrolmentRow, activity: ActivityContext): Promise<void> {
    const modules = await loadState(m, enrolment);
    const progress = computeProgress(modules, enrolment.diagnostic);
    const module = progress.modules.find((mod) => mod.key === activity.moduleKey);
    if (module?.status === 'locked') throw new ActivityLockedError(module.missingPrerequisites);
  }

  /**
   * After an activity moved: the last activity date, and the completion rule — when every module is complete, the
   * enrolment completes (conditional update: once) and the certificate is issued in the same transaction.
   */
  private async settle(
    m: EntityManager,
    enrolment: EnrolmentRow,
    moduleKey: string,
    { touched = false }: { touched?: boolean } = {},
  ): Promise<{ moduleCompleted: boolean; parcoursCompleted: boolean }> {
    const modules = await loadState(m, enrolment);
    const progress = computeProgress(modules, enrolment.diagnostic);
    const moduleCompleted = progress.modules.find((mod) => mod.key === moduleKey)?.status === 'completed';
    if (!touched) await m.query(`UPDATE enrolment SET last_activity_at = now() WHERE id = $1`, [enrolment.id]);
    if (progress.complete && enrolment.status === 'in_progress') {
      const [rows] = (await m.query(
        `UPDATE enrolment SET status = 'completed', completed_at = now() WHERE id = $1 AND status = 'in_progress' RETURNING completed_at AS "completedAt"`,
        [enrolment.id],
      )) as [{ completedAt: Date }[], number];
      if (rows.length) {
        await this.certificates.issue(m, {
          userId: enrolment.userId,
          enrolmentId: enrolment.id,
          parcoursId: enrolment.parcoursId,
          versionId: enrolment.versionId,
          completedAt: new Date(rows[0].completedAt),
        });
      }
    }
    return { moduleCompleted, parcoursCompleted: progress.complete };
  }
}
