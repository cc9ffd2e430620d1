import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { slugify } from '@culture-d/catalog/domain';
import type { WorkshopRequest } from '@culture-d/workshops/contracts';
import { checkSurveyQuestions } from '@culture-d/workshops/domain';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { RegistrationEntity } from '../entities/registration.entity';
import { WorkshopFacilitatorEntity } from '../entities/workshop-facilitator.entity';
import { WorkshopEntity } from '../entities/workshop.entity';
import {
  CapacityBelowConfirmedError,
  InvalidScheduleError,
  SurveyInvalidError,
  WorkshopCancelledError,
  WorkshopHasRegistrationsError,
  WorkshopNotFoundError,
} from '../workshops.errors';

function schedule(request: WorkshopRequest) {
  const startsAt = new Date(request.startsAt);
  const endsAt = new Date(request.endsAt);
  const registrationClosesAt = new Date(request.registrationClosesAt);
  const registrationOpensAt = request.registrationOpensAt ? new Date(request.registrationOpensAt) : null;
  if (endsAt <= startsAt) throw new InvalidScheduleError('The workshop must end after it starts.');
  if (registrationClosesAt > startsAt) throw new InvalidScheduleError('Registrations must close before the workshop starts.');
  if (registrationOpensAt && registrationOpensAt >= registrationClosesAt) throw new InvalidScheduleError('Registrations must open before they close.');
  if (request.format !== 'online' && !request.venue) throw new InvalidScheduleError('A workshop in person needs a venue.');
  if (request.format !== 'in_person' && !request.onlineUrl) throw new InvalidScheduleError('An online workshop needs its link.');
  const surveyProblems = checkSurveyQuestions(request.survey);
  if (surveyProblems.length) throw new SurveyInvalidError(surveyProblems);
  return { startsAt, endsAt, registrationClosesAt, registrationOpensAt };
}

/** Authors create, edit, cancel and delete workshops. Raising the capacity gives the new seats to the waiting list. */
@Injectable()
export class SaveWorkshopUseCase {
  private readonly logger = new Logger('Workshops');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(request: WorkshopRequest, actorId: string): Promise<string> {
    const times = schedule(request);
    return this.unique(() =>
      this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(
          manager.create(WorkshopEntity, { ...this.fields(request), ...times, slug: request.slug ?? slugify(request.title), createdBy: actorId, confirmedCount: 0 }),
        );
        await this.setFacilitators(manager, saved.id, request.facilitatorIds);
        return saved.id;
      }),
    );
  }

  async update(id: string, request: WorkshopRequest): Promise<string[]> {
    const times = schedule(request);
    return this.unique(() =>
      this.dataSource.transaction(async (manager) => {
        const workshop = await manager.findOne(WorkshopEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!workshop) throw new WorkshopNotFoundError();
        if (workshop.status === 'cancelled') throw new WorkshopCancelledError();
        const capacity = request.capacity ?? null;
        if (capacity !== null && capacity < workshop.confirmedCount) throw new CapacityBelowConfirmedError(workshop.confirmedCount);
        await manager.update(WorkshopEntity, { id }, { ...this.fields(request), ...times, ...(request.slug ? { slug: request.slug } : {}) } as never);
        await this.setFacilitators(manager, id, request.facilitatorIds);
        // New seats go to the waiting list, in arrival order.
        const free = capacity === null ? Number.MAX_SAFE_INTEGER : capacity - workshop.confirmedCount;
        const promoted =
          free > 0
            ? (
                (await manager.query(
                  `UPDATE registration SET status = 'confirmed', confirmed_at = now()
                WHERE id IN (SELECT id FROM registration WHERE workshop_id = $1 AND status = 'waitlisted' ORDER BY queue_number LIMIT $2 FOR UPDATE)
                RETURNING id`,
                  [id, Math.min(free, 100000)],
                )) as [{ id: string }[], number]
              )[0]
            : [];
        if (promoted.length) await manager.update(WorkshopEntity, { id }, { confirmedCount: () => `confirmed_count + ${promoted.length}` });
        return promoted.map((p) => p.id);
      }),
    );
  }

  /** Cancels a workshop: it stays listed as cancelled; returns the active registrations to notify. */
  async cancel(id: string): Promise<RegistrationEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const updated = await manager.update(WorkshopEntity, { id }, { status: 'cancelled' });
      if (!updated.affected) throw new WorkshopNotFoundError();
      return manager.getRepository(RegistrationEntity).createQueryBuilder('r').where(`r.workshop_id = :id AND r.status <> 'cancelled'`, { id }).getMany();
    });
  }

  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const workshop = await manager.findOne(WorkshopEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!workshop) throw new WorkshopNotFoundError();
      if (await manager.exists(RegistrationEntity, { where: { workshopId: id } })) throw new WorkshopHasRegistrationsError();
      await manager.delete(WorkshopEntity, { id });
    });
  }

  private fields(request: WorkshopRequest) {
    return {
      title: request.title,
      summary: request.summary,
      description: request.description,
      audiences: request.audiences,
      format: request.format,
      venue: request.venue ?? null,
      onlineUrl: request.onlineUrl ?? null,
      partners: request.partners,
      capacity: request.capacity ?? null,
      status: request.status,
      links: request.links as never,
      survey: request.survey as never,
    };
  }

  private async setFacilitators(manager: EntityManager, workshopId: string, userIds: string[]): Promise<void> {
    await manager.delete(WorkshopFacilitatorEntity, { workshopId });
    if (userIds.length)
      await manager.insert(
        WorkshopFacilitatorEntity,
        [...new Set(userIds)].map((userId) => ({ workshopId, userId })),
      );
  }

  private async unique<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'uq_workshop_slug') {
        throw new InvalidScheduleError('Another workshop already uses this address (slug).');
      }
      throw error;
    }
  }
}
