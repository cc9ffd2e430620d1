import type { EntityManager } from 'typeorm';

/** A parcours completed by a learner: the certificate's facts. */
export interface CompletedParcours {
  userId: string;
  enrolmentId: string;
  parcoursId: string;
  /** `parcours_version.id` the learner followed. */
  versionId: string;
  completedAt: Date;
}

/**
 * Issues the certificate of a completed parcours, inside the transaction that completes it; idempotent (one
 * certificate per enrolment). Implemented in this folder; called by the completion rule.
 */
export abstract class CertificateIssuer {
  abstract issue(manager: EntityManager, completed: CompletedParcours): Promise<void>;
}
