import type { MyEnrolmentResponse } from '@culture-d/progress/contracts';

/** An enrolment the learner can resume: in progress, with a next step to open. */
export type Resumable = MyEnrolmentResponse & { next: NonNullable<MyEnrolmentResponse['next']> };

/**
 * The enrolment to offer on the home page: the parcours in progress that the learner touched last and that still has
 * a next step (a parcours whose remaining steps are all locked or optional has nothing to resume).
 */
export function mostRecentResumable(enrolments: readonly MyEnrolmentResponse[]): Resumable | null {
  let best: Resumable | null = null;
  for (const enrolment of enrolments) {
    if (enrolment.status !== 'in_progress' || !enrolment.next) continue;
    // ISO 8601 instants in UTC compare as strings.
    if (!best || enrolment.lastActivityAt > best.lastActivityAt) best = enrolment as Resumable;
  }
  return best;
}
