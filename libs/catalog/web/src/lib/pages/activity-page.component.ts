import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ActivityResponse, ParcoursOutlineResponse } from '@culture-d/catalog/contracts';
import { type BreadcrumbItem, BreadcrumbComponent, IconComponent } from '@culture-d/shared/ui';
import { LanguageService } from '@culture-d/shared/web';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LessonBlocksComponent } from '../blocks/lesson-blocks.component';
import { ACTIVITY_ICONS } from '../util/activity-types';
import { durationPhrase, nameFromSlug } from '../util/format';
import { failureKind } from '../util/load-state';
import { PageTitle } from '../util/page-title';

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
 * `/parcours/:slug/etapes/:activityId`: one step. A lesson shows its blocks; a quiz says how it will work (the quiz
 * player comes next); a workshop step gives its instructions. Previous and next steps follow the parcours' order.
 */
@Component({
  selector: 'cd-activity-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent, IconComponent, LessonBlocksComponent],
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

  protected readonly activity = httpResource<ActivityResponse>(() => `/api/activities/${encodeURIComponent(this.activityId())}`);
  protected readonly outline = httpResource<ParcoursOutlineResponse>(() => `/api/parcours/${encodeURIComponent(this.slug())}`);
  protected readonly failure = computed(() => (this.activity.error() ? failureKind(this.activity.error()) : null));
  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));
  protected readonly steps = computed(() => (this.outline.hasValue() ? neighbours(this.outline.value(), this.activityId()) : {}));

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
    const title = inject(PageTitle);
    effect(() => {
      this.language.current();
      if (this.activity.hasValue()) title.set(this.activity.value().title);
    });
  }
}
