import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { WorkshopResponse } from '@culture-d/workshops/contracts';
import { LanguageService, TranslatePipe } from '@culture-d/shared/web';
import { seatsLabel, workshopWhen } from '../util/format';

/** One workshop in the list: its title links to it; when (Paris time), where, the seats, whether one may still register. */
@Component({
  selector: 'cd-workshop-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <article class="cd-workshop-card">
      <h3 class="cd-workshop-card__title">
        <a [routerLink]="['/ateliers', workshop().slug]" [attr.lang]="contentLang()">{{ workshop().title }}</a>
      </h3>
      <p class="cd-workshop-card__summary" [attr.lang]="contentLang()">{{ workshop().summary }}</p>
      <dl class="cd-workshop-card__facts">
        <div>
          <dt>{{ 'workshops.facts.when' | translate }}</dt>
          <dd>{{ when().key | translate: when().params }}</dd>
        </div>
        <div>
          <dt>{{ 'workshops.facts.where' | translate }}</dt>
          <dd>
            @if (workshop().venue; as venue) {
              {{ venue.name }}, {{ venue.city }}
              @if (workshop().format === 'hybrid') {
                {{ 'workshops.format.alsoOnline' | translate }}
              }
            } @else {
              {{ 'workshops.format.online' | translate }}
            }
          </dd>
        </div>
        <div>
          <dt>{{ 'workshops.facts.seats' | translate }}</dt>
          <dd>{{ seats().key | translate: seats().params }}</dd>
        </div>
      </dl>
      @if (!workshop().registrationOpen) {
        <p class="cd-workshop-card__closed">{{ 'workshops.registration.closed' | translate }}</p>
      }
    </article>
  `,
  styles: `
    :host { display: block; block-size: 100%; }
    .cd-workshop-card {
      display: flex; flex-direction: column; gap: 0.5rem; block-size: 100%; padding: 1.25rem 1.5rem;
      border: 1px solid var(--mat-sys-outline-variant); border-block-end: 4px solid var(--mat-sys-primary);
      border-radius: 8px; background: var(--mat-sys-surface-container-lowest);
    }
    .cd-workshop-card__title { margin: 0; font-size: 1.25rem; }
    .cd-workshop-card__summary { margin: 0; }
    .cd-workshop-card__facts { display: grid; gap: 0.25rem; margin: 0; }
    .cd-workshop-card__facts div { display: flex; flex-wrap: wrap; gap: 0 0.5rem; }
    .cd-workshop-card__facts dt { font-weight: 700; }
    .cd-workshop-card__facts dt::after { content: ' :'; }
    .cd-workshop-card__facts dd { margin: 0; }
    .cd-workshop-card__closed { margin: 0; font-weight: 700; color: var(--mat-sys-error); }
  `,
})
export class WorkshopCardComponent {
  readonly workshop = input.required<WorkshopResponse>();
  private readonly language = inject(LanguageService);

  /** Titles are French content: say so when the interface is in English. */
  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));
  protected readonly when = computed(() => workshopWhen(this.workshop().startsAt, this.workshop().endsAt, this.language.current()));
  protected readonly seats = computed(() => seatsLabel(this.workshop()));
}
