import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

export interface BreadcrumbItem {
  readonly label: string;
  /** Router link of the crumb; the last crumb (the current page) has none. */
  readonly link?: string;
  /** A section of the linked page, e.g. a module of a parcours. */
  readonly fragment?: string;
}

/**
 * Breadcrumbs after the DSFR pattern: a labelled `nav` with an ordered list; the last item is the current page,
 * not a link, marked `aria-current="page"`. Labels arrive translated.
 */
@Component({
  selector: 'cd-breadcrumb',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <nav class="cd-breadcrumb" [attr.aria-label]="label()">
      <ol>
        @for (item of items(); track $index; let last = $last) {
          <li>
            @if (item.link && !last) {
              <a [routerLink]="item.link" [fragment]="item.fragment">{{ item.label }}</a>
            } @else {
              <span aria-current="page">{{ item.label }}</span>
            }
          </li>
        }
      </ol>
    </nav>
  `,
  styles: `
    ol { display: flex; flex-wrap: wrap; gap: 0.25rem 0; margin: 0 0 1.5rem; padding: 0; list-style: none; font-size: 0.875rem; }
    li { display: inline-flex; align-items: center; }
    li + li::before { content: '›'; margin-inline: 0.5rem; color: var(--mat-sys-on-surface-variant); }
    a { color: var(--mat-sys-on-surface-variant); }
    [aria-current] { color: var(--mat-sys-on-surface); }
  `,
})
export class BreadcrumbComponent {
  readonly items = input.required<readonly BreadcrumbItem[]>();
  /** Accessible name of the navigation landmark, e.g. "Vous êtes ici :". */
  readonly label = input.required<string>();
}
