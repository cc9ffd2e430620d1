import { MigrationInterface, QueryRunner } from 'typeorm';

/** When each registration's day-before reminder was sent. Reviewed. */

export class WorkshopReminders1795802243064 implements MigrationInterface {
  name = 'WorkshopReminders1795802243064';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "registration"
            ADD "reminder_sent_at" TIMESTAMP WITH TIME ZONE
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "registration" DROP COLUMN "reminder_sent_at"
        `);
  }
}
