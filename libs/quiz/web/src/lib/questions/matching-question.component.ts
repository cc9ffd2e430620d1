import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { LearnerChoice } from '@culture-d/quiz/contracts';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import type { Draft } from '../responses';
import { plainText } from './plain-text';

/** Matching as one labelled select per left item (its options: every right item), usable with keyboard and voice. */
@Component({
  selector: 'cd-matching-question',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <fieldset class="cd-quiz__field" [attr.aria-labelledby]="labelledBy()" [attr.aria-describedby]="idPrefix() + '-hint'">
      <p class="cd-quiz__hint" [id]="idPrefix() + '-hint'">{{ 'quiz.matching.hint' | translate }}</p>
      <ul class="cd-quiz__matching">
        @for (item of left(); track item.id; let i = $index) {
          <li class="cd-quiz__matching-row">
            <label class="cd-quiz__label" [for]="idPrefix() + '-' + i" [innerHTML]="item.html"></label>
            <select class="cd-quiz__select" [id]="idPrefix() + '-' + i" (change)="choose(item.id, $any($event.target).value)">
              <option value="" [selected]="!pairs()[item.id]">{{ 'quiz.matching.choose' | translate }}</option>
              @for (option of options(); track option.id) {
                <option [value]="option.id" [selected]="pairs()[item.id] === option.id">{{ option.text }}</option>
              }
            </select>
          </li>
        }
      </ul>
    </fieldset>
  `,
})
export class MatchingQuestionComponent {
  readonly left = input.required<readonly LearnerChoice[]>();
  readonly right = input.required<readonly LearnerChoice[]>();
  readonly draft = input<Draft | undefined>();
  readonly labelledBy = input.required<string>();
  readonly idPrefix = input.required<string>();
  readonly draftChange = output<Draft>();

  protected readonly options = computed(() => this.right().map((choice) => ({ id: choice.id, text: plainText(choice.html) })));
  protected readonly pairs = computed((): Readonly<Record<string, string>> => {
    const draft = this.draft();
    return draft?.kind === 'pairs' ? draft.pairs : {};
  });

  protected choose(leftId: string, rightId: string): void {
    this.draftChange.emit({ kind: 'pairs', pairs: { ...this.pairs(), [leftId]: rightId } });
  }
}
