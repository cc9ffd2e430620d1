import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AdminUserResponse, ListResponse } from '@culture-d/identity/contracts';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { apiResource, LanguageService, TranslatePipe } from '@culture-d/shared/web';
import { pageInfo, usersUrl } from './admin';
import { ADMIN_STYLES } from './admin.styles';
import { formatDateTime } from './format';

/**
 * `/admin/utilisateurs`: search accounts by name or e-mail (the API ignores case and accents), 20 a page, newest first;
 * each name opens the account. The result count is announced when a search ends.
 */
@Component({
  selector: 'cd-admin-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent],
  encapsulation: ViewEncapsulation.None,
  styles: ADMIN_STYLES,
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[{ label: 'breadcrumb.home' | translate, link: '/' }, { label: 'identity.tools.title' | translate, link: '/outils' }, { label: 'admin.users.title' | translate }]"
      />
      <h1>{{ 'admin.users.title' | translate }}</h1>
      <p>{{ 'admin.users.intro' | translate }}</p>
      <form class="cd-admin__filters" role="search" (submit)="search($event, q.value)">
        <div class="cd-field">
          <label class="cd-field__label" for="admin-users-q">{{ 'admin.users.search' | translate }}</label>
          <span class="cd-field__hint" id="admin-users-q-hint">{{ 'admin.users.searchHint' | translate }}</span>
          <input #q id="admin-users-q" class="cd-input" type="search" name="q" maxlength="100" aria-describedby="admin-users-q-hint" [value]="query()" />
        </div>
        <button type="submit" class="cd-btn">{{ 'admin.users.submit' | translate }}</button>
      </form>
      <div aria-live="polite">
        @if (users.hasValue()) {
          <p>{{ (query() ? 'admin.users.countFor' : 'admin.users.count') | translate: { count: users.value().total, query: query() } }}</p>
        }
      </div>
      @if (users.hasValue()) {
        @if (users.value().items.length > 0) {
          <div class="cd-admin__table-wrap">
            <table class="cd-admin__table">
              <caption class="cd-sr-only">
                {{
                  'admin.users.caption' | translate: { page: pager().page, pages: pager().pages }
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'admin.users.name' | translate }}</th>
                  <th scope="col">{{ 'admin.users.email' | translate }}</th>
                  <th scope="col">{{ 'admin.users.roles' | translate }}</th>
                  <th scope="col">{{ 'admin.users.status' | translate }}</th>
                  <th scope="col">{{ 'admin.users.createdAt' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (user of users.value().items; track user.id) {
                  <tr>
                    <th scope="row">
                      <a [routerLink]="['/admin/utilisateurs', user.id]">{{ user.displayName }}</a>
                    </th>
                    <td>{{ user.email }}</td>
                    <td>
                      @for (role of user.roles; track role; let last = $last) {
                        {{ 'admin.roles.' + role | translate }}{{ last ? '' : ', ' }}
                      }
                    </td>
                    <td>{{ (user.active ? 'admin.users.active' : 'admin.users.inactive') | translate }}</td>
                    <td>{{ date(user.createdAt) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (pager().pages > 1) {
            <nav class="cd-admin__pager" [attr.aria-label]="'admin.pager.label' | translate">
              <button type="button" class="cd-btn cd-btn--secondary" [disabled]="!pager().hasPrevious" (click)="page.set(page() - 1)">
                {{ 'admin.pager.previous' | translate }}
              </button>
              <span>{{ 'admin.pager.position' | translate: { page: pager().page, pages: pager().pages } }}</span>
              <button type="button" class="cd-btn cd-btn--secondary" [disabled]="!pager().hasNext" (click)="page.set(page() + 1)">
                {{ 'admin.pager.next' | translate }}
              </button>
            </nav>
          }
        } @else {
          <p>{{ 'admin.users.empty' | translate }}</p>
        }
      } @else if (users.error()) {
        <p role="alert">{{ 'admin.loadFailed' | translate }}</p>
        <button type="button" class="cd-btn" (click)="users.reload()">{{ 'admin.retry' | translate }}</button>
      } @else {
        <p role="status">{{ 'admin.loading' | translate }}</p>
      }
    </div>
  `,
})
export class AdminUsersPageComponent {
  private readonly language = inject(LanguageService);
  protected readonly query = signal('');
  protected readonly page = signal(0);
  protected readonly users = apiResource<ListResponse<AdminUserResponse>>(() => usersUrl(this.query(), this.page()));
  protected readonly pager = computed(() => pageInfo(this.users.hasValue() ? this.users.value().total : 0, this.page()));

  protected search(event: Event, q: string): void {
    event.preventDefault();
    this.query.set(q.trim());
    this.page.set(0);
    this.users.reload();
  }

  protected date(iso: string): string {
    return formatDateTime(iso, this.language.current());
  }
}
