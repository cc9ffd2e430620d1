import { ChangeDetectionStrategy, Component, DOCUMENT, ViewEncapsulation, afterNextRender, inject, Injector, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { apiResource, LanguageService, SKIP_TARGETS, TranslatePipe } from '@culture-d/shared/web';
import type { MyRegistrationResponse } from '@culture-d/workshops/contracts';
import { problemMessage } from '../forms/form-problem';
import { type Message, workshopWhen } from '../util/format';
import { WorkshopsApi } from '../workshops.api';

/**
 * `/ateliers/mes-inscriptions` (signed in): my registrations, confirmed or on the waiting list (with the position),
 * each with "Me désinscrire" and a confirmation step before anything is sent.
 */
@Component({
  selector: 'cd-my-registrations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent],
  encapsulation: ViewEncapsulation.None,
  styles: `
    .cd-mine__list { display: grid; gap: 1.25rem; margin: 0 0 3rem; padding: 0; list-style: none; max-inline-size: 48rem; }
    .cd-mine__item {
      display: flex; flex-direction: column; gap: 0.5rem; padding: 1.25rem 1.5rem;
      border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; background: var(--mat-sys-surface-container-lowest);
    }
    .cd-mine__item h2 { margin: 0; font-size: 1.25rem; }
    .cd-mine__item p { margin: 0; }
    .cd-mine__status { font-weight: 700; }
    .cd-mine__confirm { display: flex; flex-direction: column; gap: 0.75rem; padding: 1rem; border-inline-start: 4px solid var(--mat-sys-error); background: var(--mat-sys-surface-container); }
    .cd-mine__live { margin-block-end: 1rem; max-inline-size: 48rem; }
  `,
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[
          { label: 'breadcrumb.home' | translate, link: '/' },
          { label: 'workshops.list.title' | translate, link: '/ateliers' },
          { label: 'workshops.mine.title' | translate },
        ]"
      />
      <h1>{{ 'workshops.mine.title' | translate }}</h1>
      <div class="cd-mine__live" aria-live="polite">
        @if (notice(); as notice) {
          <p class="cd-status">{{ notice.key | translate: notice.params }}</p>
        }
      </div>
      @if (registrations.hasValue()) {
        @if (registrations.value().length === 0) {
          <p>{{ 'workshops.mine.empty' | translate }}</p>
          <p><a routerLink="/ateliers">{{ 'workshops.mine.seeWorkshops' | translate }}</a></p>
        } @else {
          <ul class="cd-mine__list">
            @for (registration of registrations.value(); track registration.id) {
              <li class="cd-mine__item">
                <h2>
                  <a [routerLink]="['/ateliers', registration.workshop.slug]" [attr.lang]="contentLang()">{{ registration.workshop.title }}</a>
                </h2>
                <p>{{ when(registration).key | translate: when(registration).params }}</p>
                <p>
                  @if (registration.workshop.venue; as venue) {
                    {{ venue.name }}, {{ venue.city }}
                  } @else {
                    {{ 'workshops.format.online' | translate }}
                  }
                </p>
                <p class="cd-mine__status">
                  @if (registration.status === 'waitlisted') {
                    {{ 'workshops.mine.waitlisted' | translate: { position: registration.position ?? '' } }}
                  } @else {
                    {{ 'workshops.mine.confirmed' | translate }}
                  }
                </p>
                @if (confirming() === registration.workshopId) {
                  <div class="cd-mine__confirm" role="group" [attr.aria-labelledby]="'confirmer-' + registration.id">
                    <p [id]="'confirmer-' + registration.id" tabindex="-1">
                      {{ 'workshops.mine.confirmQuestion' | translate: { title: registration.workshop.title } }}
                    </p>
                    <div class="cd-form__actions">
                      <button type="button" class="cd-btn cd-btn--danger" [attr.aria-disabled]="sending() || null" (click)="unregister(registration)">
                        {{ (sending() ? 'workshops.form.sending' : 'workshops.mine.confirmYes') | translate }}
                      </button>
                      <button type="button" class="cd-btn cd-btn--secondary" (click)="confirming.set(null)">
                        {{ 'workshops.mine.confirmNo' | translate }}
                      </button>
                    </div>
                  </div>
                } @else {
                  <div>
                    <button type="button" class="cd-btn cd-btn--secondary" (click)="ask(registration)">
                      {{ 'workshops.mine.unregister' | translate }}
                      <span class="cd-sr-only">: {{ registration.workshop.title }}</span>
                    </button>
                  </div>
                }
              </li>
            }
          </ul>
        }
      } @else if (registrations.error()) {
        <p>{{ 'workshops.errors.failedText' | translate }}</p>
        <button type="button" class="cd-btn" (click)="registrations.reload()">{{ 'workshops.errors.retry' | translate }}</button>
      } @else {
        <p role="status">{{ 'workshops.list.loading' | translate }}</p>
      }
    </div>
  `,
})
export class MyRegistrationsPageComponent {
  private readonly api = inject(WorkshopsApi);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly registrations = apiResource<MyRegistrationResponse[]>(() => '/api/me/registrations');
  /** The workshop whose unregistration waits for a confirmation. */
  protected readonly confirming = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly notice = signal<Message | null>(null);

  protected contentLang(): string | null {
    return this.language.current() === 'fr' ? null : 'fr';
  }

  protected when(registration: MyRegistrationResponse): Message {
    return workshopWhen(registration.workshop.startsAt, registration.workshop.endsAt, this.language.current());
  }

  protected ask(registration: MyRegistrationResponse): void {
    this.notice.set(null);
    this.confirming.set(registration.workshopId);
    // The question takes the focus, so that it is read and the two answers follow.
    afterNextRender(() => this.document.getElementById(`confirmer-${registration.id}`)?.focus(), { injector: this.injector });
  }

  protected unregister(registration: MyRegistrationResponse): void {
    if (this.sending()) return;
    this.sending.set(true);
    this.api.unregister(registration.workshopId).subscribe({
      next: () => {
        this.sending.set(false);
        this.confirming.set(null);
        this.notice.set({ key: 'workshops.mine.cancelled', params: { title: registration.workshop.title } });
        this.registrations.reload();
        this.document.getElementById(SKIP_TARGETS.content)?.focus();
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.notice.set(problemMessage(error));
      },
    });
  }
}
