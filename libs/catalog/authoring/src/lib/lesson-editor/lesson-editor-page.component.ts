import { CdkDrag, type CdkDragDrop, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, afterNextRender, computed, effect, inject, input, signal, untracked } from '@angular/core';
import type { BlockType } from '@culture-d/catalog/contracts';
import { LessonBlocksComponent } from '@culture-d/catalog/web';
import { type BreadcrumbItem, BreadcrumbComponent, IconComponent } from '@culture-d/shared/ui';
import { ErrorSummaryComponent, type FormProblem, LanguageService, TranslatePipe, TranslateService } from '@culture-d/shared/web';
import { BlockFieldsComponent } from './block-fields.component';
import { EDITOR_BLOCK_TYPES, type FieldIssue, firstField } from './block-form';
import { LessonEditorStore } from './lesson-editor.store';
import { previewBlocks } from './preview';

/**
 * `/auteur/parcours/:id/lecons/:activityId`: a lesson of a draft — its title, minutes and blocks of every type, with
 * the preview a learner would see (beside the form from 1024 px, behind an "Aperçu" toggle below). Blocks are added,
 * edited, removed and reordered by drag and drop or by the "Monter" / "Descendre" buttons (the focus stays on the
 * moved block's button, the new place is announced). Changes save themselves (LessonEditorStore).
 */
@Component({
  selector: 'cd-lesson-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, BreadcrumbComponent, IconComponent, ErrorSummaryComponent, LessonBlocksComponent, BlockFieldsComponent, CdkDropList, CdkDrag, CdkDragHandle],
  providers: [LessonEditorStore],
  host: { '(window:beforeunload)': 'beforeUnload($event)' },
  templateUrl: './lesson-editor-page.component.html',
  styleUrl: './lesson-editor-page.component.scss',
})
export class LessonEditorPageComponent {
  /** Route params, bound by the router. */
  readonly id = input.required<string>();
  readonly activityId = input.required<string>();

  protected readonly store = inject(LessonEditorStore);
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly language = inject(LanguageService);

  protected readonly blockTypes = EDITOR_BLOCK_TYPES;
  protected readonly form = this.store.form;
  protected readonly addType = signal<BlockType>('markdown');
  protected readonly previewOpen = signal(false);
  /** Fields left once: their problems show. */
  protected readonly touched = signal<ReadonlySet<string>>(new Set());
  /** After "Enregistrer" with problems: every problem shows, and the summary lists them. */
  protected readonly showAll = signal(false);
  protected readonly summary = signal<FormProblem | null>(null);
  /** Moves and removals, said in a polite live region. */
  protected readonly announcement = signal<{ key: string; params?: Record<string, unknown> } | null>(null);

  /** The lesson is written in French: in the English interface, its preview says so (screen readers read it in French). */
  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));
  protected readonly preview = computed(() => previewBlocks(this.form().blocks.map((b) => b.block)));
  protected readonly issueOf = computed(() => new Map(this.store.issues().map((issue) => [issue.field, issue])));

  protected readonly crumbs = computed<BreadcrumbItem[]>(() => {
    const t = (key: string) => this.translate.instant(key) as string;
    const parcours = this.store.parcours();
    return [
      { label: t('breadcrumb.home'), link: '/' },
      { label: t('identity.tools.title'), link: '/outils' },
      { label: t('lessonEditor.breadcrumbParcours'), link: '/auteur' },
      { label: parcours?.title ?? t('lessonEditor.breadcrumbDraft'), link: `/auteur/parcours/${this.id()}` },
      { label: t('lessonEditor.title') },
    ];
  });

  constructor() {
    effect(() => {
      const [parcoursId, activityId] = [this.id(), this.activityId()];
      untracked(() => this.store.open(parcoursId, activityId));
    });
    // The API refused fields: show their problems at once, they were not visible on the page.
    effect(() => {
      if (this.store.status().kind === 'refused') untracked(() => this.showAll.set(true));
    });
    // Once every listed problem is fixed, the summary goes (each field's own message went already).
    effect(() => {
      if (this.store.blocking().length === 0) untracked(() => this.summary.set(null));
    });
  }

  /** Closing the tab or reloading with changes not saved yet (to complete, failed, refused, in conflict): the browser asks first. */
  protected beforeUnload(event: BeforeUnloadEvent): void {
    const kind = this.store.status().kind;
    if (kind === 'pending' || kind === 'saving') this.store.saveNow();
    if (this.store.unsaved()) event.preventDefault();
  }

  protected issue(field: string): FieldIssue | undefined {
    const issue = this.issueOf().get(field);
    return issue && (this.showAll() || this.touched().has(field)) ? issue : undefined;
  }

  protected leave(field: string): void {
    if (this.touched().has(field)) return;
    this.touched.update((fields) => new Set([...fields, field]));
  }

  protected typeLabel(type: string): string {
    return this.translate.instant(`lessonEditor.types.${type}`) as string;
  }

  protected addBlock(): void {
    const type = this.addType();
    const uid = this.store.addBlock(type);
    const added = this.form().blocks.find((b) => b.uid === uid);
    this.announcement.set({ key: 'lessonEditor.announce.added', params: { type: this.typeLabel(type), position: this.form().blocks.length } });
    if (added) this.focusAfterRender(`le-b${uid}-${firstField(added.block)}`);
  }

  protected move(index: number, by: -1 | 1, button: 'up' | 'down'): void {
    const blocks = this.form().blocks;
    const to = index + by;
    if (to < 0 || to >= blocks.length) return;
    const uid = blocks[index].uid;
    this.store.moveBlock(index, to);
    this.announce(to, blocks.length);
    // At the top (or the bottom) the pressed button does nothing more: the focus goes to the other one.
    const next = to === 0 ? 'down' : to === blocks.length - 1 ? 'up' : button;
    this.focusAfterRender(`le-b${uid}-${next}`);
  }

  protected dropped(event: CdkDragDrop<unknown>): void {
    if (event.previousIndex === event.currentIndex) return;
    this.store.moveBlock(event.previousIndex, event.currentIndex);
    this.announce(event.currentIndex, this.form().blocks.length);
  }

  protected remove(index: number): void {
    const blocks = this.form().blocks;
    const removed = blocks[index];
    this.store.removeBlock(removed.uid);
    this.announcement.set({ key: 'lessonEditor.announce.removed', params: { type: this.typeLabel(removed.block.type), position: index + 1 } });
    const next = blocks[index + 1] ?? blocks[index - 1];
    this.focusAfterRender(next ? `le-b${next.uid}-heading` : 'le-add-type');
  }

  protected saveNow(event: Event): void {
    event.preventDefault();
    const blocking = this.store.blocking();
    this.showAll.set(blocking.length > 0);
    this.summary.set(
      blocking.length > 0
        ? {
            fields: blocking.map((issue) => ({
              field: issue.field,
              key: 'lessonEditor.summaryItem',
              params: { where: this.where(issue.field), problem: this.translate.instant(issue.key, issue.params) as string },
            })),
          }
        : null,
    );
    this.store.saveNow();
  }

  /** "Titre de la leçon", "Bloc 3 (Image), Texte alternatif": where a problem is, for the error summary. */
  private where(field: string): string {
    const match = /^b(\d+)-(.+)$/.exec(field);
    if (!match) return this.translate.instant(`lessonEditor.fields.lesson.${field}`) as string;
    const index = this.form().blocks.findIndex((b) => b.uid === Number(match[1]));
    const block = this.form().blocks[index];
    return this.translate.instant('lessonEditor.summaryWhere', {
      position: index + 1,
      type: block ? this.typeLabel(block.block.type) : '',
      field: this.translate.instant(`lessonEditor.fields.${match[2]}`) as string,
    }) as string;
  }

  protected reload(): void {
    this.touched.set(new Set());
    this.showAll.set(false);
    this.summary.set(null);
    this.store.reload();
  }

  protected chooseType(event: Event): void {
    this.addType.set((event.target as HTMLSelectElement).value as BlockType);
  }

  protected savedAt(date: Date): string {
    return date.toLocaleTimeString(this.translate.currentLang() === 'en' ? 'en-GB' : 'fr-FR', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  private announce(to: number, count: number): void {
    this.announcement.set({ key: 'lessonEditor.announce.moved', params: { position: to + 1, count } });
  }

  private focusAfterRender(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
