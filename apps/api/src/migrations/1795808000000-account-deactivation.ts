import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An administrator can deactivate an account: `deactivated_at` is set (null for an active account). Sign-in and
 * session lookup read it; nothing else about the account changes, so reactivating gives everything back.
 * Hand-written.
 */

export class AccountDeactivation1795808000000 implements MigrationInterface {
  name = 'AccountDeactivation1795808000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "user_account"
            ADD "deactivated_at" TIMESTAMP WITH TIME ZONE
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "user_account" DROP COLUMN "deactivated_at"
        `);
  }
}
