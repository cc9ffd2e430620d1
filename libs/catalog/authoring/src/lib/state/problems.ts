import type { DraftPreviewResponse } from '@culture-d/catalog/contracts';

/** Where a problem is, in words (translation parameters) and as a link to the page that fixes it. */
export interface ProblemPlace {
  readonly module: string;
  readonly activity: string;
  readonly path: string;
  /** Router commands, or null when the problem concerns the parcours as a whole and the report is enough. */
  readonly link: readonly string[] | null;
  readonly fragment?: string;
}

export type Problem = DraftPreviewResponse['problems'][number] & { readonly place: ProblemPlace };

const POINTER = /^\/parcours\/modules\/(\d+)(?:\/activities\/(\d+))?/;

/**
 * Reads a problem's JSON Pointer (`/parcours/modules/1/activities/0/blocks/2/alt`) against the draft's outline: the
 * module and activity it is in, and where to fix it — the lesson editor for a lesson's blocks, the quiz editor for a
 * quiz, the parcours editor (at the module or step) for the rest.
 */
export function placeOf(path: string, preview: Pick<DraftPreviewResponse, 'modules'>, parcoursId: string): ProblemPlace {
  const editor = ['/auteur/parcours', parcoursId];
  const match = POINTER.exec(path);
  const module = match ? preview.modules[Number(match[1])] : undefined;
  if (!module) return { module: '', activity: '', path, link: editor };
  const activity = match?.[2] !== undefined ? module.activities[Number(match[2])] : undefined;
  if (!activity) return { module: module.title, activity: '', path, link: editor, fragment: `module-${module.key}` };
  const base = { module: module.title, activity: activity.title, path };
  if (activity.type === 'lesson' && activity.id) return { ...base, link: [...editor, 'lecons', activity.id] };
  if (activity.type === 'quiz' && activity.id) return { ...base, link: [...editor, 'quiz', activity.id] };
  return { ...base, link: editor, fragment: `activity-${activity.key}` };
}
