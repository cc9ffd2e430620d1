/** Shapes of the Learning routes (enrolment, progress, completion, competencies) shared with the web app. */

export const ProgressErrorCode = {
  NotEnrolled: 'NOT_ENROLLED',
  ParcoursNotFound: 'PARCOURS_NOT_FOUND',
  ActivityNotFound: 'ACTIVITY_NOT_FOUND',
  ActivityLocked: 'ACTIVITY_LOCKED',
  ActivityNeedsQuiz: 'ACTIVITY_NEEDS_QUIZ',
  ActivityNeedsAttendance: 'ACTIVITY_NEEDS_ATTENDANCE',
  EnrolledInOtherVersion: 'ENROLLED_IN_OTHER_VERSION',
} as const;

export type ActivityStatusCode = 'not_started' | 'in_progress' | 'completed';
export type ModuleStatusCode = 'locked' | 'not_started' | 'in_progress' | 'completed';
export type MasteryLevelCode = 'not_assessed' | 'to_strengthen' | 'developing' | 'mastered';

/** What `POST /api/parcours/:slug/enrolment` answers (201 when new or reactivated, 200 when already enrolled). */
export interface EnrolmentResponse {
  id: string;
  parcours: { slug: string; title: string };
  /** The published version number the learner follows (pinned at enrolment). */
  version: number;
  status: 'in_progress' | 'completed';
  startedAt: string;
  completedAt: string | null;
  lastActivityAt: string;
}

export interface NextActivity {
  id: string;
  title: string;
  type: 'lesson' | 'quiz' | 'workshop';
  module: { key: string; slug: string; title: string };
}

/** One line of `GET /api/me/enrolments`. */
export interface MyEnrolmentResponse extends EnrolmentResponse {
  /** 0–100: completed required activities over required activities. */
  percent: number;
  next: NextActivity | null;
}

export interface ActivityProgressResponse {
  id: string;
  key: string;
  type: 'lesson' | 'quiz' | 'workshop';
  title: string;
  minutes: number;
  /** Workshop steps are optional: they complete on attendance and never block the module. */
  required: boolean;
  status: ActivityStatusCode;
  /** Best percent over the quiz's attempts; null for other activities or before any attempt. */
  bestPercent: number | null;
  attempts: number;
  completedAt: string | null;
}

export interface ModuleProgressResponse {
  key: string;
  slug: string;
  title: string;
  competencies: string[];
  status: ModuleStatusCode;
  /** "Déjà maîtrisé": the parcours' diagnostic measured every competency of the module at 80 % or more. Still open. */
  mastered: boolean;
  /** The prerequisite modules not completed yet (empty unless locked). */
  missingPrerequisites: { key: string; title: string }[];
  activities: ActivityProgressResponse[];
}

/** `GET /api/me/parcours/:slug/progress`. */
export interface ParcoursProgressResponse {
  enrolment: EnrolmentResponse;
  percent: number;
  modules: ModuleProgressResponse[];
  next: NextActivity | null;
  diagnostic: {
    /** Per competency of the diagnostic's counted attempt, 0–100. */
    competencies: { code: string; percent: number }[];
    /** Key of the first module neither mastered nor completed: where the diagnostic suggests to go on. */
    recommendedStart: string | null;
  } | null;
}

/** `POST /api/activities/:id/completion`. */
export interface ActivityCompletionResponse {
  activityId: string;
  status: 'completed';
  completedAt: string;
  moduleCompleted: boolean;
  parcoursCompleted: boolean;
}

/** `GET /api/me/competencies`: every competency of the référentiel. */
export interface MyCompetenciesResponse {
  domains: {
    code: string;
    title: string;
    competencies: { code: string; title: string; percent: number | null; level: MasteryLevelCode; evidence: number }[];
  }[];
}
