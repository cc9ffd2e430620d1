import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { IdentityService } from '@culture-d/identity/server';
import type { Principal } from '@culture-d/shared/server';
import type { RegistrantResponse } from '@culture-d/workshops/contracts';
import Papa from 'papaparse';
import { DataSource } from 'typeorm';
import { RegistrationEntity } from '../entities/registration.entity';
import { WorkshopFacilitatorEntity } from '../entities/workshop-facilitator.entity';
import { WorkshopEntity } from '../entities/workshop.entity';
import { NotFacilitatorError, RegistrationNotFoundError, WorkshopNotFoundError } from '../workshops.errors';

/** Emitted when a facilitator records that someone attended; the progress domain completes the linked workshop steps. */
export const WORKSHOP_ATTENDED = 'workshop.attended';
export interface WorkshopAttendedEvent {
  workshopId: string;
  slug: string;
  userId: string;
  links: WorkshopEntity['links'];
}

/** Registrants lists, CSV export and attendance, for the workshop's facilitators, authors and admins. */
@Injectable()
export class ManageRegistrantsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly events: EventEmitter2,
  ) {}

  async list(workshopId: string, principal: Principal): Promise<RegistrantResponse[]> {
    await this.assertMayManage(workshopId, principal);
    const rows = await this.dataSource.getRepository(RegistrationEntity).createQueryBuilder('r').where(`r.workshop_id = :workshopId AND r.status <> 'cancelled'`, { workshopId }).orderBy('r.queue_number').getMany();
    const contacts = await this.identity.contacts(rows.filter((r) => r.userId).map((r) => r.userId as string));
    let waiting = 0;
    return rows
      .sort((a, b) => (a.status === b.status ? Number(a.queueNumber) - Number(b.queueNumber) : a.status === 'confirmed' ? -1 : 1))
      .map((r) => {
        const contact = r.userId ? contacts.get(r.userId) : undefined;
        return {
          id: r.id,
          name: r.guestName ?? contact?.name ?? '',
          email: r.guestEmail ?? contact?.email ?? '',
          kind: r.userId ? ('member' as const) : ('guest' as const),
          status: r.status as 'confirmed' | 'waitlisted',
          ...(r.status === 'waitlisted' ? { position: (waiting += 1) } : {}),
          attendance: r.attendance,
          registeredAt: r.createdAt.toISOString(),
        };
      });
  }

  /** UTF-8 with a byte-order mark, so that spreadsheet software reads accents right. */
  async csv(workshopId: string, principal: Principal, separator: ',' | ';'): Promise<string> {
    const registrants = await this.list(workshopId, principal);
    const labels = { confirmed: 'confirmé·e', waitlisted: 'liste d’attente', attended: 'présent·e', no_show: 'absent·e' };
    const csv = Papa.unparse(
      {
        fields: ['Nom', 'E-mail', 'Type', 'Statut', 'Position', 'Présence', 'Inscription'],
        data: registrants.map((r) => [r.name, r.email, r.kind === 'member' ? 'compte' : 'invité·e', labels[r.status], r.position ?? '', r.attendance ? labels[r.attendance] : '', r.registeredAt]),
      },
      { delimiter: separator, newline: '\r\n', escapeFormulae: true },
    );
    return `\uFEFF${csv}\r\n`;
  }

  async recordAttendance(registrationId: string, attendance: 'attended' | 'no_show', principal: Principal): Promise<RegistrantResponse> {
    const registration = await this.dataSource.getRepository(RegistrationEntity).findOne({ where: { id: registrationId } });
    if (!registration || registration.status !== 'confirmed') throw new RegistrationNotFoundError();
    const workshop = await this.assertMayManage(registration.workshopId, principal);
    await this.dataSource.getRepository(RegistrationEntity).update({ id: registrationId }, { attendance });
    if (attendance === 'attended' && registration.userId) {
      this.events.emit(WORKSHOP_ATTENDED, { workshopId: workshop.id, slug: workshop.slug, userId: registration.userId, links: workshop.links } satisfies WorkshopAttendedEvent);
    }
    const [updated] = (await this.list(registration.workshopId, principal)).filter((r) => r.id === registrationId);
    return updated;
  }

  /** Marks several registrations of one workshop at once; ids that are not confirmed registrations of it are refused. */
  async recordAttendances(workshopId: string, registrationIds: string[], attendance: 'attended' | 'no_show', principal: Principal): Promise<RegistrantResponse[]> {
    const workshop = await this.assertMayManage(workshopId, principal);
    const ids = [...new Set(registrationIds)];
    const updated = await this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `UPDATE registration SET attendance = $3 WHERE workshop_id = $1 AND id = ANY($2::uuid[]) AND status = 'confirmed' RETURNING id, user_id`,
        [workshopId, ids, attendance],
      )) as [{ id: string; user_id: string | null }[], number];
      if (rows[0].length !== ids.length) throw new RegistrationNotFoundError();
      return rows[0];
    });
    if (attendance === 'attended') {
      for (const row of updated) if (row.user_id) this.events.emit(WORKSHOP_ATTENDED, { workshopId, slug: workshop.slug, userId: row.user_id, links: workshop.links } satisfies WorkshopAttendedEvent);
    }
    return this.list(workshopId, principal);
  }

  private async assertMayManage(workshopId: string, principal: Principal): Promise<WorkshopEntity> {
    const workshop = await this.dataSource.getRepository(WorkshopEntity).findOne({ where: { id: workshopId } });
    if (!workshop) throw new WorkshopNotFoundError();
    if (principal.roles.includes('author') || principal.roles.includes('admin')) return workshop;
    if (await this.dataSource.getRepository(WorkshopFacilitatorEntity).exists({ where: { workshopId, userId: principal.userId } })) return workshop;
    throw new NotFacilitatorError();
  }
}
