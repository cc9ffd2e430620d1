/**
 * The progress domain's rules (docs/progress.md): forward-only statuses, which activities a module requires, module
 * and parcours completion, prerequisites, the next activity, and the diagnostic's "déjà maîtrisé" advice.
 * Pure functions over plain data: the server loads the rows and asks these.
 */

export const ACTIVITY_STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export type ActivityType = 'lesson' | 'quiz' | 'workshop';
export type ModuleStatus = 'locked' | 'not_started' | 'in_progress' | 'completed';

/** Position of a status on the only road it may travel: not_started → in_progress → completed. */
export function statusRank(status: ActivityStatus): number {
  return ACTIVITY_STATUSES.indexOf(status);
}

/** Progress never moves back: the result is whichever of the two statuses is further along. */
export function advance(current: ActivityStatus, proposed: ActivityStatus): ActivityStatus {
  return statusRank(proposed) > statusRank(current) ? proposed : current;
}

/** Ratio of mastery at or above which a competency is mastered (and a module "déjà maîtrisé" by the diagnostic). */
export const MASTERED_RATIO = 0.8;

export interface RuleActivity {
  id: string;
  type: ActivityType;
  title: string;
  status: ActivityStatus;
}

export interface RuleModule {
  key: string;
  title: string;
  competencies: string[];
  /** Keys of the modules to complete first. */
  prerequisites: string[];
  activities: RuleActivity[];
}

/** Per-competency result of an attempt (points over the questions tagged with the competency). */
export interface CompetencyScore {
  code: string;
  points: number;
  maxPoints: number;
}

/**
 * Lessons and quizzes are required; workshop steps are optional because they depend on dated sessions the learner may
 * not be able to attend (they complete on attendance, but never block). A module made only of workshop steps requires
 * them all, so that it cannot be complete before anything happened.
 */
export function requiredActivities<T extends { type: ActivityType }>(activities: readonly T[]): T[] {
  const required = activities.filter((a) => a.type !== 'workshop');
  return required.length ? required : [...activities];
}

export function isModuleComplete(module: Pick<RuleModule, 'activities'>): boolean {
  return requiredActivities(module.activities).every((a) => a.status === 'completed');
}

/**
 * The diagnostic says a module is already mastered when it names competencies and the diagnostic measured every one
 * of them at 80 % or more. A competency the diagnostic did not assess is not mastered.
 */
export function isModuleMastered(competencies: readonly string[], diagnostic: readonly CompetencyScore[] | null): boolean {
  if (!diagnostic || competencies.length === 0) return false;
  return competencies.every((code) => {
    const score = diagnostic.find((s) => s.code === code);
    return !!score && score.maxPoints > 0 && score.points / score.maxPoints >= MASTERED_RATIO;
  });
}

export interface ModuleProgress {
  key: string;
  status: ModuleStatus;
  mastered: boolean;
  /** Prerequisite modules not completed yet (empty unless locked). */
  missingPrerequisites: { key: string; title: string }[];
}

export interface ParcoursProgress {
  modules: ModuleProgress[];
  /** The activity to resume at, or null when nothing required is left (or everything left is locked). */
  next: { activityId: string; moduleKey: string } | null;
  /** With a diagnostic: the first module it does not consider mastered and not completed yet (null without a diagnostic, or when there is none). */
  recommendedStart: string | null;
  requiredCount: number;
  completedRequiredCount: number;
  /** 0–100, whole number: completed required activities over required activities. */
  percent: number;
  complete: boolean;
}

/**
 * The whole picture of a learner's parcours from their activity statuses. A module is locked while one of its
 * prerequisites is not completed (unless it is itself completed: progress is never taken back). The next activity is
 * the first required activity not completed in an open module, preferring modules the diagnostic does not consider
 * mastered.
 */
export function computeProgress(modules: readonly RuleModule[], diagnostic: readonly CompetencyScore[] | null = null): ParcoursProgress {
  const completeKeys = new Set(modules.filter(isModuleComplete).map((m) => m.key));
  const titles = new Map(modules.map((m) => [m.key, m.title]));
  const result: ModuleProgress[] = modules.map((module) => {
    const mastered = isModuleMastered(module.competencies, diagnostic);
    if (completeKeys.has(module.key))
      return {
        key: module.key,
        status: 'completed',
        mastered,
        missingPrerequisites: [],
      };
    const missing = module.prerequisites.filter((key) => !completeKeys.has(key)).map((key) => ({ key, title: titles.get(key) ?? key }));
    if (missing.length)
      return {
        key: module.key,
        status: 'locked',
        mastered,
        missingPrerequisites: missing,
      };
    const started = module.activities.some((a) => a.status !== 'not_started');
    return {
      key: module.key,
      status: started ? 'in_progress' : 'not_started',
      mastered,
      missingPrerequisites: [],
    };
  });

  const candidates = modules.flatMap((module, index) => {
    if (result[index].status === 'locked' || result[index].status === 'completed') return [];
    const activity = requiredActivities(module.activities).find((a) => a.status !== 'completed');
    return activity
      ? [
          {
            activityId: activity.id,
            moduleKey: module.key,
            mastered: result[index].mastered,
          },
        ]
      : [];
  });
  const chosen = candidates.find((c) => !c.mastered) ?? candidates[0];

  const required = modules.flatMap((m) => requiredActivities(m.activities));
  const done = required.filter((a) => a.status === 'completed').length;
  return {
    modules: result,
    next: chosen ? { activityId: chosen.activityId, moduleKey: chosen.moduleKey } : null,
    recommendedStart: diagnostic ? (result.find((m) => !m.mastered && m.status !== 'completed')?.key ?? null) : null,
    requiredCount: required.length,
    completedRequiredCount: done,
    percent: required.length ? Math.floor((done * 100) / required.length) : 0,
    complete: modules.length > 0 && completeKeys.size === modules.length,
  };
}

/**
 * Which attempt of a quiz counts, after the quiz's `scoring`: `last` — every new attempt replaces the counted one;
 * `best` — a new attempt replaces it only with a strictly higher percent (the first one to reach a score keeps it).
 */
export function replacesCountedResult(scoring: 'best' | 'last', counted: { percent: number } | null, attempt: { percent: number }): boolean {
  if (!counted || scoring === 'last') return true;
  return attempt.percent > counted.percent;
}
