import { ChangeDetectionStrategy, Component, Directive, computed, inject, input, output } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';
import type { Message } from './form-problem';

/** A translation key, or a key with its parameters (`{ key: 'quizEditor.fields.item', params: { n: 2 } }`). */
export type FieldText = string | Message;

const asMessage = (text: FieldText): Message => (typeof text === 'string' ? { key: text } : text);

/** The error of a field or a group (`<fieldId>-error`), "Erreur : " first for screen readers unless `prefix` is false. */
@Component({
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'p[cdFieldError]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  host: { class: 'cd-field__error', '[id]': "fieldId() + '-error'" },
  template: `
    @if (prefix()) {
      <span class="cd-sr-only">{{ 'form.errorPrefix' | translate }}</span>
    }
    {{ error().key | translate: error().params }}
  `,
})
export class FieldErrorComponent {
  readonly fieldId = input.required<string>();
  readonly error = input.required<Message>();
  readonly prefix = input(true);
}

/**
 * One form field after the DSFR conventions (global classes of _forms.scss): the visible label, an optional hint, the
 * error, then the control, which the page writes itself (any `input`, `select`, `textarea`, bound to a `FormControl`
 * or to a value) and marks with `cdFieldControl`: the directive gives it the field's id, `aria-describedby` (hint,
 * then error) and `aria-invalid`. An attribute component, so that the field stays the page's own `div`:
 *
 *     <div cdField fieldId="atelier-title" label="workshopsAdmin.fields.title.label" [error]="submission.error('title')">
 *       <input cdFieldControl class="cd-input" formControlName="title" maxlength="200" />
 *     </div>
 *
 * Ids: the control `<fieldId>`, the hint `<fieldId>-hint`, the error `<fieldId>-error` (the error summaries link to
 * the control's id). Content marked `cdFieldLabel` goes at the end of the label (e.g. "(facultatif)").
 */
@Component({
  // An attribute, like Material's `button[mat-button]`: the field stays the page's own element (a `div` in a grid).
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: '[cdField]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FieldErrorComponent],
  host: { class: 'cd-field', '[class.cd-field--error]': '!!error()' },
  template: `
    @let labelText = labelMessage();
    <label class="cd-field__label" [for]="fieldId()">{{ labelText.key | translate: labelText.params }}<ng-content select="[cdFieldLabel]" /></label>
    @if (hintMessage(); as hint) {
      <p class="cd-field__hint" [id]="fieldId() + '-hint'">{{ hint.key | translate: hint.params }}</p>
    }
    @if (error(); as error) {
      <p cdFieldError [fieldId]="fieldId()" [error]="error" [prefix]="errorPrefix()"></p>
    }
    <ng-content />
  `,
})
export class FieldComponent {
  /** The control's id; the hint's and the error's derive from it. */
  readonly fieldId = input.required<string>();
  readonly label = input.required<FieldText>();
  readonly hint = input<FieldText | null | undefined>();
  /** The error shown under the label; the control is then `aria-invalid` and described by it. */
  readonly error = input<Message | null | undefined>();
  /** `aria-invalid` without an error here: the page says what is wrong elsewhere (e.g. a list of missing fields). */
  readonly invalid = input(false);
  /** Whether screen readers hear "Erreur : " before the error (`form.errorPrefix`). */
  readonly errorPrefix = input(true);

  protected readonly labelMessage = computed(() => asMessage(this.label()));
  protected readonly hintMessage = computed(() => {
    const hint = this.hint();
    return hint ? asMessage(hint) : null;
  });

  /** The control's `aria-describedby`: hint, then error; none without either. */
  readonly describedBy = computed(() => {
    const ids = [this.hint() ? `${this.fieldId()}-hint` : '', this.error() ? `${this.fieldId()}-error` : ''].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : null;
  });
  readonly ariaInvalid = computed(() => (this.error() || this.invalid() ? 'true' : null));
}

/** The control of a `cdField`: its id and accessible description come from the field. */
@Directive({
  selector: '[cdFieldControl]',
  host: { '[id]': 'field.fieldId()', '[attr.aria-describedby]': 'field.describedBy()', '[attr.aria-invalid]': 'field.ariaInvalid()' },
})
export class FieldControlDirective {
  protected readonly field = inject(FieldComponent);
}

/**
 * A list of checkboxes in a fieldset, its legend the question (DSFR): one box a value, checked when the value is in
 * `checked`; ticking or unticking one emits `toggled` with its value, the page updates its list. The boxes' ids are
 * `<optionPrefix><value>`, their labels the keys `<labelPrefix><value>`. The error (id `<fieldId>-error`) describes the
 * fieldset, whose id the error summaries link to.
 *
 *     <fieldset cdCheckboxGroup fieldId="edit-themes" legend="authoring.fields.themes.label" optionPrefix="edit-theme-"
 *       labelPrefix="catalog.themes." [values]="themes" [checked]="doc.parcours.themes" (toggled)="toggle('themes', $event)"></fieldset>
 */
@Component({
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'fieldset[cdCheckboxGroup]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FieldErrorComponent],
  host: { class: 'cd-field', '[class.cd-field--error]': '!!error()', '[id]': 'fieldId()', '[attr.aria-describedby]': "error() ? fieldId() + '-error' : null" },
  template: `
    <legend>{{ legend() | translate }}</legend>
    @if (error(); as error) {
      <p cdFieldError [fieldId]="fieldId()" [error]="error" [prefix]="errorPrefix()"></p>
    }
    @for (value of values(); track value) {
      <div class="cd-choice">
        <input type="checkbox" [id]="optionPrefix() + value" [checked]="checked().includes(value)" (change)="toggled.emit(value)" />
        <label [for]="optionPrefix() + value">{{ labelPrefix() + value | translate }}</label>
      </div>
    }
  `,
})
export class CheckboxGroupComponent<T extends string = string> {
  readonly fieldId = input.required<string>();
  /** Translation key of the legend. */
  readonly legend = input.required<string>();
  readonly values = input.required<readonly T[]>();
  readonly checked = input.required<readonly T[]>();
  readonly optionPrefix = input.required<string>();
  readonly labelPrefix = input.required<string>();
  readonly error = input<Message | null | undefined>();
  /** Whether screen readers hear "Erreur : " before the error (`form.errorPrefix`). */
  readonly errorPrefix = input(true);
  readonly toggled = output<T>();
}
