import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Catalogue: the référentiel, parcours with their draft document, immutable published versions with their modules
 * and activities materialised for constant-query reads. Reviewed: GIN indexes on audiences and themes and a French
 * full-text expression index (unaccented) added by hand; authors are referenced without foreign keys so that erasing
 * an account keeps the content.
 */

export class Catalog1795798869571 implements MigrationInterface {
  name = 'Catalog1795798869571';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "competency_domain" (
                "code" text NOT NULL,
                "title" text NOT NULL,
                "description" text NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "pk_competency_domain" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "competency" (
                "code" text NOT NULL,
                "domain_code" text NOT NULL,
                "title" text NOT NULL,
                "description" text NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "pk_competency" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_competency_domain_code" ON "competency" ("domain_code")
        `);
    await queryRunner.query(`
            CREATE TABLE "parcours" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" text NOT NULL,
                "status" text NOT NULL,
                "draft" jsonb NOT NULL,
                "revision" integer NOT NULL DEFAULT '1',
                "current_version_id" uuid,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_parcours_slug" UNIQUE ("slug"),
                CONSTRAINT "ck_parcours_status" CHECK (status IN ('draft', 'published', 'unpublished')),
                CONSTRAINT "pk_parcours" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "parcours_version" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "parcours_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "document" jsonb NOT NULL,
                "slug" text NOT NULL,
                "title" text NOT NULL,
                "summary" text NOT NULL,
                "summary_en" text NOT NULL,
                "audiences" text array NOT NULL,
                "themes" text array NOT NULL,
                "level" text NOT NULL,
                "duration_minutes" integer NOT NULL,
                "module_count" integer NOT NULL,
                "search_text" text NOT NULL,
                "changes" jsonb NOT NULL DEFAULT '[]',
                "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "published_by" uuid,
                CONSTRAINT "uq_parcours_version_number" UNIQUE ("parcours_id", "number"),
                CONSTRAINT "pk_parcours_version" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(
      `CREATE INDEX "ix_parcours_version_audiences" ON "parcours_version" USING gin ("audiences")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_parcours_version_themes" ON "parcours_version" USING gin ("themes")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_parcours_version_search" ON "parcours_version" USING gin (to_tsvector('french', f_unaccent("search_text")))`,
    );
    await queryRunner.query(`
            CREATE TABLE "version_module" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version_id" uuid NOT NULL,
                "key" text NOT NULL,
                "slug" text NOT NULL,
                "title" text NOT NULL,
                "summary" text NOT NULL,
                "position" integer NOT NULL,
                "minutes" integer NOT NULL,
                "objectives" text array NOT NULL,
                "competencies" text array NOT NULL,
                "prerequisites" text array NOT NULL,
                CONSTRAINT "uq_version_module_key" UNIQUE ("version_id", "key"),
                CONSTRAINT "pk_version_module" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "version_activity" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version_id" uuid NOT NULL,
                "module_id" uuid NOT NULL,
                "key" text NOT NULL,
                "type" text NOT NULL,
                "title" text NOT NULL,
                "position" integer NOT NULL,
                "minutes" integer NOT NULL,
                "content" jsonb NOT NULL,
                CONSTRAINT "uq_version_activity_key" UNIQUE ("version_id", "key"),
                CONSTRAINT "pk_version_activity" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_version_activity_module_id" ON "version_activity" ("module_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "competency"
            ADD CONSTRAINT "fk_competency_domain" FOREIGN KEY ("domain_code") REFERENCES "competency_domain"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "parcours_version"
            ADD CONSTRAINT "fk_parcours_version_parcours" FOREIGN KEY ("parcours_id") REFERENCES "parcours"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "version_module"
            ADD CONSTRAINT "fk_version_module_version" FOREIGN KEY ("version_id") REFERENCES "parcours_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "version_activity"
            ADD CONSTRAINT "fk_version_activity_version" FOREIGN KEY ("version_id") REFERENCES "parcours_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "version_activity"
            ADD CONSTRAINT "fk_version_activity_module" FOREIGN KEY ("module_id") REFERENCES "version_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_parcours_version_search"`);
    await queryRunner.query(`DROP INDEX "ix_parcours_version_themes"`);
    await queryRunner.query(`DROP INDEX "ix_parcours_version_audiences"`);
    await queryRunner.query(`
            ALTER TABLE "version_activity" DROP CONSTRAINT "fk_version_activity_module"
        `);
    await queryRunner.query(`
            ALTER TABLE "version_activity" DROP CONSTRAINT "fk_version_activity_version"
        `);
    await queryRunner.query(`
            ALTER TABLE "version_module" DROP CONSTRAINT "fk_version_module_version"
        `);
    await queryRunner.query(`
            ALTER TABLE "parcours_version" DROP CONSTRAINT "fk_parcours_version_parcours"
        `);
    await queryRunner.query(`
            ALTER TABLE "competency" DROP CONSTRAINT "fk_competency_domain"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_version_activity_module_id"
        `);
    await queryRunner.query(`
            DROP TABLE "version_activity"
        `);
    await queryRunner.query(`
            DROP TABLE "version_module"
        `);
    await queryRunner.query(`
            DROP TABLE "parcours_version"
        `);
    await queryRunner.query(`
            DROP TABLE "parcours"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_competency_domain_code"
        `);
    await queryRunner.query(`
            DROP TABLE "competency"
        `);
    await queryRunner.query(`
            DROP TABLE "competency_domain"
        `);
  }
}
