import { ChangeDetectionStrategy, Component, DOCUMENT, computed, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { ParcoursOutlineResponse } from '@culture-d/catalog/contracts';
import { AuthStore } from '@culture-d/identity/web';
import type { ActivityProgressResponse, ModuleProgressResponse, ParcoursProgressResponse } from '@culture-d/progress/contracts';
import { ProgressApi, ProgressBarComponent, type ProgressMessage, isNotEnrolled, progressProblemMessage, progressUrl } from '@culture-d/progress/web';
import { BreadcrumbComponent, IconComponent } from '@culture-d/shared/ui';
import { apiResource, LanguageService, TranslatePipe } from '@culture-d/shared/web';
import { ACTIVITY_ICONS } from '../util/activity-types';
import { durationPhrase } from '../util/format';
import { failureKind } from '../util/load-state';
import { PageTitle } from '../util/page-title';
import { ParcoursFactsComponent } from './parcours-facts.component';

/**
 * `/parcours/:slug`: what a parcours is about and its map: the modules in order, what to do before each, and their
 * steps. A signed-in learner also sees their progress (one more request, `GET /api/me/parcours/:slug/progress`):
 * "Commencer ce parcours" or "Reprendre" at the next step, each module's status with why it is locked, "Déjà
 * maîtrisé" from the positioning quiz, and each step's status.
 */
@Component({
  selector: 'cd-parcours-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent, IconComponent, ParcoursFactsComponent, ProgressBarComponent],
  templateUrl: './parcours-page.component.html',
  styleUrl: './parcours-page.component.scss',
})
export class ParcoursPageComponent {
  /** Route param, bound by the router. */
  readonly slug = input.required<string>();

  private readonly language = inject(LanguageService);
  protected readonly icons = ACTIVITY_ICONS;
  protected readonly durationPhrase = durationPhrase;

  protected readonly auth = inject(AuthStore);
  private readonly progressApi = inject(ProgressApi);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  protected readonly outline = apiResource<ParcoursOutlineResponse>(() => `/api/parcours/${encodeURIComponent(this.slug())}`);
  /** The learner's progress; 404 `NOT_ENROLLED` until they start. Visitors do not ask. */
  protected readonly progress = apiResource<ParcoursProgressResponse>(() => (this.auth.signedIn() ? progressUrl(this.slug()) : undefined));
  protected readonly notEnrolled = computed(() => isNotEnrolled(this.progress.error()));
  protected readonly enrolling = signal(false);
  protected readonly notice = signal<ProgressMessage | null>(null);
  protected readonly returnUrl = computed(() => this.router.url);
  private readonly moduleProgress = computed(
    () => new Map<string, ModuleProgressResponse>((this.progress.hasValue() ? this.progress.value().modules : []).map((module) => [module.key, module])),
  );
  private readonly activityProgress = computed(
    () =>
      new Map<string, ActivityProgressResponse>(
        (this.progress.hasValue() ? this.progress.value().modules : []).flatMap((module) => module.activities.map((activity) => [activity.id, activity] as const)),
      ),
  );
  /** The module the positioning quiz suggests to start with, by title. */
  protected readonly recommendedStart = computed(() => {
    const key = this.progress.hasValue() ? this.progress.value().diagnostic?.recommendedStart : null;
    return key ? (this.moduleTitles().get(key) ?? null) : null;
  });
  protected readonly failure = computed(() => (this.outline.error() ? failureKind(this.outline.error()) : null));
  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));
  protected readonly summary = computed(() => {
    if (!this.outline.hasValue()) return '';
    const parcours = this.outline.value();
    return this.language.current() === 'en' && parcours.summaryEn ? parcours.summaryEn : parcours.summary;
  });
  /** Module titles by key, to name prerequisites. */
  private readonly moduleTitles = computed(() => new Map((this.outline.hasValue() ? this.outline.value().modules : []).map((module) => [module.key, module.title])));

  constructor() {
    void this.auth.load();
    const title = inject(PageTitle);
    effect(() => {
      this.language.current();
      if (this.outline.hasValue()) title.set(this.outline.value().title);
    });
  }

  protected moduleStatus(key: string): ModuleProgressResponse | undefined {
    return this.moduleProgress().get(key);
  }

  protected activityStatus(id: string): ActivityProgressResponse | undefined {
    return this.activityProgress().get(id);
  }

  protected enrol(): void {
    if (this.enrolling()) return;
    this.enrolling.set(true);
    this.notice.set(null);
    this.progressApi.enrol(this.slug()).subscribe({
      next: () => {
        this.enrolling.set(false);
        this.notice.set({ key: 'progress.parcours.enrolled' });
        this.progress.reload();
      },
      error: (error: unknown) => {
        this.enrolling.set(false);
        this.notice.set(progressProblemMessage(error));
      },
    });
  }

  /** A link to a missing module moves the focus there (the module is focusable), not only the scroll. */
  protected goToModule(event: Event, key: string): void {
    const target = this.document.getElementById(`module-${key}`);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  protected prerequisiteTitles(keys: readonly string[]): string[] {
    return keys.map((key) => this.moduleTitles().get(key) ?? key);
  }
}
