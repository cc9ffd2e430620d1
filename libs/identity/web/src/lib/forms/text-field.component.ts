import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import type { FieldError } from '@culture-d/shared/web';

/**
 * One text field after the DSFR conventions: a visible label, an optional hint and the error, both tied to the
 * input by `aria-describedby`, `aria-invalid` when in error. Password fields may offer a "show" toggle button
 * (`aria-pressed`). Styles: forms.scss.
 */
@Component({
  selector: 'cd-text-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe],
  host: { class: 'cd-field', '[class.cd-field--error]': '!!error()' },
  template: `
    <label class="cd-field__label" [for]="fieldId()">{{ label() | translate }}</label>
    @if (hint(); as hint) {
      <p class="cd-field__hint" [id]="fieldId() + '-hint'">{{ hint | translate }}</p>
    }
    @if (error(); as error) {
      <p class="cd-field__error" [id]="fieldId() + '-error'">
        <span class="cd-sr-only">{{ 'identity.form.errorPrefix' | translate }}</span
        >{{ error.key | translate: error.params }}
      </p>
    }
    <div class="cd-field__row">
      <input
        class="cd-input"
        [id]="fieldId()"
        [type]="type() === 'password' && revealed() ? 'text' : type()"
        [formControl]="control()"
        [attr.autocomplete]="autocomplete()"
        [attr.spellcheck]="type() === 'text' ? null : 'false'"
        [attr.aria-invalid]="error() ? 'true' : null"
        [attr.aria-describedby]="describedBy()"
        [attr.maxlength]="maxlength()"
        [required]="required()"
      />
      @if (revealable()) {
        <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" [attr.aria-pressed]="revealed()" [attr.aria-controls]="fieldId()" (click)="revealed.set(!revealed())">
          {{ 'identity.form.showPassword' | translate }}
        </button>
      }
    </div>
  `,
})
export class TextFieldComponent {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string>();
  readonly type = input<'text' | 'email' | 'password'>('text');
  readonly autocomplete = input.required<string>();
  readonly control = input.required<FormControl<string>>();
  readonly error = input<FieldError | undefined>();
  readonly required = input(true);
  readonly maxlength = input<number | null>(null);
  /** Password fields only: offers a button that shows the password as plain text. */
  readonly revealable = input(false);

  protected readonly revealed = signal(false);
  protected readonly describedBy = computed(() => [this.hint() ? `${this.fieldId()}-hint` : '', this.error() ? `${this.fieldId()}-error` : ''].filter(Boolean).join(' ') || null);
}
