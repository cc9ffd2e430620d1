import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { ErrorSummaryComponent, FormSubmission, problemOf, TranslatePipe } from '@culture-d/shared/web';
import { identityForm } from '../forms/form-problem';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../forms/password-rules';
import { TextFieldComponent } from '../forms/text-field.component';
import { AccountApi } from '../session/account.api';

/** `/mot-de-passe/nouveau?jeton=…`: the link of the reset e-mail; choose a new password. */
@Component({
  selector: 'cd-reset-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, BreadcrumbComponent, ErrorSummaryComponent, TextFieldComponent],
  template: `
    <div class="cd-container cd-page cd-form-page">
      <cd-breadcrumb [label]="'breadcrumb.label' | translate" [items]="[{ label: 'breadcrumb.home' | translate, link: '/' }, { label: 'identity.reset.title' | translate }]" />
      <h1>{{ 'identity.reset.title' | translate }}</h1>
      @switch (view()) {
        @case ('done') {
          <p class="cd-status" role="status">{{ 'identity.reset.done' | translate }}</p>
          <p>
            <a class="cd-btn" routerLink="/connexion">{{ 'identity.reset.signIn' | translate }}</a>
          </p>
        }
        @case ('invalid') {
          <div class="cd-callout" role="alert">
            <h2>{{ 'identity.reset.invalidTitle' | translate }}</h2>
            <p>{{ 'identity.reset.invalidText' | translate }}</p>
          </div>
          <p>
            <a class="cd-btn" routerLink="/mot-de-passe/oublie">{{ 'identity.reset.askAgain' | translate }}</a>
          </p>
        }
        @default {
          <p class="cd-lead">{{ 'identity.reset.intro' | translate }}</p>
          <form class="cd-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <cd-error-summary idPrefix="nouveau" [problem]="submission.problem()" />
            <cd-text-field
              fieldId="nouveau-password"
              label="identity.fields.newPassword.label"
              hint="identity.fields.password.hint"
              type="password"
              autocomplete="new-password"
              [control]="form.controls.password"
              [error]="submission.error('password')"
              [revealable]="true"
            />
            <div class="cd-form__actions">
              <button type="submit" class="cd-btn" [attr.aria-disabled]="submission.sending() || null">
                {{ (submission.sending() ? 'identity.form.sending' : 'identity.reset.submit') | translate }}
              </button>
            </div>
          </form>
        }
      }
    </div>
  `,
})
export class ResetPasswordPageComponent {
  private readonly api = inject(AccountApi);

  /** Query parameter `jeton`: the token of the e-mailed link. */
  readonly jeton = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)]],
  });
  protected readonly submission = new FormSubmission(
    this.form,
    identityForm({
      fields: ['password'],
      codeFields: { PASSWORD_TOO_COMMON: 'password', PASSWORD_TOO_SHORT: 'password' },
    }),
  );
  private readonly state = signal<'form' | 'done' | 'invalid'>('form');
  /** Without a token there is nothing to do but ask for a new link. */
  protected readonly view = computed(() => (this.jeton() ? this.state() : 'invalid'));

  protected submit(): void {
    const token = this.jeton() ?? '';
    this.submission.submit(
      () => this.api.resetPassword(token, this.form.getRawValue().password),
      () => this.state.set('done'),
      (error) => {
        // A used or expired link (422), or a mangled one (400 on the token): say so, and offer to ask for a new one.
        const problem = problemOf(error);
        const invalid = problem?.code === 'RESET_TOKEN_INVALID' || !!problem?.errors?.some((e) => e.field === 'token');
        if (invalid) this.state.set('invalid');
        return invalid;
      },
    );
  }
}
