import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import { type Draft, SHORT_TEXT_MAX_LENGTH, parseDecimal } from '../responses';

/**
 * A written answer: a short text, or a number. A number is typed as text (`inputmode="decimal"`, not
 * `type="number"`, which refuses "12,5" in some browsers): a comma or a point for decimals, spaces allowed, and a
 * clear message when what is typed is not a number, once the person leaves the field.
 */
@Component({
  selector: 'cd-text-answer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div class="cd-quiz__field">
      <label class="cd-quiz__label" [for]="idPrefix() + '-input'">
        {{ 'quiz.question.yourAnswer' | translate }}
        @if (unit()) {
          <span>{{ 'quiz.question.inUnit' | translate: { unit: unit() } }}</span>
        }
      </label>
      @if (numeric()) {
        <p class="cd-quiz__hint" [id]="idPrefix() + '-hint'">{{ 'quiz.question.numberHint' | translate }}</p>
      }
      @if (invalid()) {
        <p class="cd-quiz__error" [id]="idPrefix() + '-error'">{{ 'quiz.question.notANumber' | translate }}</p>
      }
      <input
        class="cd-quiz__input"
        [class.cd-quiz__input--number]="numeric()"
        type="text"
        [id]="idPrefix() + '-input'"
        [attr.inputmode]="numeric() ? 'decimal' : null"
        [attr.maxlength]="numeric() ? null : maxLength"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="invalid() || null"
        autocomplete="off"
        spellcheck="false"
        [value]="text()"
        (input)="change($any($event.target).value)"
        (blur)="touched.set(true)"
      />
    </div>
  `,
})
export class TextAnswerComponent {
  readonly numeric = input(false);
  readonly unit = input<string | undefined>();
  readonly draft = input<Draft | undefined>();
  /** Id of the stem, which describes the field. */
  readonly describedByStem = input.required<string>();
  readonly idPrefix = input.required<string>();
  readonly draftChange = output<Draft>();

  protected readonly maxLength = SHORT_TEXT_MAX_LENGTH;
  protected readonly touched = signal(false);
  protected readonly text = computed(() => {
    const draft = this.draft();
    return draft?.kind === 'text' ? draft.text : '';
  });
  protected readonly invalid = computed(() => this.numeric() && this.touched() && this.text().trim() !== '' && parseDecimal(this.text()) === null);
  protected readonly describedBy = computed(() =>
    [this.describedByStem(), this.numeric() ? `${this.idPrefix()}-hint` : null, this.invalid() ? `${this.idPrefix()}-error` : null].filter(Boolean).join(' '),
  );

  protected change(text: string): void {
    this.draftChange.emit({ kind: 'text', text });
  }
}
