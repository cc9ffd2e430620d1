import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { ErrorSummaryComponent, FormSubmission, TranslatePipe } from '@culture-d/shared/web';
import { safeReturnUrl } from '../forms/form-problem';
import { identityForm } from '../forms/form-problem';
import { PASSWORD_MAX_LENGTH } from '../forms/password-rules';
import { TextFieldComponent } from '../forms/text-field.component';
import { AccountApi } from '../session/account.api';

/** `/connexion`: e-mail and password; then back to `returnUrl` (a path of this site), or to "Mon compte". */
@Component({
  selector: 'cd-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, BreadcrumbComponent, ErrorSummaryComponent, TextFieldComponent],
  template: `
    <div class="cd-container cd-page cd-form-page">
      <cd-breadcrumb [label]="'breadcrumb.label' | translate" [items]="[{ label: 'breadcrumb.home' | translate, link: '/' }, { label: 'identity.signIn.title' | translate }]" />
      <h1>{{ 'identity.signIn.title' | translate }}</h1>
      <p class="cd-lead">{{ 'identity.signIn.intro' | translate }}</p>

      <form class="cd-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <cd-error-summary idPrefix="connexion" [problem]="submission.problem()" />
        <p class="cd-form__note">{{ 'identity.form.allRequired' | translate }}</p>
        <cd-text-field
          fieldId="connexion-email"
          label="identity.fields.email.label"
          hint="identity.fields.email.hint"
          type="email"
          autocomplete="email"
          [control]="form.controls.email"
          [error]="submission.error('email')"
        />
        <cd-text-field
          fieldId="connexion-password"
          label="identity.fields.password.label"
          type="password"
          autocomplete="current-password"
          [control]="form.controls.password"
          [error]="submission.error('password')"
          [revealable]="true"
        />
        <p class="cd-form__note">
          <a routerLink="/mot-de-passe/oublie">{{ 'identity.signIn.forgot' | translate }}</a>
        </p>
        <div class="cd-form__actions">
          <button type="submit" class="cd-btn" [attr.aria-disabled]="submission.sending() || null">
            {{ (submission.sending() ? 'identity.form.sending' : 'identity.signIn.submit') | translate }}
          </button>
        </div>
      </form>

      <h2>{{ 'identity.signIn.noAccountTitle' | translate }}</h2>
      <p>{{ 'identity.signIn.noAccount' | translate }}</p>
      <p>
        <a class="cd-btn" routerLink="/inscription">{{ 'identity.signIn.register' | translate }}</a>
      </p>
    </div>
  `,
})
export class SignInPageComponent {
  private readonly account = inject(AccountApi);
  private readonly router = inject(Router);

  /** Query parameter: where to go after signing in. */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required, Validators.maxLength(PASSWORD_MAX_LENGTH * 4)]],
  });
  protected readonly submission = new FormSubmission(this.form, identityForm({ fields: ['email', 'password'] }));

  protected submit(): void {
    this.submission.submit(
      () => this.account.signIn(this.form.getRawValue()),
      () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
    );
  }
}
