import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IdentityService } from '@culture-d/identity/server';
import { Mailer } from '@culture-d/shared/server';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { RegistrationEntity } from '../entities/registration.entity';
import { WorkshopEntity } from '../entities/workshop.entity';
import { promotionMail } from '../workshop-mails';
import { RegistrationNotFoundError } from '../workshops.errors';

/**
 * Cancels a registration; a freed seat goes to the first person of the waiting list (arrival order), in the same
 * transaction, under the workshop's row lock so that concurrent cancellations promote distinct people.
 */
@Injectable()
export class CancelRegistrationUseCase {
  private readonly logger = new Logger('Workshops');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly identity: IdentityService,
  ) {}

  async mine(workshopId: string, userId: string): Promise<void> {
    await this.cancel((manager) => manager.findOne(RegistrationEntity, { where: { workshopId, userId, status: 'confirmed' } }).then((r) => r ?? manager.findOne(RegistrationEntity, { where: { workshopId, userId, status: 'waitlisted' } })));
  }

  async byToken(token: string): Promise<void> {
    const hash = createHash('sha256').update(token).digest();
    await this.cancel((manager) => manager.createQueryBuilder(RegistrationEntity, 'r').where('r.cancel_token_hash = :hash', { hash }).andWhere(`r.status <> 'cancelled'`).getOne());
  }

  private async cancel(find: (manager: EntityManager) => Promise<RegistrationEntity | null>): Promise<void> {
    const promoted = await this.dataSource.transaction(async (manager) => {
      const found = await find(manager);
      if (!found) throw new RegistrationNotFoundError();
      const workshop = await manager.findOne(WorkshopEntity, { where: { id: found.workshopId }, lock: { mode: 'pessimistic_write' } });
      const registration = await manager.findOne(RegistrationEntity, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (!workshop || !registration || registration.status === 'cancelled') throw new RegistrationNotFoundError();
      const wasConfirmed = registration.status === 'confirmed';
      await manager.update(RegistrationEntity, { id: registration.id }, { status: 'cancelled', cancelledAt: new Date() });
      if (!wasConfirmed) return null;
      const next = await manager
        .createQueryBuilder(RegistrationEntity, 'r')
        .setLock('pessimistic_write')
        .where('r.workshop_id = :id AND r.status = :status', { id: workshop.id, status: 'waitlisted' })
        .orderBy('r.queue_number', 'ASC')
        .limit(1)
        .getOne();
      if (!next) {
        await manager.update(WorkshopEntity, { id: workshop.id }, { confirmedCount: () => 'confirmed_count - 1' });
        return null;
      }
      await manager.update(RegistrationEntity, { id: next.id }, { status: 'confirmed', confirmedAt: new Date() });
      return { workshop, next };
    });
    if (promoted) void this.notify(promoted.workshop, promoted.next);
  }

  private async notify(workshop: WorkshopEntity, registration: RegistrationEntity): Promise<void> {
    try {
      const contact = registration.guestEmail ? { email: registration.guestEmail, name: registration.guestName ?? '' } : await this.identity.contact(registration.userId as string);
      if (contact) await this.mailer.send({ to: contact.email, ...promotionMail(workshop, contact.name) });
    } catch (err) {
      this.logger.error({ err }, 'promotion e-mail not sent');
    }
  }
}
