import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { ErrorSummaryComponent, FormSubmission, TranslatePipe } from '@culture-d/shared/web';
import { identityForm } from '../forms/form-problem';
import { TextFieldComponent } from '../forms/text-field.component';
import { AccountApi } from '../session/account.api';

/** `/mot-de-passe/oublie`: asks for a reset link; the answer never says whether an account exists. */
@Component({
  selector: 'cd-forgot-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, BreadcrumbComponent, ErrorSummaryComponent, TextFieldComponent],
  template: `
    <div class="cd-container cd-page cd-form-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[
          { label: 'breadcrumb.home' | translate, link: '/' },
          { label: 'identity.signIn.title' | translate, link: '/connexion' },
          { label: 'identity.forgot.title' | translate },
        ]"
      />
      <h1>{{ 'identity.forgot.title' | translate }}</h1>
      <p class="cd-lead">{{ 'identity.forgot.intro' | translate }}</p>

      <form class="cd-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <cd-error-summary idPrefix="oubli" [problem]="submission.problem()" />
        <div class="cd-form__live" aria-live="polite">
          @if (sent()) {
            <p class="cd-status">{{ 'identity.forgot.sent' | translate }}</p>
          }
        </div>
        <cd-text-field
          fieldId="oubli-email"
          label="identity.fields.email.label"
          hint="identity.fields.email.hint"
          type="email"
          autocomplete="email"
          [control]="form.controls.email"
          [error]="submission.error('email')"
        />
        <div class="cd-form__actions">
          <button type="submit" class="cd-btn" [attr.aria-disabled]="submission.sending() || null">
            {{ (submission.sending() ? 'identity.form.sending' : 'identity.forgot.submit') | translate }}
          </button>
          <a routerLink="/connexion">{{ 'identity.forgot.back' | translate }}</a>
        </div>
      </form>
    </div>
  `,
})
export class ForgotPasswordPageComponent {
  private readonly api = inject(AccountApi);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
  });
  protected readonly submission = new FormSubmission(this.form, identityForm({ fields: ['email'] }));
  protected readonly sent = signal(false);

  protected submit(): void {
    this.sent.set(false);
    this.submission.submit(
      () => this.api.forgotPassword(this.form.getRawValue().email.trim()),
      () => this.sent.set(true),
    );
  }
}
