import { MigrationInterface, QueryRunner } from 'typeorm';

/** Facilitators of each workshop (no foreign key to accounts: erasure removes the rows). Reviewed. */

export class WorkshopFacilitators1795801418759 implements MigrationInterface {
  name = 'WorkshopFacilitators1795801418759';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "workshop_facilitator" (
                "workshop_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                CONSTRAINT "pk_workshop_facilitator" PRIMARY KEY ("workshop_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_workshop_facilitator_user_id" ON "workshop_facilitator" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "workshop_facilitator"
            ADD CONSTRAINT "fk_workshop_facilitator_workshop" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "workshop_facilitator" DROP CONSTRAINT "fk_workshop_facilitator_workshop"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_workshop_facilitator_user_id"
        `);
    await queryRunner.query(`
            DROP TABLE "workshop_facilitator"
        `);
  }
}
