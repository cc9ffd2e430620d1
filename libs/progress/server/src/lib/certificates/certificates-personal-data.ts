import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, type PersonalDataContributor } from '@culture-d/shared/server';
import type { EntityManager } from 'typeorm';
import { CertificateEntity } from './certificate.entity';

/**
 * Certificates. Erasure revokes them rather than deleting them: the holder's name and every link to the person go,
 * the row stays so that someone checking a code a former learner handed out is told "revoked", not "unknown".
 */
@Injectable()
export class CertificatesPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly name = 'certificates';
  readonly entities = [CertificateEntity];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(userId: string, manager: EntityManager) {
    return manager.query(
      `SELECT code, holder_name AS "holderName", parcours_title AS "parcoursTitle", parcours_slug AS "parcoursSlug", competencies, issued_at AS "issuedAt"
         FROM certificate WHERE user_id = $1 ORDER BY issued_at`,
      [userId],
    );
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE certificate SET user_id = NULL, holder_name = NULL, enrolment_id = NULL, revoked_at = now() WHERE user_id = $1`, [userId]);
  }
}
