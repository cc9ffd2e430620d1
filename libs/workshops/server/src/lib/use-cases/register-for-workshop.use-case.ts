import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GuestRequest, RegistrationResponse } from '@culture-d/workshops/contracts';
import { isRegistrationOpen } from '@culture-d/workshops/domain';
import { THROTTLE_RULES } from '@culture-d/identity/domain';
import { IdentityService } from '@culture-d/identity/server';
import { Mailer } from '@culture-d/shared/server';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { WorkshopEntity } from '../entities/workshop.entity';
import { WorkshopCalendar } from '../workshop-calendar';
import { registrationMail } from '../workshop-mails';
import { WorkshopsOptions } from '../workshops.options';
import { AlreadyRegisteredError, GuestDetailsRequiredError, RegistrationClosedError, WorkshopNotFoundError } from '../workshops.errors';

/**
 * Confirmed while seats remain, else waitlisted in arrival order. The seat is taken by one conditional UPDATE of the
 * workshop's counter in the same statement as the insert (`confirmed_count < capacity`), which PostgreSQL serialises on the row,
 * so that no interleaving of requests on any number of API instances gives more confirmed than seats; the CHECK on
 * the counter and the partial unique indexes are the backstops.
 */
@Injectable()
export class RegisterForWorkshopUseCase {
  private readonly logger = new Logger('Workshops');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly options: WorkshopsOptions,
    private readonly calendar: WorkshopCalendar,
    private readonly identity: IdentityService,
  ) {}

  async execute(workshopId: string, who: { userId?: string; guest?: GuestRequest; ip?: string }): Promise<RegistrationResponse> {
    if (!who.userId && !who.guest) throw new GuestDetailsRequiredError();
    if (who.guest) {
      await this.identity.throttle(THROTTLE_RULES.guestRegistrationsPerIp, who.ip ?? 'unknown');
      await this.identity.throttle(THROTTLE_RULES.guestRegistrationsPerAddress, who.guest.email.toLowerCase());
    }
    const workshop = await this.dataSource.getRepository(WorkshopEntity).findOne({ where: { id: workshopId } });
    if (!workshop || workshop.status === 'draft') throw new WorkshopNotFoundError();
    if (!isRegistrationOpen(workshop, new Date())) throw new RegistrationClosedError();
    const cancelToken = who.userId ? null : randomBytes(32).toString('base64url');
    let registration: { id: string; status: 'confirmed' | 'waitlisted'; queueNumber: string };
    try {
      // One statement, so one implicit transaction: the workshop row stays locked only while PostgreSQL runs it, not
      // across round trips to this process (under contention, the lock's duration is what bounds throughput).
      const [row] = (await this.dataSource.query(
        `WITH seat AS (
           UPDATE workshop SET confirmed_count = confirmed_count + 1
            WHERE id = $1 AND status = 'published' AND (capacity IS NULL OR confirmed_count < capacity)
            RETURNING id)
         INSERT INTO registration (workshop_id, user_id, guest_name, guest_email, guest_consent_at, cancel_token_hash, status, confirmed_at)
         SELECT $1, $2, $3, $4, $5, $6, CASE WHEN seat.id IS NULL THEN 'waitlisted' ELSE 'confirmed' END, CASE WHEN seat.id IS NULL THEN NULL ELSE now() END
           FROM (SELECT 1) one LEFT JOIN seat ON true
         RETURNING id, status, queue_number AS "queueNumber"`,
        [
          workshopId,
          who.userId ?? null,
          who.guest?.name ?? null,
          who.guest ? who.guest.email.toLowerCase() : null,
          who.guest ? new Date() : null,
          cancelToken ? createHash('sha256').update(cancelToken).digest() : null,
        ],
      )) as { id: string; status: 'confirmed' | 'waitlisted'; queueNumber: string }[];
      registration = row;
    } catch (error) {
      const constraint = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
      if (constraint === 'uq_registration_active_user' || constraint === 'uq_registration_active_guest') throw new AlreadyRegisteredError();
      throw error;
    }
    const position = registration.status === 'waitlisted' ? await this.position(workshopId, registration.queueNumber) : undefined;
    if (who.guest) {
      const link = `${this.options.publicUrl}/ateliers/annuler?jeton=${encodeURIComponent(cancelToken as string)}`;
      this.mailer
        .send({
          to: who.guest.email,
          ...registrationMail(workshop, who.guest.name, registration.status, position, link),
          ...(registration.status === 'confirmed' ? { icalEvent: { method: 'PUBLISH', filename: 'atelier.ics', content: this.calendar.render([workshop], workshop.title) } } : {}),
        })
        .catch((err: unknown) => this.logger.error({ err }, 'registration e-mail not sent'));
    }
    return { id: registration.id, workshopId, status: registration.status, ...(position ? { position } : {}) };
  }

  private async position(workshopId: string, queueNumber: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS ahead FROM registration WHERE workshop_id = $1 AND status = 'waitlisted' AND queue_number < $2`,
      [workshopId, queueNumber],
    )) as { ahead: number }[];
    return row.ahead + 1;
  }
}
