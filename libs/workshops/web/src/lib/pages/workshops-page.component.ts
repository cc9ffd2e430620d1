import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AUDIENCES, isAudience } from '@culture-d/shared/contracts';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import type { WorkshopResponse } from '@culture-d/workshops/contracts';
import { apiResource, TranslatePipe } from '@culture-d/shared/web';
import { WorkshopCardComponent } from './workshop-card.component';

/** The filters as the URL carries them (`/ateliers?public=elu&ville=Lyon`), unknown values dropped. */
export interface WorkshopFilters {
  readonly audience: string;
  readonly city: string;
}

export function filtersFromParams(audience: unknown, city: unknown): WorkshopFilters {
  return { audience: isAudience(audience) ? audience : '', city: typeof city === 'string' ? city.trim().slice(0, 100) : '' };
}

/** Query params for the router: empty filters are left out of the URL. */
export function paramsFromFilters(filters: WorkshopFilters): Record<string, string | null> {
  return { public: filters.audience || null, ville: filters.city.trim() || null };
}

/**
 * `/ateliers`: the upcoming workshops, soonest first. The filters are a search form whose submission updates the
 * URL; the number of workshops is announced politely.
 */
@Component({
  selector: 'cd-workshops-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, BreadcrumbComponent, WorkshopCardComponent],
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[{ label: 'breadcrumb.home' | translate, link: '/' }, { label: 'workshops.list.title' | translate }]"
      />
      <h1>{{ 'workshops.list.title' | translate }}</h1>
      <p class="cd-lead">{{ 'workshops.list.intro' | translate }}</p>
      <p>
        <a routerLink="/ateliers/mes-inscriptions">{{ 'workshops.mine.title' | translate }}</a>
      </p>

      <div class="cd-workshops">
        <form class="cd-workshops__filters" role="search" aria-labelledby="ateliers-filtres-titre" [formGroup]="form" (ngSubmit)="search()">
          <h2 id="ateliers-filtres-titre">{{ 'workshops.filters.title' | translate }}</h2>
          <div class="cd-workshops__field">
            <label for="filtre-atelier-public">{{ 'workshops.filters.audience' | translate }}</label>
            <select id="filtre-atelier-public" class="cd-workshops__input" formControlName="audience">
              <option value="">{{ 'workshops.filters.allAudiences' | translate }}</option>
              @for (audience of audiences; track audience) {
                <option [value]="audience">{{ 'catalog.audiences.' + audience | translate }}</option>
              }
            </select>
          </div>
          <div class="cd-workshops__field">
            <label for="filtre-atelier-ville">{{ 'workshops.filters.city' | translate }}</label>
            <p class="cd-workshops__hint" id="filtre-atelier-ville-hint">{{ 'workshops.filters.cityHint' | translate }}</p>
            <input
              id="filtre-atelier-ville"
              class="cd-workshops__input"
              type="text"
              maxlength="100"
              autocomplete="address-level2"
              formControlName="city"
              aria-describedby="filtre-atelier-ville-hint"
            />
          </div>
          <div class="cd-workshops__actions">
            <button type="submit" class="cd-workshops__submit">{{ 'workshops.filters.submit' | translate }}</button>
            @if (hasFilters()) {
              <a routerLink="/ateliers">{{ 'workshops.filters.reset' | translate }}</a>
            }
          </div>
        </form>

        <section class="cd-workshops__results" aria-labelledby="ateliers-resultats-titre">
          <h2 id="ateliers-resultats-titre">{{ 'workshops.list.results' | translate }}</h2>
          <div class="cd-workshops__count" role="status" aria-live="polite" aria-atomic="true">
            @if (results.isLoading()) {
              <p>{{ 'workshops.list.loading' | translate }}</p>
            } @else if (results.hasValue()) {
              <p>
                @switch (results.value().total) {
                  @case (0) {
                    {{ 'workshops.list.countNone' | translate }}
                  }
                  @case (1) {
                    {{ 'workshops.list.countOne' | translate }}
                  }
                  @default {
                    {{ 'workshops.list.countMany' | translate: { count: results.value().total } }}
                  }
                }
              </p>
            }
          </div>
          @if (results.error()) {
            <div class="cd-workshops__problem">
              <p>{{ 'workshops.errors.listFailed' | translate }}</p>
              <button type="button" class="cd-workshops__submit" (click)="results.reload()">{{ 'workshops.errors.retry' | translate }}</button>
            </div>
          } @else if (results.hasValue() && items().length === 0 && hasFilters()) {
            <p><a routerLink="/ateliers">{{ 'workshops.list.emptyAll' | translate }}</a></p>
          }
          @if (items().length > 0) {
            <ul class="cd-workshops__list">
              @for (workshop of items(); track workshop.id) {
                <li><cd-workshop-card [workshop]="workshop" /></li>
              }
            </ul>
          }
          <p class="cd-workshops__time-note">{{ 'workshops.list.timeNote' | translate }}</p>
        </section>
      </div>
    </div>
  `,
  styles: `
    .cd-workshops { display: grid; gap: 2rem; margin-block-end: 3rem; }
    @media (min-width: 60rem) { .cd-workshops { grid-template-columns: minmax(16rem, 22rem) 1fr; align-items: start; } }
    .cd-workshops__filters {
      display: flex; flex-direction: column; gap: 1.25rem; padding: 1.25rem;
      border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; background: var(--mat-sys-surface-container-low);
    }
    .cd-workshops__filters h2 { margin: 0; font-size: 1.25rem; }
    .cd-workshops__field { display: flex; flex-direction: column; gap: 0.375rem; }
    .cd-workshops__field > label { font-weight: 700; }
    .cd-workshops__hint { margin: 0; color: var(--mat-sys-on-surface-variant); font-size: 0.875rem; }
    .cd-workshops__input {
      inline-size: 100%; min-block-size: 2.75rem; padding: 0.5rem 0.75rem; border: 1px solid var(--mat-sys-outline);
      border-block-end: 2px solid var(--mat-sys-on-surface); border-radius: 4px 4px 0 0; background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface); font: inherit; box-sizing: border-box;
    }
    select.cd-workshops__input { appearance: auto; }
    .cd-workshops__actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem 1.25rem; }
    .cd-workshops__submit {
      min-block-size: 2.75rem; padding: 0.5rem 1.25rem; border: 2px solid var(--mat-sys-primary); border-radius: 999px;
      background: var(--mat-sys-primary); color: var(--mat-sys-on-primary); font: inherit; font-weight: 700; cursor: pointer;
    }
    .cd-workshops__submit:hover { text-decoration: underline; }
    .cd-workshops__results h2 { margin-block-start: 0; }
    .cd-workshops__count p { margin-block: 0 1rem; font-weight: 700; }
    .cd-workshops__list { display: grid; gap: 1.25rem; margin: 0; padding: 0; list-style: none; }
    @media (min-width: 75rem) { .cd-workshops__list { grid-template-columns: repeat(2, 1fr); } }
    .cd-workshops__problem { padding: 1rem 1.25rem; border-inline-start: 4px solid var(--mat-sys-outline); background: var(--mat-sys-surface-container); }
    .cd-workshops__time-note { color: var(--mat-sys-on-surface-variant); font-size: 0.9375rem; }
  `,
})
export class WorkshopsPageComponent {
  /** Query params, bound by the router. */
  readonly public = input<string | undefined>();
  readonly ville = input<string | undefined>();

  private readonly router = inject(Router);
  protected readonly audiences = AUDIENCES;

  protected readonly filters = computed(() => filtersFromParams(this.public(), this.ville()));
  protected readonly hasFilters = computed(() => Object.values(this.filters()).some(Boolean));
  protected readonly form = inject(NonNullableFormBuilder).group({ audience: '', city: '' });

  protected readonly results = apiResource<{ items: WorkshopResponse[]; total: number }>(() => {
    const { audience, city } = this.filters();
    const params: Record<string, string> = {};
    if (audience) params['audience'] = audience;
    if (city) params['city'] = city;
    return { url: '/api/workshops', params };
  });
  protected readonly items = computed(() => (this.results.hasValue() ? this.results.value().items : []));

  constructor() {
    // The form shows what the URL says (after a submission, the back button or a shared link).
    effect(() => this.form.setValue(this.filters()));
  }

  protected search(): void {
    const value = this.form.getRawValue();
    void this.router.navigate(['/ateliers'], { queryParams: paramsFromFilters(filtersFromParams(value.audience, value.city)) });
  }
}
