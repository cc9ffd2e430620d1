import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { IconComponent } from '../icon/icon.component';

/**
 * A card whose whole surface follows one link (the heading's), as DSFR "tuiles" do: one tab stop, one accessible
 * name, the description read after it.
 */
@Component({
  selector: 'cd-entry-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, IconComponent],
  template: `
    <article class="cd-entry-card">
      <h3 class="cd-entry-card__title">
        <a [routerLink]="link()" [queryParams]="queryParams()" [fragment]="fragment()">{{ heading() }}</a>
      </h3>
      <p class="cd-entry-card__text">{{ description() }}</p>
      <cd-icon class="cd-entry-card__arrow" name="arrowForward" />
    </article>
  `,
  styleUrl: './entry-card.component.scss',
})
export class EntryCardComponent {
  readonly heading = input.required<string>();
  readonly description = input.required<string>();
  readonly link = input.required<string>();
  readonly queryParams = input<Record<string, string> | undefined>(undefined);
  readonly fragment = input<string | undefined>(undefined);
}
