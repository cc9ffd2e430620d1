import { MigrationInterface, QueryRunner } from 'typeorm';

/** Needs-survey answers, one per registration, erased with it (ON DELETE CASCADE). Reviewed. */

export class SurveyResponses1795801943530 implements MigrationInterface {
  name = 'SurveyResponses1795801943530';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "survey_response" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workshop_id" uuid NOT NULL,
                "registration_id" uuid NOT NULL,
                "answers" jsonb NOT NULL,
                "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_survey_response_registration" UNIQUE ("registration_id"),
                CONSTRAINT "pk_survey_response" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_survey_response_workshop_id" ON "survey_response" ("workshop_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "survey_response"
            ADD CONSTRAINT "fk_survey_response_registration" FOREIGN KEY ("registration_id") REFERENCES "registration"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "survey_response" DROP CONSTRAINT "fk_survey_response_registration"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_survey_response_workshop_id"
        `);
    await queryRunner.query(`
            DROP TABLE "survey_response"
        `);
  }
}
