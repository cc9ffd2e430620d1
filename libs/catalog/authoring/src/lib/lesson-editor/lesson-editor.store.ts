import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { AuthoringParcoursResponse, BlockDocument, BlockType, LessonDocument } from '@culture-d/catalog/contracts';
import { problemOf, ApiClient, ApiError } from '@culture-d/shared/web';
import { moveItem } from '../util/reorder';
import { type EditorBlock, type FieldIssue, type LessonForm, activityPath, emptyBlock, fieldOfPointer, lessonIssues, toEditorBlock, toLessonDocument } from './block-form';

/** Changes are sent once typing pauses this long. */
export const AUTOSAVE_DELAY_MS = 1200;

export type LoadState = 'loading' | 'ready' | 'notFound' | 'notLesson' | 'failed';

/**
 * Where the draft stands, shown in a polite live region: nothing changed yet; changes waiting for the pause; being
 * saved; saved (at); not sent because fields need completing (the API would refuse them); refused by the API (400);
 * someone else saved meanwhile (409, reload offered, nothing overwritten); the request failed (retry offered).
 */
export type SaveStatus =
  | { readonly kind: 'idle' | 'pending' | 'saving' | 'conflict' | 'failed' }
  /** `elsewhere`: the API named a place outside this lesson (another step of the draft needs fixing first). */
  | { readonly kind: 'refused'; readonly elsewhere: boolean }
  | { readonly kind: 'saved'; readonly at: Date }
  | { readonly kind: 'invalid'; readonly count: number };

let nextUid = 1;

function withUid(block: BlockDocument): EditorBlock {
  return { uid: nextUid++, block };
}

/**
 * The state of one lesson being edited (one per page): the form, the draft's revision, and autosave. Every change goes
 * through `update`; a save sends the whole lesson with the revision it was loaded at, so a save never overwrites a
 * change someone else made meanwhile (409 STALE_REVISION stops autosave until the author reloads). One request at a
 * time: changes made while a save runs are sent after it.
 */
@Injectable()
export class LessonEditorStore {
  private readonly http = inject(ApiClient);

  readonly load = signal<LoadState>('loading');
  readonly parcours = signal<AuthoringParcoursResponse | null>(null);
  readonly form = signal<LessonForm>({ title: '', minutes: '0', blocks: [] });
  readonly status = signal<SaveStatus>({ kind: 'idle' });
  /** Fields the API refused at the last save (400 DOCUMENT_INVALID), until the next change. */
  readonly refused = signal<readonly FieldIssue[]>([]);

  private parcoursId = '';
  private activityId = '';
  private key = '';
  private revision = 0;
  /** Counts changes: a save of change n leaves later changes to be sent. */
  private edits = 0;
  private savedEdits = 0;
  private saving = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Dataset keys of the parcours' other lessons: a dataset key is unique in the whole parcours. */
  readonly otherDatasetKeys = computed(() => {
    const keys = new Set<string>();
    for (const module of this.parcours()?.document.parcours.modules ?? []) {
      for (const activity of module.activities) {
        if (activity.type !== 'lesson' || activity.key === this.key) continue;
        for (const block of activity.blocks) if (block.type === 'dataset') keys.add(block.key);
      }
    }
    return keys;
  });

  readonly issues = computed<FieldIssue[]>(() => [...lessonIssues(this.form(), this.otherDatasetKeys()), ...this.refused()]);
  readonly blocking = computed(() => this.issues().filter((issue) => issue.blocking));
  readonly unsaved = computed(() => ['pending', 'saving', 'invalid', 'refused', 'conflict', 'failed'].includes(this.status().kind));

  constructor() {
    // Leaving the page during the pause before a save: the save goes at once (the request outlives the page).
    inject(DestroyRef).onDestroy(() => {
      if (this.status().kind === 'pending') this.saveNow();
      clearTimeout(this.timer);
    });
  }

  open(parcoursId: string, activityId: string): void {
    this.parcoursId = parcoursId;
    this.activityId = activityId;
    this.load.set('loading');
    this.http.get<AuthoringParcoursResponse>(`/api/authoring/parcours/${encodeURIComponent(parcoursId)}`).subscribe({
      next: (parcours) => this.start(parcours),
      error: (error: unknown) => this.load.set(error instanceof ApiError && (error.status === 404 || error.status === 400) ? 'notFound' : 'failed'),
    });
  }

  /** Loads the saved draft again, leaving local changes (after a conflict: the author chose to see the other version). */
  reload(): void {
    clearTimeout(this.timer);
    this.open(this.parcoursId, this.activityId);
  }

  private start(parcours: AuthoringParcoursResponse): void {
    const key = Object.entries(parcours.ids.activities).find(([, id]) => id === this.activityId)?.[0];
    const lesson = parcours.document.parcours.modules.flatMap((m) => m.activities).find((a) => a.key === key);
    this.parcours.set(parcours);
    if (!key || !lesson) return this.load.set('notFound');
    if (lesson.type !== 'lesson') return this.load.set('notLesson');
    this.key = key;
    this.revision = parcours.revision;
    this.edits = this.savedEdits = 0;
    this.saving = false;
    this.form.set({ title: lesson.title, minutes: String(lesson.minutes), blocks: lesson.blocks.map((block) => withUid(toEditorBlock(block))) });
    this.refused.set([]);
    this.status.set({ kind: 'idle' });
    this.load.set('ready');
  }

  /** The lesson's key in the parcours document. */
  lessonKey(): string {
    return this.key;
  }

  update(change: (form: LessonForm) => LessonForm): void {
    if (this.status().kind === 'conflict') {
      // Autosave stays stopped until the author reloads: the local form may go on changing, nothing is sent.
      this.form.update(change);
      return;
    }
    this.form.update(change);
    this.edits++;
    this.refused.set([]);
    this.status.set({ kind: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.save(), AUTOSAVE_DELAY_MS);
  }

  setTitle(title: string): void {
    this.update((form) => ({ ...form, title }));
  }

  setMinutes(minutes: string): void {
    this.update((form) => ({ ...form, minutes }));
  }

  /** Adds a block at the end; returns its uid (the page moves the focus to its first field). */
  addBlock(type: BlockType): number {
    const taken = new Set([...this.otherDatasetKeys(), ...this.form().blocks.flatMap(({ block }) => (block.type === 'dataset' ? [block.key] : []))]);
    const added = withUid(emptyBlock(type, taken));
    this.update((form) => ({ ...form, blocks: [...form.blocks, added] }));
    return added.uid;
  }

  changeBlock(uid: number, block: BlockDocument): void {
    this.update((form) => ({ ...form, blocks: form.blocks.map((b) => (b.uid === uid ? { uid, block } : b)) }));
  }

  removeBlock(uid: number): void {
    this.update((form) => ({ ...form, blocks: form.blocks.filter((b) => b.uid !== uid) }));
  }

  moveBlock(from: number, to: number): void {
    if (from === to) return;
    this.update((form) => ({ ...form, blocks: moveItem(form.blocks, from, to) }));
  }

  /** Saves now (the "Enregistrer" button, "Réessayer"), without waiting for the pause. */
  saveNow(): void {
    clearTimeout(this.timer);
    this.save();
  }

  private save(): void {
    if (this.status().kind === 'conflict') return;
    if (this.saving || this.edits === this.savedEdits) return;
    const blocking = this.blocking().length;
    if (blocking > 0) {
      this.status.set({ kind: 'invalid', count: blocking });
      return;
    }
    const edits = this.edits;
    const activity: LessonDocument = toLessonDocument(this.key, this.form());
    this.saving = true;
    this.status.set({ kind: 'saving' });
    this.http.patch<AuthoringParcoursResponse>(`/api/authoring/activities/${encodeURIComponent(this.activityId)}`, { revision: this.revision, activity }).subscribe({
      next: (parcours) => {
        this.saving = false;
        this.revision = parcours.revision;
        this.savedEdits = edits;
        // Keep the form as typed: only the draft around the lesson (other lessons' dataset keys, the revision) is taken.
        this.parcours.set(parcours);
        if (this.edits !== edits) this.save();
        else this.status.set({ kind: 'saved', at: new Date() });
      },
      error: (error: unknown) => {
        this.saving = false;
        this.failed(error);
      },
    });
  }

  private failed(error: unknown): void {
    const problem = problemOf(error);
    if (problem?.code === 'STALE_REVISION') return this.status.set({ kind: 'conflict' });
    if (problem?.code === 'DOCUMENT_INVALID') {
      const lessonPath = activityPath(this.parcours()?.document.parcours.modules ?? [], this.key) ?? '';
      const fields = (problem.errors ?? []).map((e) => fieldOfPointer(e.field, lessonPath, this.form().blocks));
      const mapped = [...new Set(fields.filter((field): field is string => field !== null))];
      this.refused.set(mapped.map((field) => ({ field, key: 'lessonEditor.issues.refused', blocking: true })));
      return this.status.set({ kind: 'refused', elsewhere: mapped.length < fields.length || fields.length === 0 });
    }
    this.status.set({ kind: 'failed' });
  }
}
