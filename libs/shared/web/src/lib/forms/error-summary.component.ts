import { ChangeDetectionStrategy, Component, DOCUMENT, type ElementRef, afterRenderEffect, inject, input, viewChild } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';
import type { FormProblem } from './form-problem';

/**
 * The error summary at the top of a form (DSFR / GOV.UK pattern): after a submission with errors it takes the
 * focus, says what is wrong, and links to each field. Each link moves the focus to its field (plain `#id` links
 * would resolve against `<base href="/">`).
 * Styles: the global `_forms.scss` of this folder.
 */
@Component({
  selector: 'cd-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (problem(); as problem) {
      <div #box class="cd-error-summary" tabindex="-1" [attr.aria-labelledby]="idPrefix() + '-summary-title'">
        <h2 class="cd-error-summary__title" [id]="idPrefix() + '-summary-title'">
          {{ (problem.fields.length > 0 ? 'form.summaryTitle' : 'form.failedTitle') | translate }}
        </h2>
        @if (problem.message; as message) {
          <p>{{ message.key | translate: message.params }}</p>
        }
        @if (problem.fields.length > 0) {
          <ul>
            @for (error of problem.fields; track error.field) {
              <li>
                <a [href]="'#' + idPrefix() + '-' + error.field" (click)="goTo($event, error.field)">{{ error.key | translate: error.params }}</a>
              </li>
            }
          </ul>
        }
      </div>
    }
  `,
})
export class ErrorSummaryComponent {
  private readonly document = inject(DOCUMENT);

  /** A new object at each failed submission: the summary takes the focus each time. */
  readonly problem = input<FormProblem | null>(null);
  /** Prefix of the field ids of the form: the field `email` is `#<prefix>-email`. */
  readonly idPrefix = input.required<string>();

  private readonly box = viewChild<ElementRef<HTMLElement>>('box');

  constructor() {
    afterRenderEffect(() => {
      if (this.problem()) this.box()?.nativeElement.focus();
    });
  }

  protected goTo(event: Event, field: string): void {
    event.preventDefault();
    const id = `${this.idPrefix()}-${field}`;
    const target = this.document.getElementById(id);
    // A radio group: its fieldset has the id; focus the chosen radio, or the first.
    const focusable = target instanceof HTMLFieldSetElement ? (target.querySelector<HTMLInputElement>('input:checked') ?? target.querySelector<HTMLInputElement>('input')) : target;
    focusable?.focus();
  }
}
