import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { ApiError, apiResource, LanguageService, TranslatePipe } from '@culture-d/shared/web';
import type { AuthoringWorkshopSummary } from '@culture-d/workshops/contracts';
import { workshopWhen } from '../util/format';
import { type WorkshopState, fill, groupWorkshops } from './workshop-form';

const GROUPS: readonly WorkshopState[] = ['upcoming', 'draft', 'past', 'cancelled'];

/**
 * `/auteur/ateliers` (authors, admins): every workshop in four groups — upcoming, drafts, past, cancelled — each with
 * its date in Paris time, how full it is (confirmed / capacity, waiting list) and links to its form, registrants and
 * survey; "Créer un atelier" leads to the empty form.
 */
@Component({
  selector: 'cd-workshops-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent],
  encapsulation: ViewEncapsulation.None,
  styles: `
    .cd-wadmin__list {
      display: grid;
      gap: 1rem;
      margin: 0 0 2.5rem;
      padding: 0;
      list-style: none;
      max-inline-size: 52rem;
    }
    .cd-wadmin__item {
      display: flex;
      flex-direction: column;
      gap: 0.375rem;
      padding: 1rem 1.25rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: var(--mat-sys-surface-container-lowest);
    }
    .cd-wadmin__item h3 {
      margin: 0;
      font-size: 1.125rem;
    }
    .cd-wadmin__item p {
      margin: 0;
    }
    .cd-wadmin__links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
    }
    .cd-wadmin__meter {
      display: block;
      inline-size: min(100%, 16rem);
      block-size: 0.5rem;
      border-radius: 999px;
      background: var(--mat-sys-surface-container-high);
      overflow: hidden;
    }
    .cd-wadmin__meter > span {
      display: block;
      block-size: 100%;
      background: var(--mat-sys-primary);
    }
  `,
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[
          { label: 'breadcrumb.home' | translate, link: '/' },
          { label: 'workshopsAdmin.tools' | translate, link: '/outils' },
          { label: 'workshopsAdmin.list.title' | translate },
        ]"
      />
      <h1>{{ 'workshopsAdmin.list.title' | translate }}</h1>
      <p class="cd-lead">{{ 'workshopsAdmin.list.intro' | translate }}</p>
      <p>
        <a class="cd-btn" routerLink="/auteur/ateliers/nouveau">{{ 'workshopsAdmin.list.create' | translate }}</a>
      </p>

      @if (workshops.hasValue()) {
        @if (workshops.value().length === 0) {
          <p>{{ 'workshopsAdmin.list.empty' | translate }}</p>
        }
        @for (group of groupNames; track group) {
          @if (groups()[group].length > 0) {
            <section [attr.aria-labelledby]="'ateliers-' + group">
              <h2 [id]="'ateliers-' + group">{{ 'workshopsAdmin.list.groups.' + group | translate: { count: groups()[group].length } }}</h2>
              <ul class="cd-wadmin__list">
                @for (workshop of groups()[group]; track workshop.id) {
                  <li class="cd-wadmin__item">
                    <h3>
                      <a [routerLink]="['/auteur/ateliers', workshop.id]" lang="fr">{{ workshop.title }}</a>
                    </h3>
                    <p>{{ when(workshop).key | translate: when(workshop).params }}</p>
                    @if (fillOf(workshop); as f) {
                      <p>
                        @if (f.capacity === null) {
                          {{ 'workshopsAdmin.list.fillUnlimited' | translate: { confirmed: f.confirmed } }}
                        } @else {
                          {{ 'workshopsAdmin.list.fill' | translate: { confirmed: f.confirmed, capacity: f.capacity } }}
                        }
                        @if (workshop.waitlistCount > 0) {
                          · {{ 'workshopsAdmin.list.waitlist' | translate: { count: workshop.waitlistCount } }}
                        }
                      </p>
                      @if (f.percent !== null) {
                        <span class="cd-wadmin__meter" aria-hidden="true"><span [style.inline-size.%]="f.percent > 100 ? 100 : f.percent"></span></span>
                      }
                    }
                    <p class="cd-wadmin__links">
                      <a [routerLink]="['/auteur/ateliers', workshop.id, 'inscrits']">
                        {{ 'workshopsAdmin.nav.registrants' | translate }}<span class="cd-sr-only"> : {{ workshop.title }}</span>
                      </a>
                      <a [routerLink]="['/auteur/ateliers', workshop.id, 'enquete']">
                        {{ 'workshopsAdmin.nav.survey' | translate }}<span class="cd-sr-only"> : {{ workshop.title }}</span>
                      </a>
                    </p>
                  </li>
                }
              </ul>
            </section>
          }
        }
      } @else if (workshops.error()) {
        <p>{{ (forbidden() ? 'workshopsAdmin.forbidden' : 'workshopsAdmin.loadFailed') | translate }}</p>
        <button type="button" class="cd-btn cd-btn--secondary" (click)="workshops.reload()">{{ 'workshopsAdmin.retry' | translate }}</button>
      } @else {
        <p role="status">{{ 'workshopsAdmin.loading' | translate }}</p>
      }
    </div>
  `,
})
export class WorkshopsAdminPageComponent {
  private readonly language = inject(LanguageService);

  protected readonly workshops = apiResource<AuthoringWorkshopSummary[]>(() => '/api/authoring/workshops');
  protected readonly groupNames = GROUPS;
  protected readonly groups = computed(() => groupWorkshops(this.workshops.hasValue() ? this.workshops.value() : [], new Date()));
  protected readonly forbidden = computed(() => {
    const error = this.workshops.error();
    return error instanceof ApiError && error.status === 403;
  });

  protected when(workshop: AuthoringWorkshopSummary) {
    return workshopWhen(workshop.startsAt, workshop.endsAt, this.language.current());
  }

  protected fillOf(workshop: AuthoringWorkshopSummary) {
    return fill(workshop);
  }
}
