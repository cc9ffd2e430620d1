import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import type { QuestionIssue } from './question-rules';

/** The error under a field of the question editors (form kit classes), with the id the field points to. */
@Component({
  selector: 'cd-qe-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  // A class, not a style attribute: the Content-Security-Policy forbids inline styles.
  host: { class: 'cd-qe-error' },
  template: `
    @if (issue(); as issue) {
      <p class="cd-field__error" [id]="errorId()">
        <span class="cd-sr-only">{{ 'quizEditor.errorPrefix' | translate }}</span
        >{{ issue.key | translate: issue.params }}
      </p>
    }
  `,
})
export class EditorErrorComponent {
  readonly issue = input<QuestionIssue | undefined>();
  readonly errorId = input.required<string>();
}

/**
 * Up, down and remove buttons of one item of a list (choices, answers, items, questions): every reordering works with
 * the keyboard; names say which item ("Monter le choix 2").
 */
@Component({
  selector: 'cd-qe-item-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  host: { class: 'cd-qe__actions' },
  template: `
    @if (movable()) {
      <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" [attr.aria-disabled]="index() === 0 || null" (click)="up.emit()">
        <span aria-hidden="true">↑</span><span class="cd-sr-only">{{ 'quizEditor.actions.up' | translate: { what: what() } }}</span>
      </button>
      <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" [attr.aria-disabled]="index() === count() - 1 || null" (click)="down.emit()">
        <span aria-hidden="true">↓</span><span class="cd-sr-only">{{ 'quizEditor.actions.down' | translate: { what: what() } }}</span>
      </button>
    }
    <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="remove.emit()">
      {{ 'quizEditor.actions.remove' | translate }}<span class="cd-sr-only"> {{ what() }}</span>
    </button>
  `,
})
export class ItemActionsComponent {
  readonly index = input.required<number>();
  readonly count = input.required<number>();
  /** What the item is, translated ("le choix 2"). */
  readonly what = input.required<string>();
  readonly movable = input(true);
  readonly up = output();
  readonly down = output();
  readonly remove = output();
}
