import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { ApiClient, ApiError, apiResource, LanguageService, TranslatePipe, TranslateService } from '@culture-d/shared/web';
import type { RegistrantResponse, WorkshopResponse } from '@culture-d/workshops/contracts';
import { problemMessage } from '../forms/form-problem';
import { type Message, workshopWhen } from '../util/format';
import { failureKind } from '../util/load-state';
import { PageTitle } from '../util/page-title';
import { attendanceSummary, registrantsCsvUrl } from './attendance';

type Attendance = 'attended' | 'no_show';

/**
 * `/ateliers/:slug/emargement`: the attendance sheet of a workshop, for its facilitators, authors and admins (the API
 * decides; anyone else reads "not allowed"). Each confirmed person is marked present or absent with a button pair whose
 * pressed state says the recorded answer; "all present" records everyone not yet marked in one request. Recording
 * someone present completes the workshop steps linked to this workshop in their parcours. Registrants also download as
 * a spreadsheet (comma, or semicolon for French spreadsheet software).
 */
@Component({
  selector: 'cd-attendance-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent],
  encapsulation: ViewEncapsulation.None,
  styles: `
    .cd-sheet__summary {
      font-weight: 700;
    }
    .cd-sheet__table-wrap {
      overflow-x: auto;
      margin-block-end: 2rem;
    }
    .cd-sheet__table {
      border-collapse: collapse;
      inline-size: 100%;
      min-inline-size: 36rem;
    }
    .cd-sheet__table caption {
      text-align: start;
      font-weight: 700;
      padding-block-end: 0.5rem;
    }
    .cd-sheet__table th,
    .cd-sheet__table td {
      padding: 0.5rem 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: middle;
    }
    .cd-sheet__marks {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .cd-sheet__mark[aria-pressed='true'] {
      background: var(--mat-sys-primary);
      border-color: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .cd-sheet__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: center;
      margin-block: 1rem 2rem;
    }
    .cd-sheet__live {
      min-block-size: 1.5rem;
    }
  `,
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[
          { label: 'breadcrumb.home' | translate, link: '/' },
          { label: 'workshops.list.title' | translate, link: '/ateliers' },
          {
            label: workshop.hasValue() ? workshop.value().title : ('workshops.detail.title' | translate),
            link: '/ateliers/' + slug(),
          },
          { label: 'workshops.sheet.title' | translate },
        ]"
      />
      <h1>{{ 'workshops.sheet.title' | translate }}</h1>
      @if (workshop.hasValue()) {
        <p>
          <strong [attr.lang]="contentLang()">{{ workshop.value().title }}</strong>
          — {{ when()!.key | translate: when()!.params }}
        </p>
      }
      <div class="cd-sheet__live" aria-live="polite">
        @if (notice(); as notice) {
          <p class="cd-status">{{ notice.key | translate: notice.params }}</p>
        }
      </div>
      @if (registrants.hasValue() && workshop.hasValue()) {
        <p class="cd-sheet__summary">
          {{ 'workshops.sheet.summary' | translate: summary() }}
        </p>
        <div class="cd-sheet__actions">
          <button type="button" class="cd-btn" [attr.aria-disabled]="sending() || summary().unmarked === 0 || null" (click)="markAllPresent()">
            {{ 'workshops.sheet.allPresent' | translate }}
          </button>
          <a [href]="csv('comma')" download>{{ 'workshops.sheet.csv' | translate }}</a>
          <a [href]="csv('semicolon')" download>{{ 'workshops.sheet.csvSemicolon' | translate }}</a>
        </div>
        @if (confirmed().length === 0) {
          <p>{{ 'workshops.sheet.empty' | translate }}</p>
        } @else {
          <div class="cd-sheet__table-wrap">
            <table class="cd-sheet__table">
              <caption>
                {{
                  'workshops.sheet.caption' | translate: { count: confirmed().length }
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'workshops.sheet.name' | translate }}</th>
                  <th scope="col">{{ 'workshops.sheet.email' | translate }}</th>
                  <th scope="col">{{ 'workshops.sheet.kind' | translate }}</th>
                  <th scope="col">
                    {{ 'workshops.sheet.attendance' | translate }}
                  </th>
                </tr>
              </thead>
              <tbody>
                @for (person of confirmed(); track person.id) {
                  <tr>
                    <th scope="row">{{ person.name }}</th>
                    <td>{{ person.email }}</td>
                    <td>
                      {{ 'workshops.sheet.kinds.' + person.kind | translate }}
                    </td>
                    <td>
                      <div class="cd-sheet__marks" role="group" [attr.aria-label]="'workshops.sheet.attendanceOf' | translate: { name: person.name }">
                        <button
                          type="button"
                          class="cd-btn cd-btn--secondary cd-sheet__mark"
                          [attr.aria-pressed]="person.attendance === 'attended'"
                          (click)="mark(person, 'attended')"
                        >
                          {{ 'workshops.sheet.present' | translate }}
                        </button>
                        <button
                          type="button"
                          class="cd-btn cd-btn--secondary cd-sheet__mark"
                          [attr.aria-pressed]="person.attendance === 'no_show'"
                          (click)="mark(person, 'no_show')"
                        >
                          {{ 'workshops.sheet.absent' | translate }}
                        </button>
                      </div>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
        @if (waitlisted().length > 0) {
          <h2>{{ 'workshops.sheet.waitlist' | translate }}</h2>
          <ol>
            @for (person of waitlisted(); track person.id) {
              <li>{{ person.name }} ({{ person.email }})</li>
            }
          </ol>
        }
        <p>
          <a [routerLink]="['/ateliers', slug()]">{{ 'workshops.sheet.back' | translate }}</a>
        </p>
      } @else if (failure() === 'forbidden') {
        <p>{{ 'workshops.sheet.forbidden' | translate }}</p>
      } @else if (failure() === 'notFound') {
        <p>{{ 'workshops.detail.notFoundText' | translate }}</p>
        <p>
          <a routerLink="/ateliers">{{ 'workshops.detail.backToList' | translate }}</a>
        </p>
      } @else if (failure() === 'failed') {
        <p>{{ 'workshops.errors.failedText' | translate }}</p>
        <button type="button" class="cd-btn" (click)="registrants.reload()">
          {{ 'workshops.errors.retry' | translate }}
        </button>
      } @else {
        <p role="status">{{ 'workshops.list.loading' | translate }}</p>
      }
    </div>
  `,
})
export class AttendancePageComponent {
  /** Route param, bound by the router. */
  readonly slug = input.required<string>();

  private readonly http = inject(ApiClient);
  private readonly language = inject(LanguageService);
  private readonly pageTitle = inject(PageTitle);
  private readonly translate = inject(TranslateService);

  protected readonly workshop = apiResource<WorkshopResponse>(() => `/api/workshops/${encodeURIComponent(this.slug())}`);
  protected readonly registrants = apiResource<RegistrantResponse[]>(() =>
    this.workshop.hasValue() ? `/api/workshops/${encodeURIComponent(this.workshop.value().id)}/registrations` : undefined,
  );
  protected readonly sending = signal(false);
  protected readonly notice = signal<Message | null>(null);

  protected readonly confirmed = computed(() => (this.registrants.hasValue() ? this.registrants.value().filter((r) => r.status === 'confirmed') : []));
  protected readonly waitlisted = computed(() => (this.registrants.hasValue() ? this.registrants.value().filter((r) => r.status === 'waitlisted') : []));
  protected readonly summary = computed(() => attendanceSummary(this.confirmed()));
  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));
  protected readonly when = computed(() => (this.workshop.hasValue() ? workshopWhen(this.workshop.value().startsAt, this.workshop.value().endsAt, this.language.current()) : null));
  protected readonly failure = computed(() => {
    const error = this.workshop.error() ?? this.registrants.error();
    if (!error) return null;
    if (error instanceof ApiError && error.status === 403) return 'forbidden';
    return failureKind(error);
  });

  constructor() {
    // The tab names the workshop as soon as it is known ("Feuille d'émargement : <atelier> — Culture D").
    effect(() => {
      if (this.workshop.hasValue()) this.pageTitle.set(`${this.translate.instant('workshops.sheet.title') as string} : ${this.workshop.value().title}`);
    });
  }

  protected csv(separator: 'comma' | 'semicolon'): string | null {
    return this.workshop.hasValue() ? registrantsCsvUrl(this.workshop.value().id, separator) : null;
  }

  protected mark(person: RegistrantResponse, attendance: Attendance): void {
    if (this.sending() || person.attendance === attendance) return;
    this.sending.set(true);
    this.http.patch<RegistrantResponse>(`/api/registrations/${encodeURIComponent(person.id)}`, { attendance }).subscribe({
      next: (updated) => {
        this.sending.set(false);
        this.registrants.update((list) => list?.map((r) => (r.id === updated.id ? updated : r)));
        this.notice.set({
          key: attendance === 'attended' ? 'workshops.sheet.markedPresent' : 'workshops.sheet.markedAbsent',
          params: { name: person.name },
        });
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.notice.set(problemMessage(error));
      },
    });
  }

  protected markAllPresent(): void {
    const ids = this.confirmed()
      .filter((r) => r.attendance === null)
      .map((r) => r.id);
    if (this.sending() || ids.length === 0 || !this.workshop.hasValue()) return;
    this.sending.set(true);
    this.http.put<RegistrantResponse[]>(`/api/workshops/${encodeURIComponent(this.workshop.value().id)}/attendance`, { attendance: 'attended', registrationIds: ids }).subscribe({
      next: (updated) => {
        this.sending.set(false);
        const byId = new Map(updated.map((r) => [r.id, r]));
        this.registrants.update((list) => list?.map((r) => byId.get(r.id) ?? r));
        this.notice.set({
          key: 'workshops.sheet.markedAll',
          params: { count: ids.length },
        });
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.notice.set(problemMessage(error));
      },
    });
  }
}
