import { ChangeDetectionStrategy, Component, ViewEncapsulation, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { GroupResponse } from '@culture-d/groups/contracts';
import { formatJoinCode } from '@culture-d/groups/domain';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { apiResource, LanguageService, StatusMessageService, TranslatePipe } from '@culture-d/shared/web';
import { GroupFormComponent } from '../ui/group-form.component';
import { formatDay } from '../util/format';

/** `/groupes`: the facilitator's groups (members, how many share), and a form to create one. */
@Component({
  selector: 'cd-groups-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent, GroupFormComponent],
  encapsulation: ViewEncapsulation.None,
  styles: `
    .cd-groups__list {
      display: grid;
      gap: 1rem;
      margin: 0 0 2rem;
      padding: 0;
      list-style: none;
    }
    .cd-groups__card {
      padding: 1rem 1.25rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: var(--mat-sys-surface);
    }
    .cd-groups__card h3 {
      margin: 0 0 0.5rem;
      font-size: 1.25rem;
    }
    .cd-groups__card p {
      margin: 0.25rem 0 0;
    }
    .cd-groups__meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .cd-groups__create {
      max-inline-size: 40rem;
    }
  `,
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[{ label: 'breadcrumb.home' | translate, link: '/' }, { label: 'identity.tools.title' | translate, link: '/outils' }, { label: 'groups.list.title' | translate }]"
      />
      <h1>{{ 'groups.list.title' | translate }}</h1>
      <p class="cd-lead">{{ 'groups.list.intro' | translate }}</p>

      <section aria-labelledby="groupes-liste">
        <h2 id="groupes-liste">{{ 'groups.list.mine' | translate }}</h2>
        @if (groups.hasValue()) {
          @if (groups.value().items.length === 0) {
            <p>{{ 'groups.list.empty' | translate }}</p>
          } @else {
            <ul class="cd-groups__list">
              @for (group of groups.value().items; track group.id) {
                <li class="cd-groups__card">
                  <h3>
                    <a [routerLink]="['/groupes', group.id]">{{ group.name }}</a>
                  </h3>
                  <p>{{ 'groups.list.counts' | translate: { members: group.memberCount, sharing: group.sharingCount } }}</p>
                  <p class="cd-groups__meta">
                    {{ 'groups.list.code' | translate }} <code>{{ code(group) }}</code> ·
                    {{ 'groups.list.createdOn' | translate: { date: day(group.createdAt) } }}
                  </p>
                </li>
              }
            </ul>
          }
        } @else if (groups.error()) {
          <p>{{ 'groups.errors.loadFailed' | translate }}</p>
          <button type="button" class="cd-btn cd-btn--secondary" (click)="groups.reload()">{{ 'groups.errors.retry' | translate }}</button>
        } @else {
          <p role="status">{{ 'groups.loading' | translate }}</p>
        }
      </section>

      <section class="cd-groups__create" aria-labelledby="groupes-creer">
        <h2 id="groupes-creer">{{ 'groups.create.title' | translate }}</h2>
        <p>{{ 'groups.create.intro' | translate }}</p>
        <cd-group-form idPrefix="nouveau-groupe" (saved)="created($event)" />
      </section>
    </div>
  `,
})
export class GroupsPageComponent {
  private readonly router = inject(Router);
  private readonly status = inject(StatusMessageService);
  private readonly language = inject(LanguageService);

  protected readonly groups = apiResource<{ items: GroupResponse[]; total: number }>(() => '/api/groups');

  protected code(group: GroupResponse): string {
    return formatJoinCode(group.joinCode);
  }

  protected day(iso: string): string {
    return formatDay(iso, this.language.current());
  }

  protected created(group: GroupResponse): void {
    void this.router.navigate(['/groupes', group.id]).then(() => this.status.show('groups.create.done'));
  }
}
