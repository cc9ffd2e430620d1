import { ChangeDetectionStrategy, Component, DOCUMENT, inject, ViewEncapsulation } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';

/** Element ids the skip links reach; the shell gives these ids (and `tabindex="-1"`) to its landmarks. */
export const SKIP_TARGETS = { content: 'contenu', menu: 'menu', footer: 'pied-de-page' } as const;

/**
 * "Accès rapide": the first focusable elements of every page. Plain `href="#id"` links would resolve against
 * `<base href="/">` and reload the home page, so the click moves focus to the target itself.
 */
@Component({
  selector: 'cd-skip-links',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None, // App-shell styles, scoped by their BEM block instead (docs/adr/0016).
  imports: [TranslatePipe],
  template: `
    <nav class="cd-skip-links" [attr.aria-label]="'skipLinks.label' | translate">
      <ul>
        @for (link of links; track link.target) {
          <li>
            <a [href]="'#' + link.target" (click)="skipTo($event, link.target)">{{ link.labelKey | translate }}</a>
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    .cd-skip-links ul { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; margin: 0; padding: 0.75rem 1rem; list-style: none; }
    .cd-skip-links {
      position: absolute; inset-inline: 0; inset-block-start: 0; z-index: 1000;
      background: var(--mat-sys-surface-container-highest);
      transform: translateY(-100%);
    }
    .cd-skip-links:focus-within { transform: none; }
    .cd-skip-links a { color: var(--mat-sys-primary); font-weight: 700; }
  `,
})
export class SkipLinksComponent {
  private readonly document = inject(DOCUMENT);

  protected readonly links = [
    { labelKey: 'skipLinks.content', target: SKIP_TARGETS.content },
    { labelKey: 'skipLinks.menu', target: SKIP_TARGETS.menu },
    { labelKey: 'skipLinks.footer', target: SKIP_TARGETS.footer },
  ];

  protected skipTo(event: Event, id: string): void {
    const target = this.document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView?.({ block: 'start' });
  }
}
