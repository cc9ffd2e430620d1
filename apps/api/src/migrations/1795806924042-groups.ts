import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Groups: a facilitator's cohort with its join code, the parcours assigned to it, and its members with their consent
 * to share progress (default: not shared). No foreign key to accounts or parcours (other domains): erasure removes
 * the rows (GroupsPersonalData), and the read model skips parcours that are gone. Reviewed.
 */

export class Groups1795806924042 implements MigrationInterface {
  name = 'Groups1795806924042';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "learner_group" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "join_code" text NOT NULL,
                "owner_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "archived_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_learner_group_join_code" CHECK (join_code ~ '^[0-9A-HJKMNP-TV-Z]{8}$'),
                CONSTRAINT "pk_learner_group" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_learner_group_owner_id" ON "learner_group" ("owner_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_learner_group_join_code" ON "learner_group" ("join_code")
        `);
    await queryRunner.query(`
            CREATE TABLE "group_member" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "group_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "share_progress" boolean NOT NULL DEFAULT false,
                "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "consent_changed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_group_member" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_group_member_user_id" ON "group_member" ("user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_group_member_group_user" ON "group_member" ("group_id", "user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "group_parcours" (
                "group_id" uuid NOT NULL,
                "parcours_id" uuid NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "pk_group_parcours" PRIMARY KEY ("group_id", "parcours_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "group_member"
            ADD CONSTRAINT "fk_group_member_group" FOREIGN KEY ("group_id") REFERENCES "learner_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "group_parcours"
            ADD CONSTRAINT "fk_group_parcours_group" FOREIGN KEY ("group_id") REFERENCES "learner_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "group_parcours" DROP CONSTRAINT "fk_group_parcours_group"
        `);
    await queryRunner.query(`
            ALTER TABLE "group_member" DROP CONSTRAINT "fk_group_member_group"
        `);
    await queryRunner.query(`
            DROP TABLE "group_parcours"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_group_member_group_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_group_member_user_id"
        `);
    await queryRunner.query(`
            DROP TABLE "group_member"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_learner_group_join_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_learner_group_owner_id"
        `);
    await queryRunner.query(`
            DROP TABLE "learner_group"
        `);
  }
}
