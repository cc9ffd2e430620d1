import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { LearnerChoice } from '@culture-d/quiz/contracts';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import type { Draft } from '../responses';

/**
 * One answer among choices (radio buttons) or several (checkboxes), in a fieldset named by the question's stem.
 * Native inputs: arrow keys move between radios, Space ticks a checkbox, and screen readers say "1 sur 4".
 */
@Component({
  selector: 'cd-choice-question',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <fieldset class="cd-quiz__field" [attr.aria-labelledby]="labelledBy()" [attr.aria-describedby]="multiple() ? idPrefix() + '-hint' : null">
      @if (multiple()) {
        <p class="cd-quiz__hint" [id]="idPrefix() + '-hint'">{{ 'quiz.question.severalAnswers' | translate }}</p>
      }
      @for (choice of choices(); track choice.id; let i = $index) {
        <div class="cd-quiz__choice">
          <input
            [type]="multiple() ? 'checkbox' : 'radio'"
            [id]="idPrefix() + '-' + i"
            [name]="idPrefix()"
            [value]="choice.id"
            [checked]="isChecked(choice.id)"
            (change)="toggle(choice.id, $any($event.target).checked)"
          />
          <label [for]="idPrefix() + '-' + i" [innerHTML]="choice.html"></label>
        </div>
      }
    </fieldset>
  `,
})
export class ChoiceQuestionComponent {
  readonly choices = input.required<readonly LearnerChoice[]>();
  readonly multiple = input(false);
  readonly draft = input<Draft | undefined>();
  /** Id of the stem, which names the group. */
  readonly labelledBy = input.required<string>();
  readonly idPrefix = input.required<string>();
  readonly draftChange = output<Draft>();

  private readonly selected = computed(() => {
    const draft = this.draft();
    if (draft?.kind === 'choice') return [draft.choiceId];
    if (draft?.kind === 'choices') return draft.choiceIds;
    return [];
  });

  protected isChecked(id: string): boolean {
    return this.selected().includes(id);
  }

  protected toggle(id: string, checked: boolean): void {
    if (!this.multiple()) {
      if (checked) this.draftChange.emit({ kind: 'choice', choiceId: id });
      return;
    }
    const others = this.selected().filter((selected) => selected !== id);
    // Kept in the order shown, whatever the order of the clicks.
    const ids = this.choices()
      .map((choice) => choice.id)
      .filter((choiceId) => (choiceId === id ? checked : others.includes(choiceId)));
    this.draftChange.emit({ kind: 'choices', choiceIds: ids });
  }
}
