import { ChangeDetectionStrategy, Component, type ElementRef, afterNextRender, input, output, viewChild } from '@angular/core';
import { TranslatePipe } from '@culture-d/shared/web/shell';

/**
 * An inline confirmation for an action with consequences (a new code, archiving, leaving, changing one's sharing):
 * says what will happen, takes the focus so that screen readers read it, then "yes" or "cancel".
 */
@Component({
  selector: 'cd-group-confirm',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  styles: `
    :host {
      display: block;
    }
    .cd-confirm {
      margin-block: 1rem;
      padding: 1rem 1.25rem;
      border: 2px solid var(--mat-sys-outline);
      border-inline-start-width: 6px;
      border-radius: 4px;
      background: var(--mat-sys-surface);
    }
    .cd-confirm__text {
      margin: 0 0 1rem;
      font-weight: 700;
    }
    .cd-confirm__text:focus-visible {
      outline: 3px solid var(--cd-focus-color);
      outline-offset: 2px;
    }
    .cd-confirm__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
  `,
  template: `
    <div class="cd-confirm">
      <p #text class="cd-confirm__text" tabindex="-1">{{ message() | translate: params() }}</p>
      <div class="cd-confirm__actions">
        <button type="button" class="cd-btn" [class.cd-btn--danger]="danger()" [attr.aria-disabled]="busy() || null" (click)="busy() || confirmed.emit()">
          {{ confirmLabel() | translate }}
        </button>
        <button type="button" class="cd-btn cd-btn--secondary" (click)="cancelled.emit()">{{ 'groups.form.cancel' | translate }}</button>
      </div>
    </div>
  `,
})
export class ConfirmComponent {
  /** Translation key of what will happen. */
  readonly message = input.required<string>();
  readonly params = input<Record<string, unknown>>({});
  /** Translation key of the "yes" button, which names the action. */
  readonly confirmLabel = input.required<string>();
  readonly danger = input(false);
  /** While the request runs: the "yes" button does nothing. */
  readonly busy = input(false);
  readonly confirmed = output<void>();
  readonly cancelled = output<void>();

  private readonly text = viewChild.required<ElementRef<HTMLElement>>('text');

  constructor() {
    afterNextRender(() => this.text().nativeElement.focus());
  }
}
