import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificates: one per enrolment (unique, the issuer's ON CONFLICT target), a unique unguessable code, snapshots of
 * what the document says; erasure revokes (personal columns nulled, checked by ck_certificate_revoked). Hand-written.
 */

export class Certificates1795806375159 implements MigrationInterface {
  name = 'Certificates1795806375159';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "certificate" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" text NOT NULL,
                "enrolment_id" uuid,
                "user_id" uuid,
                "holder_name" text,
                "parcours_id" uuid NOT NULL,
                "parcours_title" text NOT NULL,
                "parcours_slug" text NOT NULL,
                "version_id" uuid NOT NULL,
                "competencies" jsonb NOT NULL,
                "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "uq_certificate_code" UNIQUE ("code"),
                CONSTRAINT "uq_certificate_enrolment_id" UNIQUE ("enrolment_id"),
                CONSTRAINT "ck_certificate_revoked" CHECK ((revoked_at IS NULL) = (user_id IS NOT NULL AND holder_name IS NOT NULL AND enrolment_id IS NOT NULL)),
                CONSTRAINT "pk_certificate" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_certificate_user_id" ON "certificate" ("user_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."ix_certificate_user_id"
        `);
    await queryRunner.query(`
            DROP TABLE "certificate"
        `);
  }
}
