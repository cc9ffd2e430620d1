import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { AUDIENCES } from '@culture-d/shared/contracts';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import type { FieldError } from '@culture-d/shared/web';

/** "Vous êtes…": the four audiences as a radio group with a legend, each with one plain line saying who it is for. */
@Component({
  selector: 'cd-audience-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe],
  template: `
    <fieldset class="cd-field" [class.cd-field--error]="!!error()" [id]="fieldId()" [attr.aria-describedby]="error() ? fieldId() + '-error' : null">
      <legend>{{ 'identity.fields.audience.label' | translate }}</legend>
      @if (error(); as error) {
        <p class="cd-field__error" [id]="fieldId() + '-error'">
          <span class="cd-sr-only">{{ 'identity.form.errorPrefix' | translate }}</span
          >{{ error.key | translate }}
        </p>
      }
      @for (audience of audiences; track audience) {
        <div class="cd-choice">
          <input
            type="radio"
            [id]="fieldId() + '-' + audience"
            [name]="fieldId()"
            [value]="audience"
            [formControl]="control()"
            [attr.aria-describedby]="fieldId() + '-' + audience + '-hint'"
            [attr.aria-invalid]="error() ? 'true' : null"
          />
          <label [for]="fieldId() + '-' + audience">{{ 'identity.audiences.' + audience + '.label' | translate }}</label>
          <p class="cd-field__hint" [id]="fieldId() + '-' + audience + '-hint'">
            {{ 'identity.audiences.' + audience + '.hint' | translate }}
          </p>
        </div>
      }
    </fieldset>
  `,
})
export class AudienceFieldComponent {
  readonly fieldId = input.required<string>();
  readonly control = input.required<FormControl<string>>();
  readonly error = input<FieldError | undefined>();

  protected readonly audiences = AUDIENCES;
}
