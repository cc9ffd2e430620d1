import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ParcoursCardResponse } from '@culture-d/catalog/contracts';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import { durationPhrase } from '../util/format';

/** Audiences, themes, level, duration and number of modules of a parcours, as a description list. */
@Component({
  selector: 'cd-parcours-facts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <dl class="cd-facts">
      <div>
        <dt>{{ 'catalog.facts.audiences' | translate }}</dt>
        <dd>
          @for (audience of parcours().audiences; track audience; let last = $last) {
            {{ 'catalog.audiences.' + audience | translate }}{{ last ? '' : ', ' }}
          }
        </dd>
      </div>
      <div>
        <dt>{{ 'catalog.facts.themes' | translate }}</dt>
        <dd>
          @for (theme of parcours().themes; track theme; let last = $last) {
            {{ 'catalog.themes.' + theme | translate }}{{ last ? '' : ', ' }}
          }
        </dd>
      </div>
      <div>
        <dt>{{ 'catalog.facts.level' | translate }}</dt>
        <dd>{{ 'catalog.levels.' + parcours().level | translate }}</dd>
      </div>
      <div>
        <dt>{{ 'catalog.facts.duration' | translate }}</dt>
        <dd>{{ duration().key | translate: duration().params }}</dd>
      </div>
      <div>
        <dt>{{ 'catalog.facts.modules' | translate }}</dt>
        <dd>{{ parcours().moduleCount }}</dd>
      </div>
    </dl>
  `,
  styles: `
    .cd-facts { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: auto 0 0; padding-block-start: 0.5rem; font-size: 0.9375rem; }
    .cd-facts div { display: flex; gap: 0.375rem; }
    dt { color: var(--mat-sys-on-surface-variant); }
    dd { margin: 0; font-weight: 700; }
  `,
})
export class ParcoursFactsComponent {
  readonly parcours = input.required<ParcoursCardResponse>();
  protected readonly duration = computed(() => durationPhrase(this.parcours().durationMinutes));
}
