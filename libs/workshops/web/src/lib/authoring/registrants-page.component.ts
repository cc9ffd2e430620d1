import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { ApiError, apiResource, LanguageService, TranslatePipe } from '@culture-d/shared/web';
import type { RegistrantResponse } from '@culture-d/workshops/contracts';
import { attendanceSummary, registrantsCsvUrl } from '../pages/attendance';
import { workshopWhen } from '../util/format';
import { WorkshopAdminNavComponent } from './workshop-admin-nav.component';
import { workshopContext } from './workshop-context';

/**
 * `/auteur/ateliers/:id/inscrits` (facilitators of the workshop, authors, admins): confirmed people with their
 * attendance, the waiting list in order with positions, the spreadsheet download and the attendance sheet's link.
 */
@Component({
  selector: 'cd-registrants-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent, WorkshopAdminNavComponent],
  encapsulation: ViewEncapsulation.None,
  styles: `
    /* Scrolls sideways on a small screen; focusable so that the keyboard scrolls it too. */
    .cd-registrants__wrap {
      overflow-x: auto;
      margin-block-end: 2rem;
    }
    .cd-registrants__wrap:focus-visible {
      outline: 3px solid var(--cd-focus-color);
      outline-offset: 2px;
    }
    .cd-registrants__table {
      border-collapse: collapse;
      inline-size: 100%;
      min-inline-size: 34rem;
    }
    .cd-registrants__table caption {
      text-align: start;
      font-weight: 700;
      padding-block-end: 0.5rem;
    }
    .cd-registrants__table th,
    .cd-registrants__table td {
      padding: 0.5rem 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
    }
    .cd-registrants__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.5rem;
      align-items: center;
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
          { label: 'workshopsAdmin.registrants.title' | translate },
        ]"
      />
      <h1>{{ 'workshopsAdmin.registrants.title' | translate }}</h1>
      @if (ctx.workshop.hasValue()) {
        <p class="cd-lead">
          <strong lang="fr">{{ ctx.workshop.value().title }}</strong> — {{ when()!.key | translate: when()!.params }}
        </p>
        <cd-workshop-admin-nav
          [workshopId]="id()"
          [slug]="ctx.workshop.value().status === 'draft' ? null : ctx.workshop.value().slug"
          current="registrants"
          [canEdit]="ctx.canEdit()"
        />
      }
      @if (registrants.hasValue() && ctx.workshop.hasValue()) {
        <p>
          <strong>{{ 'workshopsAdmin.registrants.summary' | translate: { confirmed: confirmed().length, waitlisted: waitlisted().length } }}</strong>
          @if (confirmed().length > 0) {
            <br />{{ 'workshops.sheet.summary' | translate: summary() }}
          }
        </p>
        <div class="cd-registrants__actions">
          <a [href]="csv('comma')" download>{{ 'workshopsAdmin.registrants.csv' | translate }}</a>
          <a [href]="csv('semicolon')" download>{{ 'workshopsAdmin.registrants.csvSemicolon' | translate }}</a>
          @if (ctx.workshop.value().status !== 'draft') {
            <a class="cd-btn cd-btn--secondary" [routerLink]="['/ateliers', ctx.workshop.value().slug, 'emargement']">{{ 'workshops.sheet.open' | translate }}</a>
          }
        </div>
        @if (registrants.value().length === 0) {
          <p>{{ 'workshopsAdmin.registrants.empty' | translate }}</p>
        }
        @if (confirmed().length > 0) {
          <div class="cd-registrants__wrap" role="region" tabindex="0" aria-labelledby="inscrits-confirmes">
            <table class="cd-registrants__table">
              <caption id="inscrits-confirmes">
                {{
                  'workshopsAdmin.registrants.confirmedCaption' | translate: { count: confirmed().length }
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'workshops.sheet.name' | translate }}</th>
                  <th scope="col">{{ 'workshops.sheet.email' | translate }}</th>
                  <th scope="col">{{ 'workshops.sheet.kind' | translate }}</th>
                  <th scope="col">{{ 'workshops.sheet.attendance' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (person of confirmed(); track person.id) {
                  <tr>
                    <th scope="row">{{ person.name }}</th>
                    <td>{{ person.email }}</td>
                    <td>{{ 'workshops.sheet.kinds.' + person.kind | translate }}</td>
                    <td>{{ 'workshopsAdmin.registrants.attendance.' + (person.attendance ?? 'unknown') | translate }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
        @if (waitlisted().length > 0) {
          <div class="cd-registrants__wrap" role="region" tabindex="0" aria-labelledby="inscrits-attente">
            <table class="cd-registrants__table">
              <caption id="inscrits-attente">
                {{
                  'workshopsAdmin.registrants.waitlistCaption' | translate: { count: waitlisted().length }
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'workshopsAdmin.registrants.position' | translate }}</th>
                  <th scope="col">{{ 'workshops.sheet.name' | translate }}</th>
                  <th scope="col">{{ 'workshops.sheet.email' | translate }}</th>
                  <th scope="col">{{ 'workshops.sheet.kind' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (person of waitlisted(); track person.id) {
                  <tr>
                    <td>{{ person.position }}</td>
                    <th scope="row">{{ person.name }}</th>
                    <td>{{ person.email }}</td>
                    <td>{{ 'workshops.sheet.kinds.' + person.kind | translate }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
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
export class RegistrantsPageComponent {
  /** Route param. */
  readonly id = input.required<string>();

  private readonly language = inject(LanguageService);
  protected readonly ctx = workshopContext(this.id);
  protected readonly registrants = apiResource<RegistrantResponse[]>(() => `/api/workshops/${encodeURIComponent(this.id())}/registrations`);

  protected readonly confirmed = computed(() => (this.registrants.hasValue() ? this.registrants.value().filter((r) => r.status === 'confirmed') : []));
  protected readonly waitlisted = computed(() =>
    this.registrants.hasValue()
      ? this.registrants
          .value()
          .filter((r) => r.status === 'waitlisted')
          .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
      : [],
  );
  protected readonly summary = computed(() => attendanceSummary(this.confirmed()));
  protected readonly when = computed(() =>
    this.ctx.workshop.hasValue() ? workshopWhen(this.ctx.workshop.value().startsAt, this.ctx.workshop.value().endsAt, this.language.current()) : null,
  );
  protected readonly problem = computed(() => {
    const error = this.registrants.error();
    if (this.ctx.failure() || !error) return this.ctx.failure();
    return error instanceof ApiError && error.status === 403 ? 'forbidden' : 'failed';
  });

  protected csv(separator: 'comma' | 'semicolon'): string {
    return registrantsCsvUrl(this.id(), separator);
  }
}
