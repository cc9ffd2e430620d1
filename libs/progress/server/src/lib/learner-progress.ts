import type { EntityManager } from 'typeorm';

/** What a scored quiz attempt tells the progress domain. */
export interface QuizResult {
  userId: string;
  /** `version_activity.id` of the quiz. */
  activityId: string;
  attemptId: string;
  /** 0–100. */
  percent: number;
  passed: boolean;
  /** Points per competency code over the attempt's questions (a question tagged with two codes counts for both). */
  competencies: { code: string; points: number; maxPoints: number }[];
  submittedAt: Date;
}

/**
 * The progress domain's port for the other domains that move a learner forward (the quiz domain calls it; workshops
 * speak through the `workshop.attended` event). Implemented and exported by `ProgressModule`.
 */
export abstract class LearnerProgress {
  /**
   * Throws a DomainError when the learner may not take this activity now: 404 `ACTIVITY_NOT_FOUND`,
   * 409 `ACTIVITY_LOCKED` (details: the modules still to complete). Enrols the learner in the activity's version when
   * they were not enrolled in the parcours yet.
   */
  abstract assertActivityOpen(userId: string, activityId: string, manager?: EntityManager): Promise<void>;

  /**
   * Inside the submission's transaction: the activity becomes in progress, or completed when passed (forward only),
   * best score and attempts are kept, competency mastery is fed, the module and the parcours complete by rule.
   */
  abstract recordQuizResult(manager: EntityManager, result: QuizResult): Promise<void>;
}
