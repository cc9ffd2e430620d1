import { signal } from '@angular/core';
import type { AuthoringParcoursResponse, ParcoursDocument } from '@culture-d/catalog/contracts';
import { problemCode, problemOf } from '@culture-d/shared/web';
import { type Observable, firstValueFrom } from 'rxjs';

/** How long the editor waits after the last keystroke before saving the draft. */
export const AUTOSAVE_DELAY_MS = 1500;

/** A field the client refuses to save, with the translation key of its message (`authoring.fields.<field>.*`). */
export interface FieldIssue {
  readonly field: string;
  readonly key: string;
}

/** A fault the API found in the document (`DOCUMENT_INVALID`): a JSON Pointer and a message for authors. */
export interface DocumentIssue {
  readonly path: string;
  readonly message: string;
}

export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: Date }
  /** Not sent: fields the client knows the API would refuse. */
  | { readonly kind: 'incomplete'; readonly fields: readonly FieldIssue[] }
  /** Refused by the API (400 DOCUMENT_INVALID, 409 SLUG_TAKEN…); the local change is kept and sent again at the next edit. */
  | { readonly kind: 'refused'; readonly code: string | null; readonly issues: readonly DocumentIssue[] }
  /** 409 STALE_REVISION: someone else saved a newer revision. Nothing is sent any more until the author reloads. */
  | { readonly kind: 'conflict' }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface DraftEditorPorts {
  save(revision: number, document: ParcoursDocument): Observable<AuthoringParcoursResponse>;
  load(): Observable<AuthoringParcoursResponse>;
}

export type ApplyResult = { readonly ok: true } | { readonly ok: false; readonly error?: unknown };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The checks the API would make on the editor's own fields, so that an incomplete form is not sent at every keystroke. */
export function fieldIssues(document: ParcoursDocument): FieldIssue[] {
  const p = document.parcours;
  const issues: FieldIssue[] = [];
  const required = (field: string, ok: boolean) => {
    if (!ok) issues.push({ field, key: `authoring.fields.${field}.required` });
  };
  required('title', p.title.trim() !== '');
  if (p.slug.trim() === '') required('slug', false);
  else if (!SLUG.test(p.slug)) issues.push({ field: 'slug', key: 'authoring.fields.slug.invalid' });
  required('summary', p.summary.trim() !== '');
  required('summaryEn', p.summaryEn.trim() !== '');
  required('audiences', p.audiences.length > 0);
  required('themes', p.themes.length > 0);
  p.modules.forEach((module, m) => {
    if (module.title.trim() === '') issues.push({ field: `module-${m}-title`, key: 'authoring.fields.moduleTitle.required' });
    module.activities.forEach((activity, a) => {
      if (activity.title.trim() === '') issues.push({ field: `activity-${m}-${a}-title`, key: 'authoring.fields.activityTitle.required' });
    });
  });
  return issues;
}

/**
 * The document as the API takes it: the editor keeps objectives as typed (blank lines included, so that the textarea
 * does not jump while the author types), and drops the blank ones when saving.
 */
export function cleaned(document: ParcoursDocument): ParcoursDocument {
  const lines = (values: readonly string[]) => values.map((v) => v.trim()).filter((v) => v !== '');
  return {
    ...document,
    parcours: {
      ...document.parcours,
      objectives: lines(document.parcours.objectives),
      modules: document.parcours.modules.map((m) => ({ ...m, objectives: lines(m.objectives) })),
    },
  };
}

/**
 * The state of one draft being edited: the local copy of the document, the revision it is based on, and its saving.
 *
 * Edits change the local copy and are saved ~1.5 s after the last one (or at once with `flush`, on blur), sending the
 * revision loaded. The API answers 409 when someone else saved meanwhile: the editor then stops saving — it never
 * overwrites another author's work — and keeps the local change on screen until the author reloads. Structure
 * changes (`apply`: add, delete, reorder…) go through their own routes after the pending edits are saved; every
 * request runs one after the other, so each one carries the revision the previous one produced.
 */
export class DraftEditor {
  /** The last state the API returned (revision, ids of modules and activities, status). */
  readonly draft = signal<AuthoringParcoursResponse | null>(null);
  /** The local copy the author edits. */
  readonly document = signal<ParcoursDocument | null>(null);
  readonly status = signal<SaveStatus>({ kind: 'idle' });

  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ports: DraftEditorPorts,
    private readonly clock: () => Date = () => new Date(),
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {}

  /** Starts from what the API returned; local changes, if any, are dropped. */
  load(response: AuthoringParcoursResponse): void {
    this.cancelTimer();
    this.draft.set(response);
    this.document.set(response.document);
    this.dirty = false;
    this.status.set({ kind: 'idle' });
  }

  /** After a conflict: the latest version from the API, replacing the local copy (whose change was not saved). */
  async reload(): Promise<void> {
    this.load(await firstValueFrom(this.ports.load()));
  }

  /** Changes the local copy and schedules a save. After a conflict the change stays local. */
  edit(change: (document: ParcoursDocument) => ParcoursDocument): void {
    const current = this.document();
    if (!current) return;
    this.document.set(change(current));
    this.dirty = true;
    if (this.status().kind === 'conflict') return;
    this.status.set({ kind: 'pending' });
    this.cancelTimer();
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves the pending edits now (on blur, before leaving); true when nothing is left unsaved. */
  flush(): Promise<boolean> {
    this.cancelTimer();
    return this.enqueue(() => this.saveNow());
  }

  /**
   * A structure change through its own route, with the current revision, once the pending edits are saved. Its answer
   * (the whole draft) becomes the local copy. 409 turns the editor into the conflict state; other failures are returned.
   */
  apply(request: (revision: number) => Observable<AuthoringParcoursResponse>): Promise<ApplyResult> {
    this.cancelTimer();
    return this.enqueue(async (): Promise<ApplyResult> => {
      if (!(await this.saveNow())) return { ok: false };
      const draft = this.draft();
      if (!draft) return { ok: false };
      try {
        const response = await firstValueFrom(request(draft.revision));
        this.draft.set(response);
        this.document.set(response.document);
        this.status.set({ kind: 'saved', at: this.clock() });
        return { ok: true };
      } catch (error) {
        if (problemCode(error) === 'STALE_REVISION') {
          this.status.set({ kind: 'conflict' });
          return { ok: false };
        }
        return { ok: false, error };
      }
    });
  }

  /** True when the local copy holds a change the API does not have. */
  hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async saveNow(): Promise<boolean> {
    if (this.status().kind === 'conflict') return false;
    const snapshot = this.document();
    const draft = this.draft();
    if (!this.dirty || !snapshot || !draft) return true;
    const incomplete = fieldIssues(snapshot);
    if (incomplete.length > 0) {
      this.status.set({ kind: 'incomplete', fields: incomplete });
      return false;
    }
    this.status.set({ kind: 'saving' });
    try {
      const response = await firstValueFrom(this.ports.save(draft.revision, cleaned(snapshot)));
      // Keep the local copy (the author may have typed meanwhile): only the revision and ids come from the answer.
      this.draft.set(response);
      this.dirty = this.document() !== snapshot;
      this.status.set(this.dirty ? { kind: 'pending' } : { kind: 'saved', at: this.clock() });
      if (this.dirty) this.timer = setTimeout(() => void this.flush(), this.delayMs);
      return !this.dirty;
    } catch (error) {
      const code = problemCode(error);
      if (code === 'STALE_REVISION') this.status.set({ kind: 'conflict' });
      else if (code) this.status.set({ kind: 'refused', code, issues: issuesOf(error) });
      else this.status.set({ kind: 'failed', error });
      return false;
    }
  }
}

/** The `errors[]` of a problem, as JSON Pointers (DOCUMENT_INVALID) or field names. */
export function issuesOf(error: unknown): DocumentIssue[] {
  return (problemOf(error)?.errors ?? []).map((e) => ({ path: e.field, message: e.message }));
}
