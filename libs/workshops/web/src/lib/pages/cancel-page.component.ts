import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import { problemCode, problemMessage } from '../forms/form-problem';
import type { Message } from '../util/format';
import { WorkshopsApi } from '../workshops.api';

/**
 * `/ateliers/annuler?jeton=…`: the link e-mailed to a guest. Opening it changes nothing (mail scanners open links):
 * the page explains, and a button cancels.
 */
@Component({
  selector: 'cd-cancel-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent],
  encapsulation: ViewEncapsulation.None,
  template: `
    <div class="cd-container cd-page cd-form-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[
          { label: 'breadcrumb.home' | translate, link: '/' },
          { label: 'workshops.list.title' | translate, link: '/ateliers' },
          { label: 'workshops.cancel.title' | translate },
        ]"
      />
      <h1>{{ 'workshops.cancel.title' | translate }}</h1>
      <div class="cd-form__live" aria-live="polite">
        @switch (outcome()) {
          @case ('cancelled') {
            <p class="cd-status">{{ 'workshops.cancel.done' | translate }}</p>
          }
          @case ('invalid') {
            <p class="cd-status">{{ 'workshops.cancel.invalid' | translate }}</p>
          }
        }
      </div>
      @if (outcome() === 'pending') {
        @if (token()) {
          <p>{{ 'workshops.cancel.intro' | translate }}</p>
          @if (message(); as message) {
            <p class="cd-field__error" role="alert">{{ message.key | translate: message.params }}</p>
          }
          <div class="cd-form__actions">
            <button type="button" class="cd-btn cd-btn--danger" [attr.aria-disabled]="sending() || null" (click)="cancel()">
              {{ (sending() ? 'workshops.form.sending' : 'workshops.cancel.submit') | translate }}
            </button>
            <a routerLink="/ateliers">{{ 'workshops.cancel.keep' | translate }}</a>
          </div>
        } @else {
          <p>{{ 'workshops.cancel.invalid' | translate }}</p>
        }
      }
      @if (outcome() !== 'pending') {
        <p><a routerLink="/ateliers">{{ 'workshops.detail.backToList' | translate }}</a></p>
      }
    </div>
  `,
})
export class CancelPageComponent {
  /** Query param, bound by the router. */
  readonly jeton = input<string | undefined>();

  private readonly api = inject(WorkshopsApi);
  protected readonly token = computed(() => (typeof this.jeton() === 'string' ? this.jeton()!.trim() : ''));
  protected readonly outcome = signal<'pending' | 'cancelled' | 'invalid'>('pending');
  protected readonly sending = signal(false);
  protected readonly message = signal<Message | null>(null);

  protected cancel(): void {
    if (this.sending()) return;
    this.message.set(null);
    this.sending.set(true);
    this.api.cancelWithToken(this.token()).subscribe({
      next: () => {
        this.sending.set(false);
        this.outcome.set('cancelled');
      },
      error: (error: unknown) => {
        this.sending.set(false);
        const code = problemCode(error);
        if (code === 'REGISTRATION_NOT_FOUND' || code === 'VALIDATION_FAILED') this.outcome.set('invalid');
        else this.message.set(problemMessage(error));
      },
    });
  }
}
