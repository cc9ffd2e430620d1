import type { FieldError, FormProblem } from '@culture-d/shared/web';
import { problemMessage, problemOf } from '@culture-d/shared/web';
import { type QuestionIssue, fieldOf } from './question-rules';

/** The form kit's problem for the error summary: one link per issue, to `#<prefix>-<field>`. */
export function toFormProblem(issues: readonly QuestionIssue[], prefix = ''): FormProblem {
  const seen = new Set<string>();
  const fields: FieldError[] = [];
  for (const issue of issues) {
    const field = prefix + fieldOf(issue.pointer);
    if (seen.has(field)) continue;
    seen.add(field);
    fields.push({ field, key: issue.key, ...(issue.params ? { params: issue.params } : {}) });
  }
  return { fields };
}

/**
 * A failed save: the API's `errors[].field` (JSON Pointers, 400 `QUESTION_INVALID` / `DOCUMENT_INVALID`) become
 * issues on those fields, read as "not accepted" (the API's English message is not shown); anything else becomes a
 * message for the form as a whole.
 */
export function withServerIssues(
  error: unknown,
  namespace: string,
  knownCodes: readonly string[],
  pointerOf: (field: string) => string | null = (f) => f,
): { issues: QuestionIssue[]; problem: FormProblem } {
  const problem = problemOf(error);
  const issues = (problem?.errors ?? [])
    .map((e) => pointerOf(e.field))
    .filter((pointer): pointer is string => pointer !== null && (pointer === '' || pointer.startsWith('/')))
    .map((pointer) => ({ pointer, key: 'quizEditor.rules.server' }));
  if (issues.length > 0) return { issues, problem: toFormProblem(issues) };
  return { issues: [], problem: { fields: [], message: problemMessage(error, namespace, knownCodes) } };
}

/** A short plain-text excerpt of Markdown, for lists: markup characters dropped, spaces collapsed. */
export function plainExcerpt(markdown: string, length: number): string {
  const text = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/** Offers a text as a file to save (an object URL on a temporary link, revoked right after). */
export function downloadText(document: Document, fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url));
}
