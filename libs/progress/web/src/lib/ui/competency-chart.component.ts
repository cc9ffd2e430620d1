import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { MyCompetenciesResponse } from '@culture-d/progress/contracts';
import { LanguageService, TranslatePipe } from '@culture-d/shared/web';
import { formatPercent } from './format';

/**
 * The competency profile: a horizontal bar per competency, grouped by domain, each with its figure and level in
 * words (so that colour is never the only cue), and the same data as a table for those who prefer one. The bars
 * are drawn with CSS: no chart library, nothing to load.
 */
@Component({
  selector: 'cd-competency-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <figure class="cd-chart" aria-labelledby="competences-legende">
      <figcaption id="competences-legende" class="cd-chart__caption">{{ 'progress.competencies.caption' | translate }}</figcaption>
      @for (domain of domains(); track domain.code) {
        <h3 class="cd-chart__domain" [attr.lang]="contentLang()">{{ domain.title }}</h3>
        <ul class="cd-chart__bars">
          @for (competency of domain.competencies; track competency.code) {
            <li class="cd-chart__row">
              <span class="cd-chart__label" [attr.lang]="contentLang()">{{ competency.title }}</span>
              <span class="cd-chart__track" aria-hidden="true">
                <span class="cd-chart__fill" [class]="'cd-chart__fill--' + competency.level" [style.inline-size.%]="competency.percent ?? 0"></span>
              </span>
              <span class="cd-chart__value">
                {{ 'progress.competencies.value' | translate: { percent: competency.percentText, level: ('progress.competencies.levels.' + competency.level | translate) } }}
              </span>
            </li>
          }
        </ul>
      }
    </figure>
    @if (notAssessed() > 0) {
      <p class="cd-chart__rest">{{ (notAssessed() === 1 ? 'progress.competencies.restOne' : 'progress.competencies.rest') | translate: { count: notAssessed() } }}</p>
    }
    <details class="cd-chart__table">
      <summary>{{ 'progress.competencies.tableToggle' | translate }}</summary>
      <div class="cd-chart__scroll">
        <table>
          <caption>
            {{
              'progress.competencies.caption' | translate
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'progress.competencies.columns.domain' | translate }}</th>
              <th scope="col">{{ 'progress.competencies.columns.competency' | translate }}</th>
              <th scope="col">{{ 'progress.competencies.columns.percent' | translate }}</th>
              <th scope="col">{{ 'progress.competencies.columns.level' | translate }}</th>
              <th scope="col">{{ 'progress.competencies.columns.evidence' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (domain of domains(); track domain.code) {
              @for (competency of domain.competencies; track competency.code) {
                <tr>
                  <td [attr.lang]="contentLang()">{{ domain.title }}</td>
                  <th scope="row" [attr.lang]="contentLang()">{{ competency.title }}</th>
                  <td class="cd-chart__number">{{ competency.percentText }} %</td>
                  <td>{{ 'progress.competencies.levels.' + competency.level | translate }}</td>
                  <td class="cd-chart__number">{{ competency.evidence }}</td>
                </tr>
              }
            }
          </tbody>
        </table>
      </div>
    </details>
  `,
  styles: `
    .cd-chart {
      margin: 0;
    }
    .cd-chart__caption {
      margin-block-end: 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .cd-chart__domain {
      margin-block: 1.25rem 0.5rem;
      font-size: 1.125rem;
    }
    .cd-chart__bars {
      display: flex;
      flex-direction: column;
      gap: 0.625rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .cd-chart__row {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.25rem;
      @media (min-width: 48rem) {
        grid-template-columns: minmax(12rem, 2fr) 3fr minmax(10rem, 1fr);
        align-items: center;
        gap: 1rem;
      }
    }
    .cd-chart__track {
      display: block;
      block-size: 1rem;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-highest);
      outline: 1px solid var(--mat-sys-outline-variant);
      overflow: hidden;
    }
    .cd-chart__fill {
      display: block;
      block-size: 100%;
      background: var(--mat-sys-tertiary);
    }
    .cd-chart__fill--developing {
      background: var(--mat-sys-secondary);
    }
    .cd-chart__fill--mastered {
      background: var(--mat-sys-primary);
    }
    .cd-chart__value {
      font-weight: 700;
    }
    .cd-chart__rest {
      margin-block: 1rem 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .cd-chart__table {
      margin-block: 1.5rem 0;
    }
    .cd-chart__table summary {
      min-block-size: 2.75rem;
      display: flex;
      align-items: center;
      color: var(--mat-sys-primary);
      font-weight: 700;
      cursor: pointer;
      text-decoration: underline;
    }
    .cd-chart__scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      min-inline-size: 100%;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding-block: 0.5rem;
    }
    th,
    td {
      padding: 0.5rem 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: top;
    }
    thead th {
      border-block-end: 2px solid var(--mat-sys-on-surface);
    }
    tbody th {
      font-weight: 400;
    }
    .cd-chart__number {
      text-align: end;
      white-space: nowrap;
    }
  `,
})
export class CompetencyChartComponent {
  readonly profile = input.required<MyCompetenciesResponse>();

  private readonly language = inject(LanguageService);
  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));
  /** Only what has been assessed: a profile of thirty empty bars says nothing (their number is said below). */
  protected readonly domains = computed(() => {
    const language = this.language.current();
    return this.profile()
      .domains.map((domain) => ({
        ...domain,
        competencies: domain.competencies
          .filter((competency) => competency.percent !== null)
          .map((competency) => ({ ...competency, percentText: formatPercent(competency.percent ?? 0, language) })),
      }))
      .filter((domain) => domain.competencies.length > 0);
  });
  protected readonly notAssessed = computed(() =>
    this.profile().domains.reduce((count, domain) => count + domain.competencies.filter((competency) => competency.percent === null).length, 0),
  );
}
