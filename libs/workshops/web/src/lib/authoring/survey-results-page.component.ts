import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import type { SurveyResult } from '@culture-d/workshops/domain';
import { ApiError, apiResource, TranslatePipe } from '@culture-d/shared/web';
import { resultBars } from './survey-results';
import { WorkshopAdminNavComponent } from './workshop-admin-nav.component';
import { workshopContext } from './workshop-context';
import { surveyResultsCsvUrl } from './workshops-admin.api';

/**
 * `/auteur/ateliers/:id/resultats` (facilitators of the workshop, authors, admins): the needs survey's answers, never
 * who said what. Each scale or choice question has a bar chart (a figure whose bars are drawn in CSS, hidden from
 * assistive technology) and the same numbers as a table; free-text answers are listed. The spreadsheet downloads.
 */
@Component({
  selector: 'cd-survey-results-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent, WorkshopAdminNavComponent],
  encapsulation: ViewEncapsulation.None,
  styles: `
    .cd-results__question {
      margin-block: 0 2.5rem;
      max-inline-size: 48rem;
    }
    .cd-results__chart {
      display: grid;
      grid-template-columns: minmax(6rem, max-content) 1fr;
      gap: 0.5rem 1rem;
      align-items: center;
      margin: 0 0 1rem;
    }
    .cd-results__track {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .cd-results__bar {
      block-size: 1.25rem;
      min-inline-size: 2px;
      border-radius: 0 4px 4px 0;
      background: var(--mat-sys-primary);
    }
    .cd-results__table {
      border-collapse: collapse;
      margin-block-end: 1rem;
    }
    .cd-results__table caption {
      text-align: start;
      padding-block-end: 0.25rem;
    }
    .cd-results__table th,
    .cd-results__table td {
      padding: 0.25rem 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
    }
    .cd-results__texts {
      display: grid;
      gap: 0.5rem;
      padding-inline-start: 1.25rem;
    }
    .cd-results__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.5rem;
      margin-block: 1rem 2rem;
    }
  `,
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[
          { label: 'breadcrumb.home' | translate, link: '/' },
          { label: 'workshopsAdmin.list.title' | translate, link: '/auteur/ateliers' },
          { label: 'workshopsAdmin.results.title' | translate },
        ]"
      />
      <h1>{{ 'workshopsAdmin.results.title' | translate }}</h1>
      @if (ctx.workshop.hasValue()) {
        <p class="cd-lead">
          <strong lang="fr">{{ ctx.workshop.value().title }}</strong>
        </p>
        <cd-workshop-admin-nav
          [workshopId]="id()"
          [slug]="ctx.workshop.value().status === 'draft' ? null : ctx.workshop.value().slug"
          current="results"
          [canEdit]="ctx.canEdit()"
        />
      }
      @if (results.hasValue()) {
        <p>
          <strong>{{ 'workshopsAdmin.results.responses' | translate: { count: results.value().responses } }}</strong>
        </p>
        @if (results.value().questions.length === 0) {
          <p>{{ 'workshopsAdmin.results.noQuestions' | translate }}</p>
        } @else {
          <div class="cd-results__actions">
            <a [href]="csv('comma')" download>{{ 'workshopsAdmin.results.csv' | translate }}</a>
            <a [href]="csv('semicolon')" download>{{ 'workshopsAdmin.results.csvSemicolon' | translate }}</a>
          </div>
        }
        @for (q of results.value().questions; track q.key; let i = $index) {
          <section class="cd-results__question" [attr.aria-labelledby]="'resultat-' + i">
            <h2 [id]="'resultat-' + i" lang="fr">{{ q.question }}</h2>
            <p>
              {{ 'workshopsAdmin.results.answered' | translate: { count: q.responses } }}
              @if (q.mean !== undefined) {
                · {{ 'workshopsAdmin.results.mean' | translate: { mean: q.mean } }}
              }
            </p>
            @if (q.kind === 'text') {
              @if ((q.texts ?? []).length === 0) {
                <p>{{ 'workshopsAdmin.results.noText' | translate }}</p>
              } @else {
                <ul class="cd-results__texts">
                  @for (text of q.texts; track $index) {
                    <li lang="fr">{{ text }}</li>
                  }
                </ul>
              }
            } @else {
              <div class="cd-results__chart" aria-hidden="true">
                @for (bar of bars(q); track bar.label) {
                  <span>{{ bar.label }}</span>
                  <span class="cd-results__track">
                    <span class="cd-results__bar" [style.inline-size.%]="bar.width * 0.8"></span>
                    <span>{{ bar.count }}</span>
                  </span>
                }
              </div>
              <table class="cd-results__table">
                <caption class="cd-sr-only">
                  {{
                    'workshopsAdmin.results.caption' | translate: { question: q.question }
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ 'workshopsAdmin.results.option' | translate }}</th>
                    <th scope="col">{{ 'workshopsAdmin.results.count' | translate }}</th>
                    <th scope="col">{{ 'workshopsAdmin.results.percent' | translate }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (bar of bars(q); track bar.label) {
                    <tr>
                      <th scope="row" lang="fr">{{ bar.label }}</th>
                      <td>{{ bar.count }}</td>
                      <td>{{ bar.percent }} %</td>
                    </tr>
                  }
                </tbody>
              </table>
            }
          </section>
        }
      } @else if (problem()) {
        <p>{{ 'workshopsAdmin.failures.' + problem() | translate }}</p>
        <p>
          <a routerLink="/auteur/ateliers">{{ 'workshopsAdmin.backToList' | translate }}</a>
        </p>
      } @else {
        <p role="status">{{ 'workshopsAdmin.loading' | translate }}</p>
      }
    </div>
  `,
})
export class SurveyResultsPageComponent {
  /** Route param. */
  readonly id = input.required<string>();

  protected readonly ctx = workshopContext(this.id);
  protected readonly results = apiResource<{ responses: number; questions: SurveyResult[] }>(() => `/api/workshops/${encodeURIComponent(this.id())}/survey/results`);
  protected readonly problem = computed(() => {
    const error = this.results.error();
    if (this.ctx.failure() || !error) return this.ctx.failure();
    if (error instanceof ApiError && error.status === 403) return 'forbidden';
    return error instanceof ApiError && error.status === 404 ? 'notFound' : 'failed';
  });

  protected bars(result: SurveyResult) {
    return resultBars(result);
  }

  protected csv(separator: 'comma' | 'semicolon'): string {
    return surveyResultsCsvUrl(this.id(), separator);
  }
}
