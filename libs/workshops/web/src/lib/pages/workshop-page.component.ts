import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ParcoursCardResponse } from '@culture-d/catalog/contracts';
import { AuthStore } from '@culture-d/identity/web';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { apiResource, LanguageService, TranslatePipe } from '@culture-d/shared/web';
import type { WorkshopResponse } from '@culture-d/workshops/contracts';
import { failureKind } from '../util/load-state';
import { descriptionBlocks, seatsLabel, venueLine, workshopWhen } from '../util/format';
import { PageTitle } from '../util/page-title';
import { icsUrl } from '../workshops.api';
import { RegistrationComponent } from './registration.component';

/**
 * `/ateliers/:slug`: one workshop: what it is about, when (Paris time) and where, the partners, the seats, the
 * parcours to follow before or after, a calendar file, and the registration.
 */
@Component({
  selector: 'cd-workshop-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent, RegistrationComponent],
  template: `
    <div class="cd-container cd-page">
      @if (workshop.hasValue()) {
        @let w = workshop.value();
        <cd-breadcrumb
          [label]="'breadcrumb.label' | translate"
          [items]="[
            { label: 'breadcrumb.home' | translate, link: '/' },
            { label: 'workshops.list.title' | translate, link: '/ateliers' },
            { label: w.title },
          ]"
        />
        <h1 [attr.lang]="contentLang()">{{ w.title }}</h1>
        <p class="cd-lead" [attr.lang]="contentLang()">{{ w.summary }}</p>
        @if (w.status === 'cancelled') {
          <p class="cd-workshop__cancelled">{{ 'workshops.detail.cancelled' | translate }}</p>
        }
        <div class="cd-workshop">
          <div class="cd-workshop__main">
            <dl class="cd-workshop__facts">
              <div>
                <dt>{{ 'workshops.facts.when' | translate }}</dt>
                <dd>{{ when()!.key | translate: when()!.params }}</dd>
              </div>
              <div>
                <dt>{{ 'workshops.facts.where' | translate }}</dt>
                <dd>
                  @if (venue(); as place) {
                    {{ place }}
                    @if (w.format === 'hybrid') {
                      {{ 'workshops.format.alsoOnline' | translate }}
                    }
                  } @else {
                    {{ 'workshops.format.online' | translate }}
                  }
                </dd>
              </div>
              <div>
                <dt>{{ 'workshops.facts.seats' | translate }}</dt>
                <dd>{{ seats()!.key | translate: seats()!.params }}</dd>
              </div>
              @if (w.partners.length > 0) {
                <div>
                  <dt>{{ 'workshops.facts.partners' | translate }}</dt>
                  <dd>{{ w.partners.join(', ') }}</dd>
                </div>
              }
            </dl>
            <p>
              <a class="cd-workshop__ics" [href]="ics()" download>{{ 'workshops.detail.addToCalendar' | translate }}</a>
            </p>
            @if (runsWorkshops()) {
              <p>
                <a [routerLink]="['/ateliers', w.slug, 'emargement']">{{ 'workshops.sheet.open' | translate }}</a>
              </p>
            }
            <h2>{{ 'workshops.detail.about' | translate }}</h2>
            <div class="cd-workshop__description" [attr.lang]="contentLang()">
              @for (block of description(); track $index) {
                @if (block.kind === 'list') {
                  <ul>
                    @for (item of block.items; track $index) {
                      <li>{{ item }}</li>
                    }
                  </ul>
                } @else {
                  <p>{{ block.text }}</p>
                }
              }
            </div>
            @if (w.links.length > 0) {
              <h2>{{ 'workshops.detail.parcours' | translate }}</h2>
              <ul class="cd-workshop__links">
                @for (link of w.links; track $index) {
                  <li>
                    <a [routerLink]="['/parcours', link.parcours]" [attr.lang]="contentLang()">{{ parcoursTitle(link.parcours) }}</a>
                    ({{ 'workshops.detail.role.' + link.role | translate }})
                  </li>
                }
              </ul>
            }
          </div>
          <cd-workshop-registration class="cd-workshop__register" [workshop]="w" (registered)="workshop.reload()" />
        </div>
      } @else if (failure() === 'notFound') {
        <h1>{{ 'workshops.detail.notFoundTitle' | translate }}</h1>
        <p>{{ 'workshops.detail.notFoundText' | translate }}</p>
        <p><a routerLink="/ateliers">{{ 'workshops.detail.backToList' | translate }}</a></p>
      } @else if (failure() === 'failed') {
        <h1>{{ 'workshops.errors.failedTitle' | translate }}</h1>
        <p>{{ 'workshops.errors.failedText' | translate }}</p>
        <button type="button" class="cd-btn" (click)="workshop.reload()">{{ 'workshops.errors.retry' | translate }}</button>
      } @else {
        <p role="status">{{ 'workshops.list.loading' | translate }}</p>
      }
    </div>
  `,
  styles: `
    .cd-workshop { display: grid; gap: 2rem; margin-block-end: 3rem; }
    @media (min-width: 60rem) { .cd-workshop { grid-template-columns: 1fr minmax(18rem, 26rem); align-items: start; } }
    .cd-workshop__facts { display: grid; gap: 0.5rem; margin: 0 0 1rem; padding: 1rem 1.25rem; border-inline-start: 4px solid var(--mat-sys-primary); background: var(--mat-sys-surface-container-low); }
    .cd-workshop__facts dt { font-weight: 700; }
    .cd-workshop__facts dd { margin: 0; }
    .cd-workshop__register {
      padding: 1.25rem; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; background: var(--mat-sys-surface-container-lowest);
    }
    .cd-workshop__cancelled { font-weight: 700; color: var(--mat-sys-error); }
    .cd-workshop__links { padding-inline-start: 1.25rem; }
  `,
})
export class WorkshopPageComponent {
  /** Route param, bound by the router. */
  readonly slug = input.required<string>();

  private readonly language = inject(LanguageService);
  private readonly auth = inject(AuthStore);
  /** Facilitators, authors and admins get the attendance sheet (the API checks who runs this workshop). */
  protected readonly runsWorkshops = computed(() => (this.auth.user()?.roles ?? []).some((role) => role === 'facilitator' || role === 'author' || role === 'admin'));
  protected readonly workshop = apiResource<WorkshopResponse>(() => `/api/workshops/${encodeURIComponent(this.slug())}`);
  protected readonly failure = computed(() => (this.workshop.error() ? failureKind(this.workshop.error()) : null));
  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));
  protected readonly when = computed(() =>
    this.workshop.hasValue() ? workshopWhen(this.workshop.value().startsAt, this.workshop.value().endsAt, this.language.current()) : null,
  );
  protected readonly seats = computed(() => (this.workshop.hasValue() ? seatsLabel(this.workshop.value()) : null));
  protected readonly venue = computed(() => (this.workshop.hasValue() ? venueLine(this.workshop.value().venue) : null));
  protected readonly ics = computed(() => (this.workshop.hasValue() ? icsUrl(this.workshop.value().id) : null));
  protected readonly description = computed(() => (this.workshop.hasValue() ? descriptionBlocks(this.workshop.value().description) : []));

  /** The published parcours, to name the linked ones by their titles (only fetched when there are links). */
  private readonly parcours = apiResource<{ items: ParcoursCardResponse[] }>(() =>
    this.workshop.hasValue() && this.workshop.value().links.length > 0 ? { url: '/api/parcours', params: { limit: 100 } } : undefined,
  );
  private readonly parcoursTitles = computed(
    () => new Map((this.parcours.hasValue() ? this.parcours.value().items : []).map((item) => [item.slug, item.title])),
  );

  constructor() {
    const title = inject(PageTitle);
    effect(() => {
      this.language.current();
      if (this.workshop.hasValue()) title.set(this.workshop.value().title);
    });
  }

  protected parcoursTitle(slug: string): string {
    return this.parcoursTitles().get(slug) ?? slug;
  }
}
