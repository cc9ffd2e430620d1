import { ChangeDetectionStrategy, Component, ElementRef, ViewEncapsulation, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AdminUserResponse, AuditPageResponse } from '@culture-d/identity/contracts';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { ApiClient, ApiError, apiResource, LanguageService, type Message, problemMessage, TranslatePipe, TranslateService } from '@culture-d/shared/web';
import { AuthStore } from '../session/auth.store';
import { EDITABLE_ROLES, type EditableRole, auditDetails, auditUrl, rolesToSave, tickedRoles } from './admin';
import { ADMIN_STYLES } from './admin.styles';
import { formatDateTime } from './format';

const KNOWN_CODES = ['LAST_ADMIN', 'USER_NOT_FOUND'];

/**
 * `/admin/utilisateurs/:id`: one account; its roles as checkboxes (learner always kept and shown ticked); deactivating
 * (after a confirmation that takes the focus) or reactivating; and the person's latest security events. Any change
 * ends the person's sessions, which the page says.
 */
@Component({
  selector: 'cd-admin-user-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent],
  encapsulation: ViewEncapsulation.None,
  styles: ADMIN_STYLES,
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[
          { label: 'breadcrumb.home' | translate, link: '/' },
          { label: 'admin.users.title' | translate, link: '/admin/utilisateurs' },
          { label: user.hasValue() ? user.value().displayName : ('admin.user.title' | translate) },
        ]"
      />
      <h1>{{ user.hasValue() ? user.value().displayName : ('admin.user.title' | translate) }}</h1>
      <div aria-live="polite">
        @if (notice(); as notice) {
          <p class="cd-status">{{ notice.key | translate: notice.params }}</p>
        }
      </div>
      @if (user.hasValue()) {
        <dl class="cd-admin__facts">
          <dt>{{ 'admin.users.email' | translate }}</dt>
          <dd>{{ user.value().email }}</dd>
          <dt>{{ 'admin.user.audience' | translate }}</dt>
          <dd>{{ 'identity.audiences.' + user.value().audience + '.label' | translate }}</dd>
          <dt>{{ 'admin.users.status' | translate }}</dt>
          <dd>
            {{ (user.value().active ? 'admin.users.active' : 'admin.users.inactive') | translate }}
            @if (user.value().deactivatedAt) {
              ({{ 'admin.user.since' | translate: { date: date(user.value().deactivatedAt) } }})
            }
          </dd>
          <dt>{{ 'admin.users.createdAt' | translate }}</dt>
          <dd>{{ date(user.value().createdAt) }}</dd>
          <dt>{{ 'admin.user.lastActive' | translate }}</dt>
          <dd>{{ user.value().lastActiveAt ? date(user.value().lastActiveAt) : ('admin.user.never' | translate) }}</dd>
        </dl>

        <form class="cd-admin__panel" (submit)="saveRoles($event)">
          <fieldset class="cd-field">
            <legend class="cd-field__label">
              <h2>{{ 'admin.user.rolesTitle' | translate }}</h2>
            </legend>
            <p class="cd-field__hint" id="admin-roles-hint">{{ 'admin.user.rolesHint' | translate }}</p>
            <div>
              <input type="checkbox" id="role-learner" checked disabled aria-describedby="admin-roles-hint" />
              <label for="role-learner">{{ 'admin.roles.learner' | translate }} — {{ 'admin.user.learnerAlways' | translate }}</label>
            </div>
            @for (role of roles; track role) {
              <div>
                <input type="checkbox" [id]="'role-' + role" [checked]="ticked()[role]" (change)="tick(role, $any($event.target).checked)" />
                <label [for]="'role-' + role">{{ 'admin.roles.' + role | translate }}</label>
              </div>
            }
          </fieldset>
          <div class="cd-form__actions">
            <button type="submit" class="cd-btn" [attr.aria-disabled]="sending() || null">{{ 'admin.user.saveRoles' | translate }}</button>
          </div>
        </form>

        <section class="cd-admin__panel" aria-labelledby="admin-access-title">
          <h2 id="admin-access-title">{{ 'admin.user.accessTitle' | translate }}</h2>
          @if (user.value().active) {
            <p>{{ 'admin.user.deactivateText' | translate }}</p>
            @if (isSelf()) {
              <p>{{ 'admin.user.selfNote' | translate }}</p>
            } @else if (!confirming()) {
              <button type="button" class="cd-btn cd-btn--danger" (click)="confirming.set(true)">{{ 'admin.user.deactivate' | translate }}</button>
            } @else {
              <div role="group" aria-labelledby="admin-confirm-title">
                <p id="admin-confirm-title" tabindex="-1" #confirmTitle>
                  <strong>{{ 'admin.user.confirmText' | translate: { name: user.value().displayName } }}</strong>
                </p>
                <div class="cd-form__actions">
                  <button type="button" class="cd-btn cd-btn--danger" [attr.aria-disabled]="sending() || null" (click)="setActive(false)">
                    {{ 'admin.user.confirmDeactivate' | translate }}
                  </button>
                  <button type="button" class="cd-btn cd-btn--secondary" (click)="confirming.set(false)">{{ 'admin.user.cancel' | translate }}</button>
                </div>
              </div>
            }
          } @else {
            <p>{{ 'admin.user.reactivateText' | translate }}</p>
            <button type="button" class="cd-btn" [attr.aria-disabled]="sending() || null" (click)="setActive(true)">{{ 'admin.user.reactivate' | translate }}</button>
          }
        </section>

        <section aria-labelledby="admin-events-title">
          <h2 id="admin-events-title">{{ 'admin.user.eventsTitle' | translate }}</h2>
          @if (events.hasValue()) {
            @if (events.value().items.length === 0) {
              <p>{{ 'admin.audit.empty' | translate }}</p>
            } @else {
              <ul>
                @for (event of events.value().items; track event.id) {
                  <li>
                    {{ date(event.occurredAt) }} — {{ 'admin.audit.types.' + event.type | translate }}
                    @if (event.actor && event.actor.id !== event.user?.id) {
                      ({{ 'admin.audit.by' | translate: { name: event.actor.displayName } }})
                    }
                    @for (part of details(event); track part.key) {
                      — {{ part.key | translate: part.params }}
                    }
                  </li>
                }
              </ul>
              <p>
                <a routerLink="/admin/journal" [queryParams]="{ userId: id() }">{{ 'admin.user.allEvents' | translate }}</a>
              </p>
            }
          }
        </section>
      } @else if (notFound()) {
        <p>{{ 'admin.user.notFound' | translate }}</p>
        <p>
          <a routerLink="/admin/utilisateurs">{{ 'admin.user.back' | translate }}</a>
        </p>
      } @else if (user.error()) {
        <p role="alert">{{ 'admin.loadFailed' | translate }}</p>
        <button type="button" class="cd-btn" (click)="user.reload()">{{ 'admin.retry' | translate }}</button>
      } @else {
        <p role="status">{{ 'admin.loading' | translate }}</p>
      }
    </div>
  `,
})
export class AdminUserPageComponent {
  /** Route param, bound by the router. */
  readonly id = input.required<string>();

  private readonly http = inject(ApiClient);
  private readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  private readonly confirmTitle = viewChild<ElementRef<HTMLElement>>('confirmTitle');

  protected readonly roles = EDITABLE_ROLES;
  protected readonly user = apiResource<AdminUserResponse>(() => `/api/admin/users/${encodeURIComponent(this.id())}`);
  protected readonly events = apiResource<AuditPageResponse>(() => (this.user.hasValue() ? auditUrl({ type: '', from: '', to: '', userId: this.id() }, null, 10) : undefined));
  protected readonly ticked = signal<Record<EditableRole, boolean>>({ facilitator: false, author: false, admin: false });
  protected readonly sending = signal(false);
  protected readonly confirming = signal(false);
  protected readonly notice = signal<Message | null>(null);
  protected readonly isSelf = computed(() => this.auth.user()?.id === this.id());
  protected readonly notFound = computed(() => {
    const error = this.user.error();
    return error instanceof ApiError && error.status === 404;
  });

  constructor() {
    effect(() => {
      if (this.user.hasValue()) this.ticked.set(tickedRoles(this.user.value().roles));
    });
    // The confirmation takes the focus, so that a keyboard or screen reader user hears what is asked.
    effect(() => this.confirmTitle()?.nativeElement.focus());
  }

  protected tick(role: EditableRole, checked: boolean): void {
    this.ticked.update((t) => ({ ...t, [role]: checked }));
  }

  protected saveRoles(event: Event): void {
    event.preventDefault();
    this.update({ roles: rolesToSave(this.ticked()) }, 'admin.user.rolesSaved');
  }

  protected setActive(active: boolean): void {
    this.update({ active }, active ? 'admin.user.reactivated' : 'admin.user.deactivated');
  }

  protected date(iso: string | null): string {
    return formatDateTime(iso, this.language.current());
  }

  protected details(event: AuditPageResponse['items'][number]) {
    return auditDetails(event, (role) => this.translate.instant(`admin.roles.${role}`) as string);
  }

  private update(body: object, done: string): void {
    if (this.sending()) return;
    this.sending.set(true);
    this.notice.set(null);
    this.http.patch<AdminUserResponse>(`/api/admin/users/${encodeURIComponent(this.id())}`, body).subscribe({
      next: (updated) => {
        this.sending.set(false);
        this.confirming.set(false);
        this.user.set(updated);
        this.events.reload();
        this.notice.set({ key: done, params: { name: updated.displayName } });
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.confirming.set(false);
        this.notice.set(problemMessage(error, 'admin', KNOWN_CODES));
        // The boxes go back to what is recorded: a refused change must not look saved.
        if (this.user.hasValue()) this.ticked.set(tickedRoles(this.user.value().roles));
      },
    });
  }
}
