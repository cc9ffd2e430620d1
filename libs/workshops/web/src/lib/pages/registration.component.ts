import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@culture-d/identity/web';
import type { MyRegistrationResponse, RegistrationResponse, WorkshopResponse } from '@culture-d/workshops/contracts';
import { apiResource, ErrorSummaryComponent, TranslatePipe } from '@culture-d/shared/web';
import { type FormProblem, clientProblem, mapProblem } from '../forms/form-problem';
import { WorkshopsApi } from '../workshops.api';

/** The guest form's fields, in their order (also the API's names under `guest`). */
export const GUEST_FIELDS = ['name', 'email', 'consent'] as const;

/**
 * "Je m'inscris": one button for a signed-in person; for a visitor, a guest form (name, e-mail, an explicit consent
 * checkbox, unchecked) with a link to sign in instead. The outcome is said in a polite live region.
 */
@Component({
  selector: 'cd-workshop-registration',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorSummaryComponent],
  template: `
    <section class="cd-registration" aria-labelledby="inscription-titre">
      <h2 id="inscription-titre">{{ 'workshops.registration.title' | translate }}</h2>
      <div class="cd-registration__live" aria-live="polite">
        @if (result(); as result) {
          <div class="cd-status">
            <p>
              @if (result.status === 'waitlisted') {
                {{ 'workshops.registration.waitlisted' | translate: { position: result.position ?? '' } }}
              } @else {
                {{ 'workshops.registration.confirmed' | translate }}
              }
            </p>
            @if (asGuest()) {
              <p>{{ 'workshops.registration.guestEmailSent' | translate }}</p>
            } @else {
              <p><a routerLink="/ateliers/mes-inscriptions">{{ 'workshops.mine.title' | translate }}</a></p>
            }
          </div>
        }
      </div>
      @if (!result()) {
        @if (!workshop().registrationOpen) {
          <p class="cd-registration__closed">{{ 'workshops.registration.closed' | translate }}</p>
        } @else if (!auth.known()) {
          <p>{{ 'workshops.list.loading' | translate }}</p>
        } @else if (auth.signedIn() && existing(); as existing) {
          <p class="cd-registration__already">
            @if (existing.status === 'waitlisted') {
              {{ 'workshops.registration.alreadyWaitlisted' | translate: { position: existing.position ?? '' } }}
            } @else {
              {{ 'workshops.registration.alreadyConfirmed' | translate }}
            }
          </p>
          <p><a routerLink="/ateliers/mes-inscriptions">{{ 'workshops.mine.title' | translate }}</a></p>
        } @else if (auth.signedIn()) {
          @if (message(); as message) {
            <p class="cd-field__error" role="alert">{{ message.key | translate: message.params }}</p>
          }
          <p>{{ 'workshops.registration.signedInAs' | translate: { name: auth.user()?.displayName ?? '' } }}</p>
          <button type="button" class="cd-btn" [attr.aria-disabled]="sending() || null" (click)="registerSignedIn()">
            {{ (sending() ? 'workshops.form.sending' : 'workshops.registration.submit') | translate }}
          </button>
        } @else {
          <p>
            {{ 'workshops.registration.guestIntro' | translate }}
            <a routerLink="/connexion" [queryParams]="{ returnUrl: '/ateliers/' + workshop().slug }">{{
              'workshops.registration.signInInstead' | translate
            }}</a>
          </p>
          <form class="cd-form" [formGroup]="form" (ngSubmit)="registerGuest()" novalidate>
            <cd-error-summary idPrefix="invite" [problem]="problem()" />
            <div class="cd-field" [class.cd-field--error]="!!error('name')">
              <label class="cd-field__label" for="invite-name">{{ 'workshops.fields.name.label' | translate }}</label>
              @if (error('name'); as e) {
                <p class="cd-field__error" id="invite-name-error">
                  <span class="cd-sr-only">{{ 'workshops.form.errorPrefix' | translate }}</span>{{ e.key | translate }}
                </p>
              }
              <input
                class="cd-input"
                id="invite-name"
                type="text"
                autocomplete="name"
                maxlength="120"
                required
                formControlName="name"
                [attr.aria-invalid]="error('name') ? 'true' : null"
                [attr.aria-describedby]="error('name') ? 'invite-name-error' : null"
              />
            </div>
            <div class="cd-field" [class.cd-field--error]="!!error('email')">
              <label class="cd-field__label" for="invite-email">{{ 'workshops.fields.email.label' | translate }}</label>
              <p class="cd-field__hint" id="invite-email-hint">{{ 'workshops.fields.email.hint' | translate }}</p>
              @if (error('email'); as e) {
                <p class="cd-field__error" id="invite-email-error">
                  <span class="cd-sr-only">{{ 'workshops.form.errorPrefix' | translate }}</span>{{ e.key | translate }}
                </p>
              }
              <input
                class="cd-input"
                id="invite-email"
                type="email"
                autocomplete="email"
                spellcheck="false"
                maxlength="254"
                required
                formControlName="email"
                [attr.aria-invalid]="error('email') ? 'true' : null"
                [attr.aria-describedby]="error('email') ? 'invite-email-hint invite-email-error' : 'invite-email-hint'"
              />
            </div>
            <div class="cd-field" [class.cd-field--error]="!!error('consent')">
              @if (error('consent'); as e) {
                <p class="cd-field__error" id="invite-consent-error">
                  <span class="cd-sr-only">{{ 'workshops.form.errorPrefix' | translate }}</span>{{ e.key | translate }}
                </p>
              }
              <div class="cd-choice">
                <input
                  id="invite-consent"
                  type="checkbox"
                  required
                  formControlName="consent"
                  [attr.aria-invalid]="error('consent') ? 'true' : null"
                  [attr.aria-describedby]="error('consent') ? 'invite-consent-hint invite-consent-error' : 'invite-consent-hint'"
                />
                <label for="invite-consent">{{ 'workshops.fields.consent.label' | translate }}</label>
                <p class="cd-field__hint" id="invite-consent-hint">
                  {{ 'workshops.fields.consent.hint' | translate }}
                  <a routerLink="/donnees-personnelles">{{ 'workshops.fields.consent.privacyLink' | translate }}</a>
                </p>
              </div>
            </div>
            <div class="cd-form__actions">
              <button type="submit" class="cd-btn" [attr.aria-disabled]="sending() || null">
                {{ (sending() ? 'workshops.form.sending' : 'workshops.registration.submit') | translate }}
              </button>
            </div>
          </form>
        }
      }
    </section>
  `,
  // The forms' global styles (also for the signed-in button, where there is no error summary); selectors are scoped by hand.
  encapsulation: ViewEncapsulation.None,
  styles: `
    cd-workshop-registration { display: block; }
    .cd-registration { max-inline-size: 40rem; }
    .cd-registration h2 { margin-block: 0 0.75rem; }
    .cd-registration .cd-form { margin-block: 1rem 0; }
    .cd-registration__closed,
    .cd-registration__already { font-weight: 700; }
    .cd-registration .cd-status p { margin: 0; }
    .cd-registration .cd-status p + p { margin-block-start: 0.5rem; }
  `,
})
export class RegistrationComponent {
  readonly workshop = input.required<WorkshopResponse>();
  /** After a registration: the page reloads the seats. */
  readonly registered = output<RegistrationResponse>();

  protected readonly auth = inject(AuthStore);
  private readonly api = inject(WorkshopsApi);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(120), Validators.pattern(/\S/)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    consent: [false, [Validators.requiredTrue]],
  });

  /** A signed-in person's registrations: says "already registered" rather than offering the button again. */
  private readonly mine = apiResource<MyRegistrationResponse[]>(() => (this.auth.signedIn() ? '/api/me/registrations' : undefined));
  protected readonly existing = computed(() =>
    this.mine.hasValue() ? (this.mine.value().find((registration) => registration.workshopId === this.workshop().id) ?? null) : null,
  );

  protected readonly problem = signal<FormProblem | null>(null);
  /** A message for the signed-in button (already registered, closed…). */
  protected readonly message = computed(() => this.problem()?.message ?? null);
  protected readonly sending = signal(false);
  protected readonly result = signal<RegistrationResponse | null>(null);
  protected readonly asGuest = signal(false);

  constructor() {
    void this.auth.load();
  }

  protected error(field: string) {
    return this.problem()?.fields.find((e) => e.field === field);
  }

  protected registerSignedIn(): void {
    if (this.sending()) return;
    this.send(false);
  }

  protected registerGuest(): void {
    if (this.sending()) return;
    const client = clientProblem(this.form, GUEST_FIELDS);
    if (client) {
      this.problem.set(client);
      return;
    }
    this.send(true);
  }

  private send(guest: boolean): void {
    const value = this.form.getRawValue();
    this.problem.set(null);
    this.sending.set(true);
    this.api
      .register(this.workshop().id, guest ? { name: value.name.trim(), email: value.email.trim(), consent: true } : undefined)
      .subscribe({
        next: (result) => {
          this.sending.set(false);
          this.asGuest.set(guest);
          this.result.set(result);
          this.registered.emit(result);
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.problem.set(mapProblem(error, GUEST_FIELDS));
          if (!guest) this.mine.reload();
        },
      });
  }
}
