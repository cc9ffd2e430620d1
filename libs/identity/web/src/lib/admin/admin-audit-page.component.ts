import { ChangeDetectionStrategy, Component, ViewEncapsulation, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AuditEventResponse, AuditEventType, AuditPageResponse } from '@culture-d/identity/contracts';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { apiResource, LanguageService, TranslatePipe, TranslateService } from '@culture-d/shared/web';
import { AUDIT_TYPES, type AuditFilters, auditDetails, auditUrl, periodInvalid } from './admin';
import { ADMIN_STYLES } from './admin.styles';
import { formatDateTime } from './format';

/**
 * `/admin/journal`: the security journal, newest first, filtered by type and period (days, the last one included), a
 * page at a time. The API pages by cursor; the page keeps the cursors it went through, so "previous" goes back.
 * `?userId=` (from an account's page) narrows it to one person.
 */
@Component({
  selector: 'cd-admin-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent],
  encapsulation: ViewEncapsulation.None,
  styles: ADMIN_STYLES,
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[{ label: 'breadcrumb.home' | translate, link: '/' }, { label: 'identity.tools.title' | translate, link: '/outils' }, { label: 'admin.audit.title' | translate }]"
      />
      <h1>{{ 'admin.audit.title' | translate }}</h1>
      <p>{{ 'admin.audit.intro' | translate }}</p>
      @if (userId()) {
        <p>
          {{ 'admin.audit.onePerson' | translate }}
          <a routerLink="/admin/journal">{{ 'admin.audit.everyone' | translate }}</a>
        </p>
      }
      <form class="cd-admin__filters" (submit)="apply($event, type.value, from.value, to.value)" novalidate>
        <div class="cd-field">
          <label class="cd-field__label" for="audit-type">{{ 'admin.audit.type' | translate }}</label>
          <select #type id="audit-type" class="cd-input" name="type">
            <option value="">{{ 'admin.audit.allTypes' | translate }}</option>
            @for (t of types; track t) {
              <option [value]="t" [selected]="filters().type === t">{{ 'admin.audit.types.' + t | translate }}</option>
            }
          </select>
        </div>
        <div class="cd-field">
          <label class="cd-field__label" for="audit-from">{{ 'admin.audit.from' | translate }}</label>
          <input #from id="audit-from" class="cd-input" type="date" name="from" [value]="filters().from" />
        </div>
        <div class="cd-field">
          <label class="cd-field__label" for="audit-to">{{ 'admin.audit.to' | translate }}</label>
          <input
            #to
            id="audit-to"
            class="cd-input"
            type="date"
            name="to"
            [value]="filters().to"
            [attr.aria-invalid]="periodError() || null"
            [attr.aria-describedby]="periodError() ? 'audit-to-error' : null"
          />
          @if (periodError()) {
            <span class="cd-field__error" id="audit-to-error">{{ 'admin.audit.periodInvalid' | translate }}</span>
          }
        </div>
        <button type="submit" class="cd-btn">{{ 'admin.audit.apply' | translate }}</button>
      </form>
      @if (events.hasValue()) {
        @if (events.value().items.length === 0) {
          <p role="status">{{ 'admin.audit.empty' | translate }}</p>
        } @else {
          <div class="cd-admin__table-wrap">
            <table class="cd-admin__table">
              <caption>
                {{
                  'admin.audit.caption' | translate: { page: cursors().length + 1 }
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'admin.audit.when' | translate }}</th>
                  <th scope="col">{{ 'admin.audit.event' | translate }}</th>
                  <th scope="col">{{ 'admin.audit.person' | translate }}</th>
                  <th scope="col">{{ 'admin.audit.actor' | translate }}</th>
                  <th scope="col">{{ 'admin.audit.detailsTitle' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (event of events.value().items; track event.id) {
                  <tr>
                    <td>{{ date(event.occurredAt) }}</td>
                    <th scope="row">{{ 'admin.audit.types.' + event.type | translate }}</th>
                    <td>
                      @if (event.user) {
                        <a [routerLink]="['/admin/utilisateurs', event.user.id]">{{ event.user.displayName }}</a>
                      } @else {
                        {{ 'admin.audit.nobody' | translate }}
                      }
                    </td>
                    <td>{{ event.actor?.displayName ?? '' }}</td>
                    <td>
                      @for (part of details(event); track part.key; let last = $last) {
                        {{ part.key | translate: part.params }}{{ last ? '' : ' ; ' }}
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (cursors().length > 0 || events.value().nextCursor) {
            <nav class="cd-admin__pager" [attr.aria-label]="'admin.pager.label' | translate">
              <button type="button" class="cd-btn cd-btn--secondary" [disabled]="cursors().length === 0" (click)="previous()">
                {{ 'admin.pager.newer' | translate }}
              </button>
              <button type="button" class="cd-btn cd-btn--secondary" [disabled]="!events.value().nextCursor" (click)="next(events.value().nextCursor)">
                {{ 'admin.pager.older' | translate }}
              </button>
            </nav>
          }
        }
      } @else if (events.error()) {
        <p role="alert">{{ 'admin.loadFailed' | translate }}</p>
        <button type="button" class="cd-btn" (click)="events.reload()">{{ 'admin.retry' | translate }}</button>
      } @else {
        <p role="status">{{ 'admin.loading' | translate }}</p>
      }
    </div>
  `,
})
export class AdminAuditPageComponent {
  /** `?userId=`, bound by the router. */
  readonly userId = input<string>();

  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  protected readonly types = AUDIT_TYPES;
  protected readonly filters = signal<Omit<AuditFilters, 'userId'>>({ type: '', from: '', to: '' });
  protected readonly periodError = signal(false);
  /** Cursors of the pages before the current one; the current page's cursor is the last. */
  protected readonly cursors = signal<string[]>([]);
  protected readonly events = apiResource<AuditPageResponse>(() => auditUrl({ ...this.filters(), userId: this.userId() }, this.cursors().at(-1) ?? null));

  protected apply(event: Event, type: string, from: string, to: string): void {
    event.preventDefault();
    const filters = { type: type as AuditEventType | '', from, to };
    this.periodError.set(periodInvalid(filters));
    if (this.periodError()) return;
    this.filters.set(filters);
    this.cursors.set([]);
  }

  protected next(cursor: string | null): void {
    if (cursor) this.cursors.update((c) => [...c, cursor]);
  }

  protected previous(): void {
    this.cursors.update((c) => c.slice(0, -1));
  }

  protected date(iso: string): string {
    return formatDateTime(iso, this.language.current());
  }

  protected details(event: AuditEventResponse) {
    return auditDetails(event, (role) => this.translate.instant(`admin.roles.${role}`) as string);
  }
}
