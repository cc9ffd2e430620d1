import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The learning record: statements keyed by the client's id (replays land on the primary key), with the hash of the
 * canonical body to tell a replay from a conflict, and an index for one person's record newest first. Hand-written.
 */

export class Statements1795807158647 implements MigrationInterface {
  name = 'Statements1795807158647';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "statement" (
                "id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "verb" text NOT NULL,
                "object_id" text NOT NULL,
                "object" jsonb NOT NULL,
                "result" jsonb,
                "context" jsonb,
                "timestamp" TIMESTAMP WITH TIME ZONE NOT NULL,
                "stored" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "body_hash" bytea NOT NULL,
                CONSTRAINT "ck_statement_verb" CHECK (verb IN ('experienced', 'attempted', 'answered', 'completed', 'passed', 'failed', 'registered', 'attended')),
                CONSTRAINT "pk_statement" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_statement_user_stored" ON "statement" ("user_id", "stored", "id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."ix_statement_user_stored"
        `);
    await queryRunner.query(`
            DROP TABLE "statement"
        `);
  }
}
