import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { Audience } from '@culture-d/shared/contracts';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { ErrorSummaryComponent, FormSubmission, LanguageService, StatusMessageService, TranslatePipe } from '@culture-d/shared/web';
import { AudienceFieldComponent } from '../forms/audience-field.component';
import { identityForm } from '../forms/form-problem';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../forms/password-rules';
import { TextFieldComponent } from '../forms/text-field.component';
import { AccountApi } from '../session/account.api';

export const REGISTER_FIELDS = ['email', 'displayName', 'password', 'audience'] as const;

/** `/inscription`: e-mail, displayed name, password and audience; signed in at once, then "Mon compte". */
@Component({
  selector: 'cd-register-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, BreadcrumbComponent, ErrorSummaryComponent, TextFieldComponent, AudienceFieldComponent],
  template: `
    <div class="cd-container cd-page cd-form-page">
      <cd-breadcrumb [label]="'breadcrumb.label' | translate" [items]="[{ label: 'breadcrumb.home' | translate, link: '/' }, { label: 'identity.register.title' | translate }]" />
      <h1>{{ 'identity.register.title' | translate }}</h1>
      <p class="cd-lead">{{ 'identity.register.intro' | translate }}</p>
      <p>
        {{ 'identity.register.haveAccount' | translate }}
        <a routerLink="/connexion">{{ 'identity.register.signIn' | translate }}</a>
      </p>

      <form class="cd-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <cd-error-summary idPrefix="inscription" [problem]="submission.problem()" />
        <p class="cd-form__note">{{ 'identity.form.allRequired' | translate }}</p>
        <cd-text-field
          fieldId="inscription-email"
          label="identity.fields.email.label"
          hint="identity.fields.email.hint"
          type="email"
          autocomplete="email"
          [maxlength]="254"
          [control]="form.controls.email"
          [error]="submission.error('email')"
        />
        <cd-text-field
          fieldId="inscription-displayName"
          label="identity.fields.displayName.label"
          hint="identity.fields.displayName.hint"
          autocomplete="nickname"
          [maxlength]="80"
          [control]="form.controls.displayName"
          [error]="submission.error('displayName')"
        />
        <cd-text-field
          fieldId="inscription-password"
          label="identity.fields.password.label"
          hint="identity.fields.password.hint"
          type="password"
          autocomplete="new-password"
          [control]="form.controls.password"
          [error]="submission.error('password')"
          [revealable]="true"
        />
        <cd-audience-field fieldId="inscription-audience" [control]="form.controls.audience" [error]="submission.error('audience')" />

        <p class="cd-callout" id="inscription-privacy">
          {{ 'identity.register.privacy' | translate }}
          <a routerLink="/donnees-personnelles">{{ 'identity.register.privacyLink' | translate }}</a>
        </p>
        <div class="cd-form__actions">
          <button type="submit" class="cd-btn" aria-describedby="inscription-privacy" [attr.aria-disabled]="submission.sending() || null">
            {{ (submission.sending() ? 'identity.form.sending' : 'identity.register.submit') | translate }}
          </button>
        </div>
      </form>
    </div>
  `,
})
export class RegisterPageComponent {
  private readonly account = inject(AccountApi);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly status = inject(StatusMessageService);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    displayName: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(80)]],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)]],
    audience: ['', Validators.required],
  });
  protected readonly submission = new FormSubmission(
    this.form,
    identityForm({
      fields: REGISTER_FIELDS,
      codeFields: { EMAIL_TAKEN: 'email', PASSWORD_TOO_COMMON: 'password', PASSWORD_TOO_SHORT: 'password' },
    }),
  );

  protected submit(): void {
    const value = this.form.getRawValue();
    this.submission.submit(
      () =>
        this.account.register({
          email: value.email.trim(),
          displayName: value.displayName.trim(),
          password: value.password,
          audience: value.audience as Audience,
          locale: this.language.current(),
        }),
      () => void this.router.navigateByUrl('/compte').then(() => this.status.show('identity.register.done')),
    );
  }
}
