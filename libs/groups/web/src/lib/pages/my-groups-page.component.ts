import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MyGroupResponse } from '@culture-d/groups/contracts';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { apiResource, LanguageService, type Message, problemMessage, TranslatePipe } from '@culture-d/shared/web';
import type { Observable } from 'rxjs';
import { GroupsApi } from '../groups.api';
import { ConfirmComponent } from '../ui/confirm.component';
import { focusAfterRender } from '../util/focus';
import { formatDay } from '../util/format';

type Action = 'share' | 'unshare' | 'leave';

/**
 * `/mes-groupes`: the groups I belong to, whether I share my progress with each facilitator, and a way to change that
 * or to leave, each after a confirmation that says what it does.
 */
@Component({
  selector: 'cd-my-groups-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent, ConfirmComponent],
  encapsulation: ViewEncapsulation.None,
  styles: `
    .cd-my-groups__list {
      display: grid;
      gap: 1.25rem;
      margin: 0 0 2rem;
      padding: 0;
      list-style: none;
      max-inline-size: 48rem;
    }
    .cd-my-groups__card {
      padding: 1rem 1.25rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: var(--mat-sys-surface);
    }
    .cd-my-groups__card h2 {
      margin: 0 0 0.5rem;
      font-size: 1.375rem;
    }
    .cd-my-groups__card p {
      margin: 0.25rem 0;
    }
    .cd-my-groups__sharing {
      font-weight: 700;
    }
    .cd-my-groups__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin-block-start: 1rem;
    }
    .cd-my-groups__live {
      min-block-size: 1.5rem;
    }
    .cd-my-groups__live .cd-status {
      margin-block: 1rem;
    }
  `,
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb [label]="'breadcrumb.label' | translate" [items]="[{ label: 'breadcrumb.home' | translate, link: '/' }, { label: 'groups.mine.title' | translate }]" />
      <h1 id="mes-groupes-titre" tabindex="-1">{{ 'groups.mine.title' | translate }}</h1>
      <p class="cd-lead">{{ 'groups.mine.intro' | translate }}</p>
      <div class="cd-my-groups__live" aria-live="polite">
        @if (notice(); as notice) {
          <p class="cd-status">{{ notice.key | translate: notice.params }}</p>
        }
      </div>
      @if (groups.hasValue()) {
        @if (groups.value().items.length === 0) {
          <p>{{ 'groups.mine.empty' | translate }}</p>
        } @else {
          <ul class="cd-my-groups__list">
            @for (group of groups.value().items; track group.id) {
              <li class="cd-my-groups__card">
                <h2>{{ group.name }}</h2>
                <p>{{ 'groups.mine.facilitator' | translate: { name: group.facilitator.displayName } }}</p>
                @if (group.description) {
                  <p>{{ group.description }}</p>
                }
                @if (group.parcours.length > 0) {
                  <p>{{ 'groups.mine.parcours' | translate }}</p>
                  <ul>
                    @for (parcours of group.parcours; track parcours.slug) {
                      <li>
                        <a [routerLink]="['/parcours', parcours.slug]" [attr.lang]="contentLang()">{{ parcours.title }}</a>
                      </li>
                    }
                  </ul>
                }
                <p>{{ 'groups.mine.joinedOn' | translate: { date: day(group.joinedAt) } }}</p>
                <p class="cd-my-groups__sharing">
                  {{ (group.shareProgress ? 'groups.mine.sharing' : 'groups.mine.notSharing') | translate: { name: group.facilitator.displayName } }}
                </p>
                @if (pending(); as pending) {
                  @if (pending.id === group.id) {
                    <cd-group-confirm
                      [message]="'groups.mine.confirm.' + pending.action"
                      [params]="{ name: group.facilitator.displayName, group: group.name }"
                      [confirmLabel]="'groups.mine.yes.' + pending.action"
                      [danger]="pending.action === 'leave'"
                      [busy]="busy()"
                      (confirmed)="apply(group, pending.action)"
                      (cancelled)="cancel()"
                    />
                  }
                }
                @if (pending()?.id !== group.id) {
                  <div class="cd-my-groups__actions">
                    <button type="button" class="cd-btn cd-btn--secondary" [id]="'partage-' + group.id" (click)="ask(group, group.shareProgress ? 'unshare' : 'share')">
                      {{ (group.shareProgress ? 'groups.mine.unshare' : 'groups.mine.share') | translate }}
                      <span class="cd-sr-only">({{ group.name }})</span>
                    </button>
                    <button type="button" class="cd-btn cd-btn--secondary" [id]="'quitter-' + group.id" (click)="ask(group, 'leave')">
                      {{ 'groups.mine.leave' | translate }}
                      <span class="cd-sr-only">({{ group.name }})</span>
                    </button>
                  </div>
                }
              </li>
            }
          </ul>
        }
        <p>
          <a routerLink="/rejoindre">{{ 'groups.mine.joinAnother' | translate }}</a>
        </p>
      } @else if (groups.error()) {
        <p>{{ 'groups.errors.loadFailed' | translate }}</p>
        <button type="button" class="cd-btn cd-btn--secondary" (click)="groups.reload()">{{ 'groups.errors.retry' | translate }}</button>
      } @else {
        <p role="status">{{ 'groups.loading' | translate }}</p>
      }
    </div>
  `,
})
export class MyGroupsPageComponent {
  private readonly api = inject(GroupsApi);
  private readonly focus = focusAfterRender();
  private readonly language = inject(LanguageService);

  protected readonly groups = apiResource<{ items: MyGroupResponse[]; total: number }>(() => '/api/me/groups');
  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));
  protected readonly pending = signal<{ id: string; action: Action } | null>(null);
  protected readonly busy = signal(false);
  protected readonly notice = signal<Message | null>(null);

  protected day(iso: string): string {
    return formatDay(iso, this.language.current());
  }

  protected ask(group: MyGroupResponse, action: Action): void {
    this.notice.set(null);
    this.pending.set({ id: group.id, action });
  }

  protected cancel(): void {
    const pending = this.pending();
    this.pending.set(null);
    if (pending) this.focus(`${pending.action === 'leave' ? 'quitter' : 'partage'}-${pending.id}`);
  }

  protected apply(group: MyGroupResponse, action: Action): void {
    const request: Observable<unknown> = action === 'leave' ? this.api.leave(group.id) : this.api.setSharing(group.id, action === 'share');
    if (this.busy()) return;
    this.busy.set(true);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.pending.set(null);
        this.notice.set({ key: `groups.mine.done.${action}`, params: { group: group.name } });
        this.groups.reload();
        // The sharing button again (now saying the opposite); after leaving, the card is gone: the page's title.
        this.focus(action === 'leave' ? 'mes-groupes-titre' : `partage-${group.id}`);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.pending.set(null);
        this.notice.set(problemMessage(error, 'groups', ['GROUP_NOT_MEMBER']));
        this.groups.reload();
      },
    });
  }
}
