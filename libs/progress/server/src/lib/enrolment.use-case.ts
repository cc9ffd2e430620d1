import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EnrolmentResponse } from '@culture-d/progress/contracts';
import { DataSource } from 'typeorm';
import { NotEnrolledError, ParcoursNotFoundError } from './progress.errors';
import { findPublishedParcours, insertEnrolment, lockEnrolment, reactivateEnrolment } from './progress.store';

/**
 * Enrolment and unenrolment. Enrolling pins the parcours' current published version; a second request (or two at
 * once: the unique index decides) finds the same enrolment. Unenrolling keeps everything; enrolling again reactivates
 * the same enrolment, on its version, with its progress (docs/progress.md).
 */
@Injectable()
export class EnrolmentUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `created` is true when the learner was not enrolled before the call (new, or reactivated). */
  async enrol(userId: string, slug: string): Promise<{ created: boolean; enrolment: EnrolmentResponse }> {
    return this.dataSource.transaction(async (m) => {
      const parcours = await findPublishedParcours(m, slug);
      if (!parcours) throw new ParcoursNotFoundError();
      let created = false;
      let row = await lockEnrolment(m, userId, parcours.id);
      if (!row) ({ row, created } = await insertEnrolment(m, userId, parcours.id, parcours.versionId));
      else if (row.unenrolledAt) {
        await reactivateEnrolment(m, row.id);
        created = true;
      }
      const [enrolment] = (await m.query(
        `SELECT e.id, e.status, e.started_at AS "startedAt", e.completed_at AS "completedAt", e.last_activity_at AS "lastActivityAt", v.number AS version, v.title
           FROM enrolment e JOIN parcours_version v ON v.id = e.version_id WHERE e.id = $1`,
        [row.id],
      )) as { id: string; status: 'in_progress' | 'completed'; startedAt: Date; completedAt: Date | null; lastActivityAt: Date; version: number; title: string }[];
      return {
        created,
        enrolment: {
          id: enrolment.id,
          parcours: { slug: parcours.slug, title: enrolment.title },
          version: enrolment.version,
          status: enrolment.status,
          startedAt: enrolment.startedAt.toISOString(),
          completedAt: enrolment.completedAt?.toISOString() ?? null,
          lastActivityAt: enrolment.lastActivityAt.toISOString(),
        },
      };
    });
  }

  async unenrol(userId: string, slug: string): Promise<void> {
    const [rows] = (await this.dataSource.query(
      `UPDATE enrolment e SET unenrolled_at = now() FROM parcours p
        WHERE p.slug = $2 AND e.parcours_id = p.id AND e.user_id = $1 AND e.unenrolled_at IS NULL RETURNING e.id`,
      [userId, slug],
    )) as [unknown[], number];
    if (!rows.length) throw new NotEnrolledError();
  }
}
