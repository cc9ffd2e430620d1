import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workshops and registrations. Reviewed additions: the arrival sequence of the waiting list, and the partial unique
 * indexes that make "one active registration per person and workshop" hold whatever the concurrency (the seat count
 * itself is guarded by the conditional update and the ck_workshop_seats check).
 */

export class Workshops1795800543669 implements MigrationInterface {
  name = 'Workshops1795800543669';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "workshop" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" text NOT NULL,
                "title" text NOT NULL,
                "summary" text NOT NULL,
                "description" text NOT NULL,
                "audiences" text array NOT NULL,
                "format" text NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "venue" jsonb,
                "online_url" text,
                "partners" text array NOT NULL DEFAULT '{}',
                "capacity" integer,
                "confirmed_count" integer NOT NULL DEFAULT '0',
                "registration_opens_at" TIMESTAMP WITH TIME ZONE,
                "registration_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status" text NOT NULL,
                "links" jsonb NOT NULL DEFAULT '[]',
                "survey" jsonb NOT NULL DEFAULT '[]',
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_workshop_slug" UNIQUE ("slug"),
                CONSTRAINT "ck_workshop_format" CHECK (format IN ('in_person', 'online', 'hybrid')),
                CONSTRAINT "ck_workshop_status" CHECK (status IN ('draft', 'published', 'cancelled')),
                CONSTRAINT "ck_workshop_times" CHECK (ends_at > starts_at),
                CONSTRAINT "ck_workshop_confirmed_count" CHECK (confirmed_count >= 0),
                CONSTRAINT "ck_workshop_seats" CHECK (
                    capacity IS NULL
                    OR confirmed_count <= capacity
                ),
                CONSTRAINT "ck_workshop_capacity" CHECK (
                    capacity IS NULL
                    OR capacity > 0
                ),
                CONSTRAINT "pk_workshop" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_workshop_starts_at" ON "workshop" ("starts_at")
        `);
    await queryRunner.query(`CREATE SEQUENCE "registration_queue_seq"`);
    await queryRunner.query(`
            CREATE TABLE "registration" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workshop_id" uuid NOT NULL,
                "user_id" uuid,
                "guest_name" text,
                "guest_email" citext,
                "guest_consent_at" TIMESTAMP WITH TIME ZONE,
                "cancel_token_hash" bytea,
                "status" text NOT NULL,
                "queue_number" bigint NOT NULL DEFAULT nextval('registration_queue_seq'),
                "attendance" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "confirmed_at" TIMESTAMP WITH TIME ZONE,
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_registration_attendance" CHECK (
                    attendance IS NULL
                    OR attendance IN ('attended', 'no_show')
                ),
                CONSTRAINT "ck_registration_person" CHECK (
                    (user_id IS NOT NULL) <> (guest_email IS NOT NULL)
                ),
                CONSTRAINT "ck_registration_status" CHECK (
                    status IN ('confirmed', 'waitlisted', 'cancelled')
                ),
                CONSTRAINT "pk_registration" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_registration_user_id" ON "registration" ("user_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_registration_workshop_status" ON "registration" ("workshop_id", "status")
        `);
    await queryRunner.query(`
            ALTER TABLE "registration"
            ADD CONSTRAINT "fk_registration_workshop" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_registration_active_user" ON "registration" ("workshop_id", "user_id") WHERE status <> 'cancelled' AND user_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_registration_active_guest" ON "registration" ("workshop_id", "guest_email") WHERE status <> 'cancelled' AND guest_email IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_registration_active_guest"`);
    await queryRunner.query(`DROP INDEX "uq_registration_active_user"`);
    await queryRunner.query(`
            ALTER TABLE "registration" DROP CONSTRAINT "fk_registration_workshop"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_registration_workshop_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_registration_user_id"
        `);
    await queryRunner.query(`
            DROP TABLE "registration"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_workshop_starts_at"
        `);
    await queryRunner.query(`
            DROP TABLE "workshop"
        `);
    await queryRunner.query(`DROP SEQUENCE "registration_queue_seq"`);
  }
}
