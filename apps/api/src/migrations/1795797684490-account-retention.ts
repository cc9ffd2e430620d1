import { MigrationInterface, QueryRunner } from 'typeorm';

/** Retention of inactive accounts (3 years, warned 30 days before): when the warning left, and an index to find them. */

export class AccountRetention1795797684490 implements MigrationInterface {
  name = 'AccountRetention1795797684490';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "user_account"
            ADD "retention_warned_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_user_account_last_active_at" ON "user_account" ("last_active_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."ix_user_account_last_active_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "user_account" DROP COLUMN "retention_warned_at"
        `);
  }
}
