import { ChangeDetectionStrategy, Component, type ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import type { Locale, SessionResponse } from '@culture-d/identity/contracts';
import type { Audience } from '@culture-d/shared/contracts';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { ErrorSummaryComponent, FormSubmission, isLanguage, LanguageService, StatusMessageService, TranslatePipe } from '@culture-d/shared/web';
import { AudienceFieldComponent } from '../forms/audience-field.component';
import { identityForm } from '../forms/form-problem';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../forms/password-rules';
import { TextFieldComponent } from '../forms/text-field.component';
import { AccountApi } from '../session/account.api';
import { AuthStore } from '../session/auth.store';
import { describeUserAgent } from './user-agent';

/**
 * `/compte` "Mon compte" (signed in only): profile, password, sessions, download of one's data, and the deletion
 * of the account behind an explicit confirmation that asks for the password.
 */
@Component({
  selector: 'cd-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, BreadcrumbComponent, ErrorSummaryComponent, TextFieldComponent, AudienceFieldComponent],
  templateUrl: './account-page.component.html',
  styles: `
    .cd-account__section {
      margin-block-end: 2.5rem;
    }
    .cd-account__sessions {
      margin: 0 0 1rem;
      padding: 0;
      list-style: none;
    }
    .cd-account__sessions li {
      padding: 0.75rem 0;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .cd-account__session-name {
      font-weight: 700;
    }
    .cd-account__current {
      display: inline-block;
      margin-inline-start: 0.5rem;
      padding: 0 0.5rem;
      border-radius: 999px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      font-size: 0.875rem;
    }
    .cd-account__danger {
      margin-block-start: 1rem;
      padding: 1rem 1.25rem;
      border: 2px solid var(--mat-sys-error);
      border-radius: 4px;
      h3 {
        margin-block-start: 0;
      }
      h3:focus {
        outline: none;
      }
      h3:focus-visible {
        outline: 3px solid var(--cd-focus-color);
      }
    }
    select.cd-input {
      appearance: auto;
    }
  `,
})
export class AccountPageComponent {
  private readonly auth = inject(AuthStore);
  private readonly api = inject(AccountApi);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly status = inject(StatusMessageService);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly user = this.auth.user;
  protected readonly passwordMin = PASSWORD_MIN_LENGTH;

  // Profile
  protected readonly profileForm = this.fb.group({
    displayName: [this.user()?.displayName ?? '', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(80)]],
    audience: [this.user()?.audience ?? '', Validators.required],
    locale: [this.user()?.locale ?? this.language.current(), Validators.required],
  });
  protected readonly profile = new FormSubmission(this.profileForm, identityForm({ fields: ['displayName', 'audience', 'locale'] }));
  protected readonly profileStatus = signal<string | null>(null);

  // Password
  protected readonly passwordForm = this.fb.group({
    currentPassword: ['', [Validators.required, Validators.maxLength(PASSWORD_MAX_LENGTH * 4)]],
    newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)]],
  });
  protected readonly password = new FormSubmission(
    this.passwordForm,
    identityForm({
      fields: ['currentPassword', 'newPassword'],
      codeFields: { WRONG_PASSWORD: 'currentPassword', PASSWORD_TOO_COMMON: 'newPassword', PASSWORD_TOO_SHORT: 'newPassword' },
      renamedFields: { password: 'newPassword' },
    }),
  );
  protected readonly passwordStatus = signal<string | null>(null);

  // Sessions
  protected readonly sessions = signal<readonly SessionResponse[] | null>(null);
  protected readonly sessionsStatus = signal<string | null>(null);
  protected readonly signingOutElsewhere = signal(false);
  protected readonly otherSessions = computed(() => (this.sessions() ?? []).filter((session) => !session.current).length);

  // Deletion
  protected readonly deleteForm = this.fb.group({ password: ['', [Validators.required, Validators.maxLength(PASSWORD_MAX_LENGTH * 4)]] });
  protected readonly deletion = new FormSubmission(
    this.deleteForm,
    identityForm({
      fields: ['password'],
      codeFields: { WRONG_PASSWORD: 'password' },
    }),
  );
  protected readonly confirmingDeletion = signal(false);
  private readonly deleteOpener = viewChild<ElementRef<HTMLButtonElement>>('deleteOpener');
  private readonly deleteHeading = viewChild<ElementRef<HTMLElement>>('deleteHeading');

  constructor() {
    this.loadSessions();
  }

  protected saveProfile(): void {
    this.profileStatus.set(null);
    const value = this.profileForm.getRawValue();
    this.profile.submit(
      () =>
        this.api.updateProfile({
          displayName: value.displayName.trim(),
          audience: value.audience as Audience,
          locale: value.locale as Locale,
        }),
      (user) => {
        if (isLanguage(user.locale) && user.locale !== this.language.current()) void this.language.use(user.locale);
        this.profileStatus.set('identity.account.profile.saved');
      },
    );
  }

  protected changePassword(): void {
    this.passwordStatus.set(null);
    const value = this.passwordForm.getRawValue();
    this.password.submit(
      () => this.api.changePassword(value.currentPassword, value.newPassword),
      () => {
        this.passwordForm.reset();
        this.passwordStatus.set('identity.account.password.saved');
      },
    );
  }

  protected signOutElsewhere(): void {
    if (this.signingOutElsewhere()) return;
    this.signingOutElsewhere.set(true);
    this.sessionsStatus.set(null);
    this.api.signOutElsewhere().subscribe({
      next: () => {
        this.signingOutElsewhere.set(false);
        this.sessionsStatus.set('identity.account.sessions.done');
        this.loadSessions();
      },
      error: () => {
        this.signingOutElsewhere.set(false);
        this.sessionsStatus.set('form.errors.UNKNOWN');
      },
    });
  }

  protected sessionLabel(session: SessionResponse): string {
    return describeUserAgent(session.userAgent);
  }

  protected date(value: string): string {
    return new Intl.DateTimeFormat(this.language.current(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(value));
  }

  protected openDeletion(): void {
    this.deletion.reset();
    this.deleteForm.reset();
    this.confirmingDeletion.set(true);
    afterNextRender(() => this.deleteHeading()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancelDeletion(): void {
    this.confirmingDeletion.set(false);
    afterNextRender(() => this.deleteOpener()?.nativeElement.focus(), { injector: this.injector });
  }

  protected deleteAccount(): void {
    this.deletion.submit(
      () => this.api.deleteAccount(this.deleteForm.getRawValue().password),
      () => void this.router.navigateByUrl('/').then(() => this.status.show('identity.account.delete.done')),
    );
  }

  private loadSessions(): void {
    this.api.sessions().subscribe({
      next: (sessions) => this.sessions.set(sessions),
      error: () => this.sessions.set([]),
    });
  }
}
