import { Injectable, type OnModuleInit } from '@nestjs/common';
import { IdentityService } from '@culture-d/identity/server';
import { PersonalDataRegistry, type PersonalDataContributor } from '@culture-d/shared/server';
import type { EntityManager } from 'typeorm';
import { RegistrationEntity } from './entities/registration.entity';
import { SurveyResponseEntity } from './entities/survey-response.entity';
import { WorkshopFacilitatorEntity } from './entities/workshop-facilitator.entity';
import { WorkshopEntity } from './entities/workshop.entity';

/**
 * Registrations, including those made as a guest with the same e-mail address. Erasure deletes the person's
 * registrations (a confirmed seat is not given back for past workshops; upcoming ones are cancelled first by the
 * person) and cuts the author link of workshops they created.
 */
@Injectable()
export class WorkshopsPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly name = 'workshops';
  readonly entities = [RegistrationEntity, WorkshopEntity, WorkshopFacilitatorEntity, SurveyResponseEntity];

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly identity: IdentityService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(userId: string, manager: EntityManager) {
    const email = (await this.identity.contact(userId))?.email ?? null;
    const rows = (await manager.query(
      `SELECT w.slug, w.title, w.starts_at, r.status, r.attendance, r.created_at, r.guest_name, (r.guest_email IS NOT NULL) AS as_guest, s.answers AS survey_answers
         FROM registration r JOIN workshop w ON w.id = r.workshop_id LEFT JOIN survey_response s ON s.registration_id = r.id
        WHERE r.user_id = $1 OR ($2::citext IS NOT NULL AND r.guest_email = $2::citext) ORDER BY r.created_at`,
      [userId, email],
    )) as Record<string, unknown>[];
    const facilitating = (await manager.query(`SELECT w.slug, w.title, w.starts_at FROM workshop_facilitator f JOIN workshop w ON w.id = f.workshop_id WHERE f.user_id = $1`, [userId])) as Record<string, unknown>[];
    return { registrations: rows, facilitating };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    const email = (await this.identity.contact(userId))?.email ?? null;
    await manager.query(
      `UPDATE workshop w SET confirmed_count = confirmed_count - sub.n
         FROM (SELECT workshop_id, count(*)::int AS n FROM registration WHERE status = 'confirmed' AND (user_id = $1 OR ($2::citext IS NOT NULL AND guest_email = $2::citext)) GROUP BY workshop_id) sub
        WHERE w.id = sub.workshop_id AND w.ends_at > now()`,
      [userId, email],
    );
    await manager.query(`DELETE FROM registration WHERE user_id = $1 OR ($2::citext IS NOT NULL AND guest_email = $2::citext)`, [userId, email]);
    await manager.update(WorkshopEntity, { createdBy: userId }, { createdBy: null });
    await manager.delete(WorkshopFacilitatorEntity, { userId });
  }
}
