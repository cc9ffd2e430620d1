import { ChangeDetectionStrategy, Component, ViewEncapsulation, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { WorkshopsAnalyticsResponse } from '@culture-d/analytics/contracts';
import { AUDIENCES } from '@culture-d/shared/contracts';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { apiResource, LanguageService, TranslatePipe } from '@culture-d/shared/web';
import { percent, periodQuery } from '../util/funnel-chart';
import { ANALYTICS_STYLES } from './analytics.styles';

/** `/statistiques/ateliers`: for each workshop of the period, seats filled, waiting list and attendance, with totals. */
@Component({
  selector: 'cd-workshops-stats-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent],
  encapsulation: ViewEncapsulation.None,
  styles: ANALYTICS_STYLES,
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[
          { label: 'breadcrumb.home' | translate, link: '/' },
          { label: 'analytics.parcours.title' | translate, link: '/statistiques' },
          { label: 'analytics.workshops.title' | translate },
        ]"
      />
      <h1>{{ 'analytics.workshops.title' | translate }}</h1>
      <p>{{ 'analytics.workshops.intro' | translate }}</p>
      <form class="cd-stats__filters" (submit)="apply($event, audience.value, from.value, to.value)">
        <div class="cd-field">
          <label class="cd-field__label" for="ws-audience">{{ 'analytics.filters.audience' | translate }}</label>
          <select #audience id="ws-audience" class="cd-input" name="audience">
            <option value="">{{ 'analytics.filters.allAudiences' | translate }}</option>
            @for (a of audiences; track a) {
              <option [value]="a">{{ 'catalog.audiences.' + a | translate }}</option>
            }
          </select>
        </div>
        <div class="cd-field">
          <label class="cd-field__label" for="ws-from">{{ 'analytics.filters.from' | translate }}</label>
          <input #from id="ws-from" class="cd-input" type="date" name="from" />
        </div>
        <div class="cd-field">
          <label class="cd-field__label" for="ws-to">{{ 'analytics.filters.to' | translate }}</label>
          <input #to id="ws-to" class="cd-input" type="date" name="to" />
        </div>
        <button type="submit" class="cd-btn">{{ 'analytics.filters.apply' | translate }}</button>
      </form>
      @if (report.hasValue()) {
        @if (report.value().items.length === 0) {
          <p role="status">{{ 'analytics.workshops.empty' | translate }}</p>
        } @else {
          <div class="cd-stats__table-wrap">
            <table class="cd-stats__table">
              <caption>
                {{
                  'analytics.workshops.caption' | translate: { count: report.value().totals.workshops }
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'analytics.workshops.workshop' | translate }}</th>
                  <th scope="col">{{ 'analytics.workshops.date' | translate }}</th>
                  <th scope="col">{{ 'analytics.workshops.capacity' | translate }}</th>
                  <th scope="col">{{ 'analytics.workshops.confirmed' | translate }}</th>
                  <th scope="col">{{ 'analytics.workshops.fillRate' | translate }}</th>
                  <th scope="col">{{ 'analytics.workshops.waitlisted' | translate }}</th>
                  <th scope="col">{{ 'analytics.workshops.attended' | translate }}</th>
                  <th scope="col">{{ 'analytics.workshops.noShow' | translate }}</th>
                  <th scope="col">{{ 'analytics.workshops.attendanceRate' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (w of report.value().items; track w.id) {
                  <tr>
                    <th scope="row">
                      <a [routerLink]="['/ateliers', w.slug]" lang="fr">{{ w.title }}</a>
                      @if (w.status !== 'published') {
                        ({{ 'analytics.workshops.status.' + w.status | translate }})
                      }
                    </th>
                    <td>{{ date(w.startsAt) }}</td>
                    <td class="num">{{ w.capacity ?? ('analytics.workshops.unlimited' | translate) }}</td>
                    <td class="num">{{ w.confirmed }}</td>
                    <td class="num">{{ pct(w.fillRate) }}</td>
                    <td class="num">{{ w.waitlisted }}</td>
                    <td class="num">{{ w.attended }}</td>
                    <td class="num">{{ w.noShow }}</td>
                    <td class="num">{{ pct(w.attendanceRate) }}</td>
                  </tr>
                }
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{{ 'analytics.workshops.totals' | translate }}</th>
                  <td></td>
                  <td></td>
                  <td class="num">{{ report.value().totals.confirmed }}</td>
                  <td class="num">{{ pct(report.value().totals.fillRate) }}</td>
                  <td class="num">{{ report.value().totals.waitlisted }}</td>
                  <td class="num">{{ report.value().totals.attended }}</td>
                  <td class="num">{{ report.value().totals.noShow }}</td>
                  <td class="num">{{ pct(report.value().totals.attendanceRate) }}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <p class="cd-note">{{ 'analytics.workshops.note' | translate }}</p>
        }
      } @else if (report.error()) {
        <p role="alert">{{ 'analytics.loadFailed' | translate }}</p>
        <button type="button" class="cd-btn" (click)="report.reload()">{{ 'analytics.retry' | translate }}</button>
      } @else {
        <p role="status">{{ 'analytics.loading' | translate }}</p>
      }
    </div>
  `,
})
export class WorkshopsStatsPageComponent {
  private readonly language = inject(LanguageService);
  protected readonly audiences = AUDIENCES;
  private readonly query = signal('');
  protected readonly report = apiResource<WorkshopsAnalyticsResponse>(() => `/api/analytics/workshops${this.query()}`);

  protected apply(event: Event, audience: string, from: string, to: string): void {
    event.preventDefault();
    this.query.set(periodQuery({ audience, from, to }));
  }

  protected pct(rate: number | null): string {
    return percent(rate, this.language.current());
  }

  protected date(iso: string): string {
    return new Intl.DateTimeFormat(this.language.current() === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeZone: 'Europe/Paris' }).format(new Date(iso));
  }
}
