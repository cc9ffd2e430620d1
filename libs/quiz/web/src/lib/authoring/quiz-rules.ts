import type { QuizDocument, QuizDraw } from '@culture-d/catalog/contracts';
import type { QuestionDocument, QuizSettings } from '@culture-d/quiz/contracts';
import { type QuestionIssue, checkQuestion } from './question-rules';

/** At most this many draw rules per quiz, and this many questions per rule (the parcours schema's bounds). */
export const MAX_DRAW_RULES = 20;
export const MAX_DRAW_COUNT = 50;

/**
 * Checks a quiz activity before saving, like the API: its settings, its draw rules and each of its questions (issues
 * on a question carry pointers relative to the activity, `/questions/2/choices/0/text`). Question keys are unique in
 * the whole parcours; `otherKeys` are those of the parcours' other activities.
 */
export function checkQuiz(quiz: Pick<QuizDocument, 'settings' | 'questions' | 'draw'>, otherKeys: ReadonlySet<string> = new Set()): QuestionIssue[] {
  const issues: QuestionIssue[] = [];
  const add = (pointer: string, code: string, params?: Record<string, unknown>) => issues.push({ pointer, key: `quizEditor.rules.${code}`, ...(params ? { params } : {}) });
  checkSettings(quiz.settings, add);
  checkDraw(quiz.draw ?? [], add);
  const seen = new Set<string>();
  quiz.questions.forEach((question, i) => {
    for (const issue of checkQuestion(question)) issues.push({ ...issue, pointer: `/questions/${i}${issue.pointer}` });
    if (question.key && (seen.has(question.key) || otherKeys.has(question.key))) add(`/questions/${i}/key`, 'keyTaken');
    seen.add(question.key);
  });
  return issues;
}

function checkSettings(settings: QuizSettings, add: (pointer: string, code: string, params?: Record<string, unknown>) => void): void {
  if (!Number.isFinite(settings.passMark)) add('/settings/passMark', 'number');
  else if (settings.passMark < 0 || settings.passMark > 100) add('/settings/passMark', 'range', { min: 0, max: 100 });
  if (settings.maxAttempts !== null && (!Number.isInteger(settings.maxAttempts) || settings.maxAttempts < 1)) add('/settings/maxAttempts', 'attempts');
}

function checkDraw(draw: QuizDraw[], add: (pointer: string, code: string, params?: Record<string, unknown>) => void): void {
  if (draw.length > MAX_DRAW_RULES) add('/draw', 'tooMany', { max: MAX_DRAW_RULES });
  const seen = new Set<string>();
  draw.forEach((rule, i) => {
    if (!rule.competency) add(`/draw/${i}/competency`, 'required');
    else if (seen.has(rule.competency)) add(`/draw/${i}/competency`, 'drawTwice');
    seen.add(rule.competency);
    if (!Number.isInteger(rule.count) || rule.count < 1 || rule.count > MAX_DRAW_COUNT) add(`/draw/${i}/count`, 'drawCount', { max: MAX_DRAW_COUNT });
  });
}

/** The issues of one question of the quiz, with pointers relative to the question again (for its editor). */
export function questionIssues(issues: readonly QuestionIssue[], index: number): QuestionIssue[] {
  const prefix = `/questions/${index}`;
  return issues.filter((issue) => issue.pointer === prefix || issue.pointer.startsWith(`${prefix}/`)).map((issue) => ({ ...issue, pointer: issue.pointer.slice(prefix.length) }));
}

/** An API pointer into the parcours document (`/parcours/modules/0/activities/2/questions/1/stem`) → relative to the activity. */
export function activityPointer(field: string): string | null {
  const match = /^\/parcours\/modules\/\d+\/activities\/\d+(\/.*)?$/.exec(field) ?? /^\/activity(\/.*)?$/.exec(field);
  return match ? (match[1] ?? '') : null;
}

/** A copy of a bank question for a quiz, under a key free in the parcours (`-2`, `-3`… when taken). */
export function copyWithFreeKey(question: QuestionDocument, taken: ReadonlySet<string>): QuestionDocument {
  // The editors never mutate a document (immutable updates), so the copy can share its lists with the bank's.
  if (!taken.has(question.key)) return question;
  for (let n = 2; ; n++) {
    const key = `${question.key.replace(/-\d+$/, '')}-${n}`;
    if (!taken.has(key)) return { ...question, key };
  }
}

/** Every question key of a parcours, except those of one activity. */
export function questionKeysOutside(
  modules: readonly { activities: readonly { key: string; type: string; questions?: readonly { key: string }[] }[] }[],
  activityKey: string,
): Set<string> {
  const keys = new Set<string>();
  for (const module of modules) {
    for (const activity of module.activities) {
      if (activity.key === activityKey || activity.type !== 'quiz') continue;
      for (const question of activity.questions ?? []) keys.add(question.key);
    }
  }
  return keys;
}
