import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ParcoursAnalyticsResponse } from '@culture-d/analytics/contracts';
import type { AuthoringParcoursSummary, ParcoursOutlineResponse } from '@culture-d/catalog/contracts';
import { AUDIENCES } from '@culture-d/shared/contracts';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { apiResource, LanguageService, TranslatePipe, TranslateService } from '@culture-d/shared/web';
import { type NamedStep, decimal, percent, periodQuery } from '../util/funnel-chart';
import { ANALYTICS_STYLES } from './analytics.styles';
import { FunnelChartComponent } from './funnel-chart.component';
import { QuizStatsComponent } from './quiz-stats.component';

interface Filters {
  readonly parcours: string;
  readonly audience: string;
  readonly from: string;
  readonly to: string;
}

/**
 * `/statistiques`: does a parcours work? Choose a published parcours, an audience and a period; see the completion
 * funnel (chart and table), the median time to complete and where learners stop, then each quiz's questions.
 */
@Component({
  selector: 'cd-parcours-stats-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent, FunnelChartComponent, QuizStatsComponent],
  encapsulation: ViewEncapsulation.None,
  styles: ANALYTICS_STYLES,
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[
          { label: 'breadcrumb.home' | translate, link: '/' },
          { label: 'identity.tools.title' | translate, link: '/outils' },
          { label: 'analytics.parcours.title' | translate },
        ]"
      />
      <h1>{{ 'analytics.parcours.title' | translate }}</h1>
      <p>
        {{ 'analytics.parcours.intro' | translate }}
        <a routerLink="/statistiques/ateliers">{{ 'analytics.parcours.toWorkshops' | translate }}</a>
      </p>
      @if (list.hasValue()) {
        @if (published().length === 0) {
          <p>{{ 'analytics.parcours.noneYet' | translate }}</p>
        } @else {
          <form class="cd-stats__filters" (submit)="apply($event, parcours.value, audience.value, from.value, to.value)">
            <div class="cd-field">
              <label class="cd-field__label" for="stats-parcours">{{ 'analytics.filters.parcours' | translate }}</label>
              <select #parcours id="stats-parcours" class="cd-input" name="parcours">
                @for (p of published(); track p.id) {
                  <option [value]="p.slug" [selected]="p.slug === selected()" lang="fr">{{ p.title }}</option>
                }
              </select>
            </div>
            <div class="cd-field">
              <label class="cd-field__label" for="stats-audience">{{ 'analytics.filters.audience' | translate }}</label>
              <select #audience id="stats-audience" class="cd-input" name="audience">
                <option value="">{{ 'analytics.filters.allAudiences' | translate }}</option>
                @for (a of audiences; track a) {
                  <option [value]="a" [selected]="a === filters().audience">{{ 'catalog.audiences.' + a | translate }}</option>
                }
              </select>
            </div>
            <div class="cd-field">
              <label class="cd-field__label" for="stats-from">{{ 'analytics.filters.from' | translate }}</label>
              <input #from id="stats-from" class="cd-input" type="date" name="from" [value]="filters().from" />
            </div>
            <div class="cd-field">
              <label class="cd-field__label" for="stats-to">{{ 'analytics.filters.to' | translate }}</label>
              <input #to id="stats-to" class="cd-input" type="date" name="to" [value]="filters().to" />
            </div>
            <button type="submit" class="cd-btn">{{ 'analytics.filters.apply' | translate }}</button>
          </form>
        }
      } @else if (list.error()) {
        <p role="alert">{{ 'analytics.loadFailed' | translate }}</p>
        <button type="button" class="cd-btn" (click)="list.reload()">{{ 'analytics.retry' | translate }}</button>
      }

      @if (stats.hasValue()) {
        <h2 lang="fr">{{ stats.value().parcours.title }}</h2>
        <ul class="cd-stats__figures" role="list">
          <li>
            <span class="cd-stats__figure">{{ stats.value().enrolled }}</span>
            {{ 'analytics.parcours.enrolled' | translate }}
          </li>
          <li>
            <span class="cd-stats__figure">{{ stats.value().completed }}</span>
            {{ 'analytics.parcours.completed' | translate }}
          </li>
          <li>
            <span class="cd-stats__figure">{{ pct(stats.value().completionRate) }}</span>
            {{ 'analytics.parcours.completionRate' | translate }}
          </li>
          <li>
            <span class="cd-stats__figure">{{ days(stats.value().medianDaysToComplete) }}</span>
            {{ 'analytics.parcours.medianDays' | translate }}
          </li>
        </ul>
        @if (stats.value().enrolled === 0) {
          <p>{{ 'analytics.parcours.nobody' | translate }}</p>
        } @else {
          <cd-funnel-chart [steps]="steps()" [caption]="'analytics.funnel.caption' | translate" [language]="language.current()" />
          <h3>{{ 'analytics.parcours.dropOffTitle' | translate }}</h3>
          @if (dropOff(); as drop) {
            <p>{{ 'analytics.parcours.dropOff' | translate: drop }}</p>
          } @else {
            <p>{{ 'analytics.parcours.noDropOff' | translate }}</p>
          }
        }

        <h2>{{ 'analytics.quiz.title' | translate }}</h2>
        <details>
          <summary>{{ 'analytics.quiz.explainTitle' | translate }}</summary>
          <p>{{ 'analytics.quiz.explainFacility' | translate }}</p>
          <p>{{ 'analytics.quiz.explainDiscrimination' | translate }}</p>
        </details>
        @for (quiz of quizzes(); track quiz.id) {
          <cd-quiz-stats [activityId]="quiz.id" [title]="quiz.title" [language]="language.current()" />
        } @empty {
          <p>{{ 'analytics.quiz.none' | translate }}</p>
        }
      } @else if (stats.error()) {
        <p role="alert">{{ 'analytics.loadFailed' | translate }}</p>
        <button type="button" class="cd-btn" (click)="stats.reload()">{{ 'analytics.retry' | translate }}</button>
      } @else if (selected() || !list.hasValue()) {
        <p role="status">{{ 'analytics.loading' | translate }}</p>
      }
    </div>
  `,
})
export class ParcoursStatsPageComponent {
  protected readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  protected readonly audiences = AUDIENCES;

  protected readonly list = apiResource<AuthoringParcoursSummary[]>(() => '/api/authoring/parcours');
  protected readonly published = computed(() => (this.list.hasValue() ? this.list.value().filter((p) => p.currentVersion !== null) : []));
  protected readonly filters = signal<Filters>({ parcours: '', audience: '', from: '', to: '' });
  /** The chosen parcours, or the first published one until the person chooses. */
  protected readonly selected = computed(() => this.filters().parcours || this.published()[0]?.slug || '');

  protected readonly stats = apiResource<ParcoursAnalyticsResponse>(() =>
    this.selected() ? `/api/analytics/parcours/${encodeURIComponent(this.selected())}${periodQuery(this.filters())}` : undefined,
  );
  protected readonly outline = apiResource<ParcoursOutlineResponse>(() => (this.selected() ? `/api/parcours/${encodeURIComponent(this.selected())}` : undefined));

  protected readonly steps = computed<NamedStep[]>(() => {
    if (!this.stats.hasValue()) return [];
    this.language.current();
    return this.stats.value().funnel.map((s) => ({ ...s, label: this.stepLabel(s.step, s.title) }));
  });
  protected readonly dropOff = computed(() => {
    const drop = this.stats.hasValue() ? this.stats.value().dropOff : null;
    this.language.current();
    return drop ? { step: this.stepLabel(drop.step, drop.title), lost: drop.lost } : null;
  });
  protected readonly quizzes = computed(() => (this.outline.hasValue() ? this.outline.value().modules.flatMap((m) => m.activities.filter((a) => a.type === 'quiz')) : []));

  protected apply(event: Event, parcours: string, audience: string, from: string, to: string): void {
    event.preventDefault();
    this.filters.set({ parcours, audience, from, to });
  }

  protected pct(rate: number): string {
    return percent(rate, this.language.current());
  }

  protected days(value: number | null): string {
    return value === null ? '–' : (this.translate.instant('analytics.parcours.days', { days: decimal(value, this.language.current(), 1) }) as string);
  }

  private stepLabel(step: string, title: string | null): string {
    if (step === 'enrolled' || step === 'completed') return this.translate.instant(`analytics.funnel.${step}`) as string;
    return title ?? step;
  }
}
