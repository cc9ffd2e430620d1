import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { LearnerQuestion } from '@culture-d/quiz/contracts';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import type { Draft } from '../responses';
import { plainText } from './plain-text';

type ClozeSegment = (LearnerQuestion & { type: 'cloze' })['segments'][number];

/**
 * A text with blanks: each blank is an inline field or select, labelled "Blanc n° 1 sur 3" for screen readers (the
 * sentence around it is read just before).
 */
@Component({
  selector: 'cd-cloze-question',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div class="cd-quiz__field" role="group" [attr.aria-labelledby]="labelledBy()" [attr.aria-describedby]="idPrefix() + '-hint'">
      <p class="cd-quiz__hint" [id]="idPrefix() + '-hint'">{{ 'quiz.cloze.hint' | translate }}</p>
      <div class="cd-quiz__cloze">
        @for (segment of numbered(); track $index) {
          @if (segment.kind === 'text') {
            <span [innerHTML]="segment.html"></span>
          } @else {
            <label class="cd-sr-only" [for]="idPrefix() + '-' + segment.blankId">{{ 'quiz.cloze.blank' | translate: { n: segment.n, count: count() } }}</label>
            @if (segment.input === 'choice') {
              <select class="cd-quiz__select cd-quiz__select--inline" [id]="idPrefix() + '-' + segment.blankId" (change)="fill(segment.blankId, $any($event.target).value)">
                <option value="" [selected]="!blanks()[segment.blankId]">{{ 'quiz.cloze.choose' | translate }}</option>
                @for (option of segment.options; track option.id) {
                  <option [value]="option.id" [selected]="blanks()[segment.blankId] === option.id">{{ option.text }}</option>
                }
              </select>
            } @else {
              <input
                class="cd-quiz__input cd-quiz__input--inline"
                type="text"
                autocomplete="off"
                spellcheck="false"
                [id]="idPrefix() + '-' + segment.blankId"
                [value]="valueOf(segment.blankId)"
                (input)="fill(segment.blankId, $any($event.target).value)"
              />
            }
          }
        }
      </div>
    </div>
  `,
})
export class ClozeQuestionComponent {
  readonly segments = input.required<readonly ClozeSegment[]>();
  readonly draft = input<Draft | undefined>();
  readonly labelledBy = input.required<string>();
  readonly idPrefix = input.required<string>();
  readonly draftChange = output<Draft>();

  /** Segments with each blank's number and, for choice blanks, options as plain text. */
  protected readonly numbered = computed(() => {
    let n = 0;
    return this.segments().map((segment) => {
      if (segment.kind === 'text') return segment;
      n += 1;
      const options = segment.input === 'choice' ? segment.choices.map((choice) => ({ id: choice.id, text: plainText(choice.html) })) : [];
      return { ...segment, n, options };
    });
  });
  protected readonly count = computed(() => this.segments().filter((segment) => segment.kind === 'blank').length);
  protected readonly blanks = computed((): Readonly<Record<string, string>> => {
    const draft = this.draft();
    return draft?.kind === 'pairs' ? draft.pairs : {};
  });

  protected valueOf(blankId: string): string {
    return this.blanks()[blankId] ?? '';
  }

  protected fill(blankId: string, value: string): void {
    this.draftChange.emit({ kind: 'pairs', pairs: { ...this.blanks(), [blankId]: value } });
  }
}
