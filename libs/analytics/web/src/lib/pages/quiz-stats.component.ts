import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { QuizStatisticsResponse } from '@culture-d/quiz/contracts';
import { apiResource, TranslatePipe } from '@culture-d/shared/web';
import { decimal, itemFlags, percent } from '../util/funnel-chart';

/** Item analysis of one quiz of the parcours: per question, attempts, facility, discrimination, and what to look at. */
@Component({
  selector: 'cd-quiz-stats',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <h3>{{ title() }}</h3>
    @if (stats.hasValue()) {
      <p>{{ 'analytics.quiz.attempts' | translate: { count: stats.value().submittedAttempts } }}</p>
      @if (stats.value().questions.length > 0 && stats.value().submittedAttempts > 0) {
        <div class="cd-stats__table-wrap">
          <table class="cd-stats__table">
            <caption class="cd-sr-only">
              {{
                'analytics.quiz.caption' | translate: { title: title() }
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'analytics.quiz.question' | translate }}</th>
                <th scope="col">{{ 'analytics.quiz.answers' | translate }}</th>
                <th scope="col">{{ 'analytics.quiz.facility' | translate }}</th>
                <th scope="col">{{ 'analytics.quiz.discrimination' | translate }}</th>
                <th scope="col">{{ 'analytics.quiz.toReview' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (q of stats.value().questions; track q.questionId; let i = $index) {
                <tr>
                  <th scope="row">{{ 'analytics.quiz.number' | translate: { n: i + 1 } }}</th>
                  <td class="num">{{ q.attempts }}</td>
                  <td class="num">{{ pct(q.facility) }}</td>
                  <td class="num">{{ dec(q.discrimination) }}</td>
                  <td>
                    @for (flag of flags(q.facility, q.discrimination); track flag; let last = $last) {
                      {{ 'analytics.quiz.flags.' + flag | translate }}{{ last ? '' : ' ; ' }}
                    } @empty {
                      –
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    } @else if (stats.error()) {
      <p>{{ 'analytics.loadFailed' | translate }}</p>
    } @else {
      <p role="status">{{ 'analytics.loading' | translate }}</p>
    }
  `,
})
export class QuizStatsComponent {
  readonly activityId = input.required<string>();
  readonly title = input.required<string>();
  readonly language = input.required<string>();

  protected readonly stats = apiResource<QuizStatisticsResponse>(() => `/api/analytics/quizzes/${encodeURIComponent(this.activityId())}`);

  protected pct(value: number | null): string {
    return percent(value, this.language());
  }

  protected dec(value: number | null): string {
    return decimal(value, this.language());
  }

  protected flags(facility: number | null, discrimination: number | null) {
    return itemFlags(facility, discrimination);
  }
}
