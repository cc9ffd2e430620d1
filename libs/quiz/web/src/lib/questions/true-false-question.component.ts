import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import type { Draft } from '../responses';

/** Vrai / Faux as two radio buttons, in a fieldset named by the stem. */
@Component({
  selector: 'cd-true-false-question',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <fieldset class="cd-quiz__field" [attr.aria-labelledby]="labelledBy()">
      @for (option of options; track option) {
        <div class="cd-quiz__choice">
          <input
            type="radio"
            [id]="idPrefix() + '-' + option"
            [name]="idPrefix()"
            [checked]="draft()?.kind === 'boolean' && $any(draft()).value === option"
            (change)="draftChange.emit({ kind: 'boolean', value: option })"
          />
          <label [for]="idPrefix() + '-' + option">{{ (option ? 'quiz.trueFalse.true' : 'quiz.trueFalse.false') | translate }}</label>
        </div>
      }
    </fieldset>
  `,
})
export class TrueFalseQuestionComponent {
  readonly draft = input<Draft | undefined>();
  readonly labelledBy = input.required<string>();
  readonly idPrefix = input.required<string>();
  readonly draftChange = output<Draft>();
  protected readonly options = [true, false] as const;
}
