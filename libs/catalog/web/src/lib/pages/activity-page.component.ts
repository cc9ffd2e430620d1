import { ChangeDetectionStrategy, Component, DOCUMENT, DestroyRef, ElementRef, afterNextRender, computed, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { ActivityResponse, ParcoursOutlineResponse } from '@culture-d/catalog/contracts';
import { AuthStore } from '@culture-d/identity/web';
import type { ParcoursProgressResponse } from '@culture-d/progress/contracts';
import { ProgressApi, type ProgressMessage, progressProblemMessage, progressUrl } from '@culture-d/progress/web';
import { QuizPlayerComponent } from '@culture-d/quiz/web';
import { type BreadcrumbItem, BreadcrumbComponent, IconComponent } from '@culture-d/shared/ui';
import { apiResource, LanguageService, TranslatePipe, TranslateService } from '@culture-d/shared/web';
import { LessonBlocksComponent } from '../blocks/lesson-blocks.component';
import { ACTIVITY_ICONS } from '../util/activity-types';
import { durationPhrase, nameFromSlug } from '../util/format';
import { failureKind } from '../util/load-state';
import { PageTitle } from '../util/page-title';
import { READABLE_SELECTOR, browserStorage, currentIndex, forgetPosition, readPosition, savePosition } from '../util/reading-position';

/** Scroll events come in bursts: the position is written once the reader pauses. */
const SAVE_DELAY_MS = 250;

export interface StepLink {
  readonly id: string;
  readonly title: string;
  readonly type: 'lesson' | 'quiz' | 'workshop';
}

/** The steps before and after `activityId` in the parcours' order (modules in order, then their steps). */
export function neighbours(outline: ParcoursOutlineResponse, activityId: string): { previous?: StepLink; next?: StepLink } {
  const steps = outline.modules.flatMap((module) => module.activities.map(({ id, title, type }) => ({ id, title, type })));
  const index = steps.findIndex((step) => step.id === activityId);
  if (index < 0) return {};
  return { previous: steps[index - 1], next: steps[index + 1] };
}

/**
 * `/parcours/:slug/etapes/:activityId`: one step. A lesson shows its blocks and, for a signed-in learner, "J'ai
 * terminé"; a quiz says how it works and runs the quiz player; a workshop step gives its instructions. Previous and
 * next steps follow the parcours' order. A step of a locked module says which modules to complete first.
 */
@Component({
  selector: 'cd-activity-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent, IconComponent, LessonBlocksComponent, QuizPlayerComponent],
  templateUrl: './activity-page.component.html',
  styleUrl: './activity-page.component.scss',
})
export class ActivityPageComponent {
  /** Route params, bound by the router. */
  readonly slug = input.required<string>();
  readonly activityId = input.required<string>();

  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  protected readonly icons = ACTIVITY_ICONS;
  protected readonly durationPhrase = durationPhrase;
  protected readonly nameFromSlug = nameFromSlug;

  protected readonly activity = apiResource<ActivityResponse>(() => `/api/activities/${encodeURIComponent(this.activityId())}`);
  protected readonly outline = apiResource<ParcoursOutlineResponse>(() => `/api/parcours/${encodeURIComponent(this.slug())}`);
  protected readonly failure = computed(() => (this.activity.error() ? failureKind(this.activity.error()) : null));

  protected readonly auth = inject(AuthStore);
  private readonly progressApi = inject(ProgressApi);
  private readonly router = inject(Router);
  /** The learner's progress in this parcours (404 `NOT_ENROLLED` before they start: nothing to show then). */
  protected readonly progress = apiResource<ParcoursProgressResponse>(() => (this.auth.signedIn() ? progressUrl(this.slug()) : undefined));
  /** This step's module in the learner's progress: its status, and what is missing when it is locked. */
  protected readonly moduleState = computed(() => {
    if (!this.progress.hasValue()) return null;
    return this.progress.value().modules.find((module) => module.activities.some((activity) => activity.id === this.activityId())) ?? null;
  });
  protected readonly completed = computed(
    () => this.moduleState()?.activities.find((activity) => activity.id === this.activityId())?.status === 'completed' || this.justCompleted(),
  );
  private readonly justCompleted = signal(false);
  protected readonly completing = signal(false);
  protected readonly notice = signal<ProgressMessage | null>(null);
  protected readonly returnUrl = computed(() => this.router.url);
  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));
  protected readonly steps = computed(() => (this.outline.hasValue() ? neighbours(this.outline.value(), this.activityId()) : {}));

  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly document = inject(DOCUMENT);
  private readonly storage = browserStorage(this.document.defaultView);
  /** Where the reader stopped last time in this lesson, offered (never applied unasked) until used; null: nothing. */
  protected readonly savedPosition = signal<number | null>(null);
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  protected readonly breadcrumb = computed((): BreadcrumbItem[] => {
    this.language.current();
    const t = (key: string) => this.translate.instant(key) as string;
    const items: BreadcrumbItem[] = [
      { label: t('breadcrumb.home'), link: '/' },
      { label: t('catalog.list.title'), link: '/parcours' },
    ];
    if (!this.activity.hasValue()) return [...items, { label: t('catalog.activity.notFoundTitle') }];
    const activity = this.activity.value();
    const parcoursLink = `/parcours/${activity.parcours.slug}`;
    return [
      ...items,
      { label: activity.parcours.title, link: parcoursLink },
      { label: activity.module.title, link: parcoursLink, fragment: `module-${activity.module.key}` },
      { label: activity.title },
    ];
  });

  constructor() {
    void this.auth.load();
    const title = inject(PageTitle);
    // Another step: its own completion state and messages.
    effect(() => {
      const activityId = this.activityId();
      this.justCompleted.set(false);
      this.notice.set(null);
      clearTimeout(this.saveTimer);
      this.savedPosition.set(readPosition(this.storage, activityId));
    });
    // Outside change detection: a scroll changes nothing on screen, it only moves the remembered position.
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const view = this.document.defaultView;
      if (!view) return;
      const onScroll = () => {
        clearTimeout(this.saveTimer);
        this.saveTimer = setTimeout(() => this.recordPosition(), SAVE_DELAY_MS);
      };
      view.addEventListener('scroll', onScroll, { passive: true });
      destroyRef.onDestroy(() => {
        clearTimeout(this.saveTimer);
        view.removeEventListener('scroll', onScroll);
      });
    });
    effect(() => {
      this.language.current();
      if (this.activity.hasValue()) title.set(this.activity.value().title);
    });
  }

  /** "J'ai terminé": records the lesson as completed (enrolling the learner if needed) and says what it completed. */
  protected complete(): void {
    if (this.completing()) return;
    this.completing.set(true);
    this.notice.set(null);
    this.progressApi.complete(this.activityId()).subscribe({
      next: (result) => {
        this.completing.set(false);
        this.justCompleted.set(true);
        // A finished lesson has no place to come back to.
        clearTimeout(this.saveTimer);
        forgetPosition(this.storage, this.activityId());
        this.savedPosition.set(null);
        const key = result.parcoursCompleted ? 'progress.lesson.completedParcours' : result.moduleCompleted ? 'progress.lesson.completedModule' : 'progress.lesson.completed';
        this.notice.set({ key });
        this.progress.reload();
      },
      error: (error: unknown) => {
        this.completing.set(false);
        this.notice.set(progressProblemMessage(error));
      },
    });
  }

  /** "Reprendre la lecture": scrolls to the remembered heading or paragraph and moves the focus there. */
  protected resumeReading(): void {
    const index = this.savedPosition();
    const elements = this.readableElements();
    this.savedPosition.set(null);
    if (index === null || elements.length === 0) return;
    // The lesson may have been shortened since: then its last paragraph.
    const target = elements[Math.min(index, elements.length - 1)];
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  /** The headings and paragraphs of the lesson, in reading order (none for a quiz or a workshop step). */
  private readableElements(): HTMLElement[] {
    const blocks = this.host.querySelector('cd-lesson-blocks');
    return blocks ? Array.from(blocks.querySelectorAll<HTMLElement>(READABLE_SELECTOR)) : [];
  }

  /** Remembers the first heading or paragraph on screen, for lessons not finished yet (finished: forgotten). */
  private recordPosition(): void {
    if (!this.activity.hasValue() || this.activity.value().type !== 'lesson' || this.completed()) return;
    const elements = this.readableElements();
    if (elements.length === 0) return;
    const index = currentIndex(elements.map((element) => element.getBoundingClientRect().bottom));
    // The lesson opens at the top (the router scrolls there): no reading yet, so the place on offer stays remembered.
    if (index === 0 && this.savedPosition() !== null) return;
    savePosition(this.storage, this.activityId(), index);
  }

  /** After a quiz is submitted: a pass may complete the step, the module, and unlock the next. */
  protected quizSubmitted(): void {
    this.progress.reload();
  }
}
