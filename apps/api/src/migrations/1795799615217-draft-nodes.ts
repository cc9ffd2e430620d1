import { MigrationInterface, QueryRunner } from 'typeorm';

/** Stable ids for draft modules and activities (authoring API), unique per parcours, kind and key. Reviewed. */

export class DraftNodes1795799615217 implements MigrationInterface {
  name = 'DraftNodes1795799615217';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "draft_node" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "parcours_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "key" text NOT NULL,
                CONSTRAINT "uq_draft_node_key" UNIQUE ("parcours_id", "kind", "key"),
                CONSTRAINT "ck_draft_node_kind" CHECK (kind IN ('module', 'activity')),
                CONSTRAINT "pk_draft_node" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "draft_node"
            ADD CONSTRAINT "fk_draft_node_parcours" FOREIGN KEY ("parcours_id") REFERENCES "parcours"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "draft_node" DROP CONSTRAINT "fk_draft_node_parcours"
        `);
    await queryRunner.query(`
            DROP TABLE "draft_node"
        `);
  }
}
