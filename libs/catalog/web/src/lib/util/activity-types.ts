import type { IconName } from '@culture-d/shared/ui';

export type ActivityType = 'lesson' | 'quiz' | 'workshop';

/** Icon of each kind of step; its name reads from `catalog.activityTypes.<type>`. */
export const ACTIVITY_ICONS: Readonly<Record<ActivityType, IconName>> = {
  lesson: 'lesson',
  quiz: 'quiz',
  workshop: 'workshop',
};
