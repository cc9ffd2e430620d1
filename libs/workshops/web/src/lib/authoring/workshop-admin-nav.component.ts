import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@culture-d/shared/web/shell';

export type WorkshopAdminTab = 'form' | 'registrants' | 'survey' | 'results';

/**
 * The pages of one workshop for its organisers: its form, registrants, survey, results, and the attendance sheet.
 * A navigation of links (each page has its own address and title), the current one marked with `aria-current`.
 * Facilitators, who may not edit, see the registrants and results only.
 */
@Component({
  selector: 'cd-workshop-admin-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  styles: `
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0 0 1.5rem;
      padding: 0;
      list-style: none;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    a {
      display: inline-block;
      padding: 0.5rem 0.75rem;
      border-block-end: 4px solid transparent;
    }
    a[aria-current='page'] {
      border-block-end-color: var(--mat-sys-primary);
      font-weight: 700;
      text-decoration: none;
    }
  `,
  template: `
    <nav [attr.aria-label]="'workshopsAdmin.nav.label' | translate">
      <ul>
        @if (canEdit()) {
          <li>
            <a [routerLink]="['/auteur/ateliers', workshopId()]" [attr.aria-current]="current() === 'form' ? 'page' : null">{{ 'workshopsAdmin.nav.form' | translate }}</a>
          </li>
        }
        <li>
          <a [routerLink]="['/auteur/ateliers', workshopId(), 'inscrits']" [attr.aria-current]="current() === 'registrants' ? 'page' : null">{{
            'workshopsAdmin.nav.registrants' | translate
          }}</a>
        </li>
        @if (canEdit()) {
          <li>
            <a [routerLink]="['/auteur/ateliers', workshopId(), 'enquete']" [attr.aria-current]="current() === 'survey' ? 'page' : null">{{
              'workshopsAdmin.nav.survey' | translate
            }}</a>
          </li>
        }
        <li>
          <a [routerLink]="['/auteur/ateliers', workshopId(), 'resultats']" [attr.aria-current]="current() === 'results' ? 'page' : null">{{
            'workshopsAdmin.nav.results' | translate
          }}</a>
        </li>
        @if (slug(); as slug) {
          <li>
            <a [routerLink]="['/ateliers', slug, 'emargement']">{{ 'workshopsAdmin.nav.sheet' | translate }}</a>
          </li>
        }
      </ul>
    </nav>
  `,
})
export class WorkshopAdminNavComponent {
  readonly workshopId = input.required<string>();
  /** The public address, for the attendance sheet (drafts have none to show). */
  readonly slug = input<string | null>(null);
  readonly current = input.required<WorkshopAdminTab>();
  readonly canEdit = input(true);
}
