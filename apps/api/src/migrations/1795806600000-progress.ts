import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Progress: enrolments (one per person and parcours, ever — unenrolment is a date, re-enrolment reactivates; pinned to
 * a published version) and activity progress keyed by (enrolment, activity), which is also the index the progress
 * page reads by. Forward-only and completion-date rules are checked by constraints. Hand-written.
 */

export class Progress1795806600000 implements MigrationInterface {
  name = 'Progress1795806600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "enrolment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "parcours_id" uuid NOT NULL,
                "version_id" uuid NOT NULL,
                "status" text NOT NULL DEFAULT 'in_progress',
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "unenrolled_at" TIMESTAMP WITH TIME ZONE,
                "diagnostic" jsonb,
                CONSTRAINT "uq_enrolment_user_parcours" UNIQUE ("user_id", "parcours_id"),
                CONSTRAINT "ck_enrolment_status" CHECK (status IN ('in_progress', 'completed')),
                CONSTRAINT "ck_enrolment_completed_at" CHECK ((status = 'completed') = (completed_at IS NOT NULL)),
                CONSTRAINT "pk_enrolment" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "activity_progress" (
                "enrolment_id" uuid NOT NULL,
                "activity_id" uuid NOT NULL,
                "status" text NOT NULL,
                "best_percent" double precision,
                "attempts" integer NOT NULL DEFAULT '0',
                "counted_percent" double precision,
                "counted_competencies" jsonb NOT NULL DEFAULT '[]',
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_activity_progress_status" CHECK (status IN ('not_started', 'in_progress', 'completed')),
                CONSTRAINT "ck_activity_progress_completed_at" CHECK ((status = 'completed') = (completed_at IS NOT NULL)),
                CONSTRAINT "pk_activity_progress" PRIMARY KEY ("enrolment_id", "activity_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "activity_progress"
            ADD CONSTRAINT "fk_activity_progress_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "activity_progress" DROP CONSTRAINT "fk_activity_progress_enrolment"
        `);
    await queryRunner.query(`
            DROP TABLE "activity_progress"
        `);
    await queryRunner.query(`
            DROP TABLE "enrolment"
        `);
  }
}
