import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quiz domain: the question bank (GIN index on competencies for draws), attempts (one open attempt per learner and
 * quiz: partial unique index; numbers unique per learner and quiz) and their scored answers. Attempts keep their
 * answers anonymously when an account is erased (user_id SET NULL), for item statistics. Reviewed.
 */

export class Quiz1795806253028 implements MigrationInterface {
  name = 'Quiz1795806253028';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "quiz_attempt" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid,
                "activity_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "layout" jsonb NOT NULL,
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "score" double precision,
                "max_score" double precision,
                "percent" double precision,
                "passed" boolean,
                CONSTRAINT "uq_quiz_attempt_number" UNIQUE ("user_id", "activity_id", "number"),
                CONSTRAINT "pk_quiz_attempt" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_quiz_attempt_activity_id" ON "quiz_attempt" ("activity_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "attempt_answer" (
                "attempt_id" uuid NOT NULL,
                "question_id" text NOT NULL,
                "response" jsonb,
                "answer" text,
                "points" double precision NOT NULL,
                "max_points" double precision NOT NULL,
                CONSTRAINT "pk_attempt_answer" PRIMARY KEY ("attempt_id", "question_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_attempt_answer_question_id" ON "attempt_answer" ("question_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "question" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "category" text,
                "key" text NOT NULL,
                "type" text NOT NULL,
                "document" jsonb NOT NULL,
                "competencies" text array NOT NULL,
                "difficulty" text NOT NULL,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_question_difficulty" CHECK (difficulty IN ('facile', 'moyen', 'difficile')),
                CONSTRAINT "ck_question_type" CHECK (
                    type IN (
                        'single_choice',
                        'multiple_choice',
                        'true_false',
                        'short_text',
                        'numeric',
                        'ordering',
                        'matching',
                        'cloze',
                        'dataset'
                    )
                ),
                CONSTRAINT "pk_question" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_question_created_by" ON "question" ("created_by")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_question_competencies" ON "question" USING gin ("competencies")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_quiz_attempt_open" ON "quiz_attempt" ("user_id", "activity_id") WHERE "submitted_at" IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "quiz_attempt"
            ADD CONSTRAINT "fk_quiz_attempt_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "quiz_attempt"
            ADD CONSTRAINT "fk_quiz_attempt_activity" FOREIGN KEY ("activity_id") REFERENCES "version_activity"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attempt_answer"
            ADD CONSTRAINT "fk_attempt_answer_attempt" FOREIGN KEY ("attempt_id") REFERENCES "quiz_attempt"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "question"
            ADD CONSTRAINT "fk_question_created_by" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "question" DROP CONSTRAINT "fk_question_created_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "attempt_answer" DROP CONSTRAINT "fk_attempt_answer_attempt"
        `);
    await queryRunner.query(`
            ALTER TABLE "quiz_attempt" DROP CONSTRAINT "fk_quiz_attempt_activity"
        `);
    await queryRunner.query(`
            ALTER TABLE "quiz_attempt" DROP CONSTRAINT "fk_quiz_attempt_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_quiz_attempt_open"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_question_competencies"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_question_created_by"
        `);
    await queryRunner.query(`
            DROP TABLE "question"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_attempt_answer_question_id"
        `);
    await queryRunner.query(`
            DROP TABLE "attempt_answer"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_quiz_attempt_activity_id"
        `);
    await queryRunner.query(`
            DROP TABLE "quiz_attempt"
        `);
  }
}
