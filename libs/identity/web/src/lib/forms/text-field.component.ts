import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { type FieldError, FieldComponent, FieldControlDirective, TranslatePipe } from '@culture-d/shared/web';

/**
 * One text field of the identity forms, on the form kit's `cdField` (label, optional hint and error tied to the input
 * by `aria-describedby`, `aria-invalid` when in error). Password fields may offer a "show" toggle button
 * (`aria-pressed`). The element itself stays out of the layout: the field is its `div.cd-field`.
 */
@Component({
  selector: 'cd-text-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FieldComponent, FieldControlDirective],
  styles: ':host { display: contents; }',
  template: `
    <div cdField [fieldId]="fieldId()" [label]="label()" [hint]="hint()" [error]="error()">
      <div class="cd-field__row">
        <input
          cdFieldControl
          class="cd-input"
          [type]="type() === 'password' && revealed() ? 'text' : type()"
          [formControl]="control()"
          [attr.autocomplete]="autocomplete()"
          [attr.spellcheck]="type() === 'text' ? null : 'false'"
          [attr.maxlength]="maxlength()"
          [required]="required()"
        />
        @if (revealable()) {
          <button
            type="button"
            class="cd-btn cd-btn--secondary cd-btn--small"
            [attr.aria-pressed]="revealed()"
            [attr.aria-controls]="fieldId()"
            (click)="revealed.set(!revealed())"
          >
            {{ 'identity.form.showPassword' | translate }}
          </button>
        }
      </div>
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
}
