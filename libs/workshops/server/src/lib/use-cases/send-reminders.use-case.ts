import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IdentityService } from '@culture-d/identity/server';
import { Jobs, Mailer } from '@culture-d/shared/server';
import { DataSource } from 'typeorm';
import type { WorkshopEntity } from '../entities/workshop.entity';
import { reminderMail } from '../workshop-mails';

/**
 * The day before: an e-mail to every confirmed participant of workshops starting in the next 12 to 36 hours.
 * Each registration is claimed by one UPDATE … RETURNING over `FOR UPDATE SKIP LOCKED` rows, so a reminder goes out
 * once even when several workers (API instances) run the job at the same time. Scheduled every 15 minutes (pg-boss).
 */
@Injectable()
export class SendRemindersUseCase implements OnModuleInit {
  private readonly logger = new Logger('Workshops');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly identity: IdentityService,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.every('workshop-reminders', '*/15 * * * *', async () => {
      await this.execute();
    });
  }

  async execute(): Promise<number> {
    const claimed = (await this.dataSource.query(
      `UPDATE registration r SET reminder_sent_at = now()
        WHERE r.id IN (
          SELECT r2.id FROM registration r2 JOIN workshop w ON w.id = r2.workshop_id
           WHERE r2.status = 'confirmed' AND r2.reminder_sent_at IS NULL AND w.status = 'published'
             AND w.starts_at BETWEEN now() + interval '12 hours' AND now() + interval '36 hours'
           FOR UPDATE OF r2 SKIP LOCKED)
        RETURNING r.user_id, r.guest_email, r.guest_name, r.workshop_id`,
    )) as [{ user_id: string | null; guest_email: string | null; guest_name: string | null; workshop_id: string }[], number];
    const rows = claimed[0];
    if (!rows.length) return 0;
    const workshops = new Map(
      ((await this.dataSource.query(`SELECT id, title, starts_at AS "startsAt", ends_at AS "endsAt", venue, online_url AS "onlineUrl" FROM workshop WHERE id = ANY($1::uuid[])`, [[...new Set(rows.map((r) => r.workshop_id))]])) as WorkshopEntity[]).map((w) => [w.id, w]),
    );
    const contacts = await this.identity.contacts(rows.filter((r) => r.user_id).map((r) => r.user_id as string));
    for (const row of rows) {
      const to = row.guest_email ?? contacts.get(row.user_id as string)?.email;
      const name = row.guest_name ?? contacts.get(row.user_id as string)?.name ?? '';
      const workshop = workshops.get(row.workshop_id);
      if (!to || !workshop) continue;
      await this.mailer.send({ to, ...reminderMail(workshop, name) }).catch((err: unknown) => this.logger.error({ err }, 'reminder not sent'));
    }
    this.logger.log({ reminders: rows.length }, 'workshop reminders sent');
    return rows.length;
  }
}
