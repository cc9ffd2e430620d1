import { A11yModule } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, DOCUMENT, type ElementRef, ViewEncapsulation, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import type { GroupMembersResponse, GroupResponse } from '@culture-d/groups/contracts';
import { formatJoinCode } from '@culture-d/groups/domain';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { ApiError, apiResource, LanguageService, type Message, problemMessage, StatusMessageService, TranslatePipe, TranslateService } from '@culture-d/shared/web';
import type { Observable } from 'rxjs';
import { GroupsApi, groupUrl, membersCsvUrl } from '../groups.api';
import { ConfirmComponent } from '../ui/confirm.component';
import { GroupFormComponent } from '../ui/group-form.component';
import { MembersTableComponent } from '../ui/members-table.component';
import { QrCodeComponent } from '../ui/qr-code.component';
import { focusAfterRender } from '../util/focus';
import { failureKind, joinUrl } from '../util/format';

type Pending = 'regenerate' | 'archive' | null;

/**
 * `/groupes/:id`, for the group's owner (and admins): the join code in large type with its QR code, a presentation
 * mode to show both on a projected screen, a new code (the old one stops working), editing and parcours, archiving;
 * the members, with the progress of those who share only, and the spreadsheet export.
 */
@Component({
  selector: 'cd-group-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, A11yModule, BreadcrumbComponent, ConfirmComponent, GroupFormComponent, MembersTableComponent, QrCodeComponent],
  encapsulation: ViewEncapsulation.None,
  styles: `
    .cd-group__code-box {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(8rem, 14rem);
      gap: 1.5rem;
      align-items: center;
      padding: 1.25rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: var(--mat-sys-surface);
      max-inline-size: 48rem;
    }
    @media (max-width: 40rem) {
      .cd-group__code-box {
        grid-template-columns: minmax(0, 1fr);
      }
      .cd-group__code-box cd-qr-code {
        max-inline-size: 14rem;
      }
    }
    .cd-group__code {
      display: block;
      margin: 0.25rem 0 0.75rem;
      font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
      font-size: clamp(2.25rem, 8vw, 3.5rem);
      font-weight: 700;
      letter-spacing: 0.08em;
      line-height: 1.1;
    }
    .cd-group__url {
      overflow-wrap: anywhere;
    }
    .cd-group__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin-block: 1rem;
    }
    .cd-group__live {
      min-block-size: 1.5rem;
    }
    .cd-group__live .cd-status {
      margin-block: 1rem;
    }
    .cd-group__summary {
      font-weight: 700;
    }
    .cd-group__section {
      margin-block-start: 2.5rem;
    }
    .cd-presentation {
      position: fixed;
      inset: 0;
      z-index: 1000;
      overflow: auto;
      padding: 4.5rem 1.5rem 1.5rem;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      text-align: center;
    }
    /* Centred while it fits; from the top (never cut off) when it does not. */
    .cd-presentation__inner {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 1.5rem;
      min-block-size: 100%;
      justify-content: center;
    }
    .cd-presentation h2 {
      margin: 0;
      font-size: clamp(1.5rem, 3.5vw, 2.75rem);
    }
    .cd-presentation__how {
      margin: 0;
      font-size: clamp(1.125rem, 2.2vw, 1.75rem);
      overflow-wrap: anywhere;
    }
    .cd-presentation__body {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: center;
      gap: 1.5rem 4rem;
    }
    .cd-presentation__code {
      margin: 0;
      font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
      font-size: clamp(2.5rem, 8vw, 7rem);
      font-weight: 700;
      letter-spacing: 0.06em;
      line-height: 1;
      white-space: nowrap;
    }
    .cd-presentation cd-qr-code {
      inline-size: min(55vh, 80vw, 30rem);
    }
    .cd-presentation__close {
      position: absolute;
      inset-block-start: 1rem;
      inset-inline-end: 1rem;
    }
  `,
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[
          { label: 'breadcrumb.home' | translate, link: '/' },
          { label: 'identity.tools.title' | translate, link: '/outils' },
          { label: 'groups.list.title' | translate, link: '/groupes' },
          { label: group.hasValue() ? group.value().name : ('groups.detail.title' | translate) },
        ]"
      />
      @if (group.hasValue()) {
        @let current = group.value();
        <h1>{{ current.name }}</h1>
        @if (current.description) {
          <p class="cd-lead">{{ current.description }}</p>
        }
        <div class="cd-group__live" aria-live="polite">
          @if (notice(); as notice) {
            <p class="cd-status">{{ notice.key | translate: notice.params }}</p>
          }
        </div>

        <section aria-labelledby="groupe-code">
          <h2 id="groupe-code">{{ 'groups.detail.codeTitle' | translate }}</h2>
          <div class="cd-group__code-box">
            <div>
              <p>{{ 'groups.detail.codeIntro' | translate }}</p>
              <p class="cd-group__code">
                <span class="cd-group__code-text" aria-hidden="true">{{ code() }}</span
                ><span class="cd-sr-only">{{ spelled() }}</span>
              </p>
              <p class="cd-group__url">
                {{ 'groups.detail.orLink' | translate }} <a [href]="link()">{{ link() }}</a>
              </p>
            </div>
            <cd-qr-code [text]="link()" [label]="'groups.detail.qrLabel' | translate: { code: spelled() }" />
          </div>
          <div class="cd-group__actions">
            <button id="groupe-presenter" type="button" class="cd-btn" (click)="presenting.set(true)">{{ 'groups.detail.present' | translate }}</button>
            <button id="groupe-nouveau-code" type="button" class="cd-btn cd-btn--secondary" (click)="pending.set('regenerate')">
              {{ 'groups.detail.regenerate' | translate }}
            </button>
          </div>
          @if (pending() === 'regenerate') {
            <cd-group-confirm
              message="groups.detail.regenerateConfirm"
              confirmLabel="groups.detail.regenerateYes"
              [busy]="busy()"
              (confirmed)="regenerate(current)"
              (cancelled)="cancel('groupe-nouveau-code')"
            />
          }
        </section>

        <section class="cd-group__section" aria-labelledby="groupe-parcours">
          <h2 id="groupe-parcours">{{ 'groups.detail.parcoursTitle' | translate }}</h2>
          @if (editing()) {
            <cd-group-form idPrefix="modifier-groupe" [group]="current" (saved)="saved($event)" (cancelled)="stopEditing()" />
          } @else {
            @if (current.parcours.length === 0) {
              <p>{{ 'groups.detail.noParcours' | translate }}</p>
            } @else {
              <ul>
                @for (parcours of current.parcours; track parcours.slug) {
                  <li>
                    <a [routerLink]="['/parcours', parcours.slug]" [attr.lang]="contentLang()">{{ parcours.title }}</a>
                  </li>
                }
              </ul>
            }
            <button id="groupe-modifier" type="button" class="cd-btn cd-btn--secondary" (click)="editing.set(true)">{{ 'groups.detail.edit' | translate }}</button>
          }
        </section>

        <section class="cd-group__section" aria-labelledby="groupe-membres">
          <h2 id="groupe-membres">{{ 'groups.members.title' | translate }}</h2>
          <p>{{ 'groups.members.intro' | translate }}</p>
          @if (members.hasValue()) {
            @let list = members.value();
            @if (list.total === 0) {
              <p>{{ 'groups.members.empty' | translate }}</p>
            } @else {
              <p class="cd-group__summary">{{ 'groups.members.summary' | translate: { total: list.total, sharing: list.sharing } }}</p>
              <cd-members-table [members]="list.items" />
              @if (list.sharing > 0) {
                <p class="cd-group__actions">
                  <a [href]="csv('comma')" download>{{ 'groups.members.csv' | translate }}</a>
                  <a [href]="csv('semicolon')" download>{{ 'groups.members.csvSemicolon' | translate }}</a>
                </p>
              }
            }
            <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="members.reload()">{{ 'groups.members.refresh' | translate }}</button>
          } @else if (members.error()) {
            <p>{{ 'groups.errors.loadFailed' | translate }}</p>
            <button type="button" class="cd-btn cd-btn--secondary" (click)="members.reload()">{{ 'groups.errors.retry' | translate }}</button>
          } @else {
            <p role="status">{{ 'groups.loading' | translate }}</p>
          }
        </section>

        <section class="cd-group__section" aria-labelledby="groupe-archiver">
          <h2 id="groupe-archiver">{{ 'groups.detail.archiveTitle' | translate }}</h2>
          <p>{{ 'groups.detail.archiveIntro' | translate }}</p>
          @if (pending() === 'archive') {
            <cd-group-confirm
              message="groups.detail.archiveConfirm"
              confirmLabel="groups.detail.archiveYes"
              [danger]="true"
              [busy]="busy()"
              (confirmed)="archive(current)"
              (cancelled)="cancel('groupe-archiver-bouton')"
            />
          } @else {
            <button id="groupe-archiver-bouton" type="button" class="cd-btn cd-btn--secondary" (click)="pending.set('archive')">{{ 'groups.detail.archive' | translate }}</button>
          }
        </section>

        @if (presenting()) {
          <div
            class="cd-presentation"
            role="dialog"
            aria-modal="true"
            aria-labelledby="presentation-titre"
            cdkTrapFocus
            [cdkTrapFocusAutoCapture]="true"
            (keydown.escape)="closePresentation()"
          >
            <button type="button" class="cd-btn cd-btn--secondary cd-presentation__close" (click)="closePresentation()">
              {{ 'groups.detail.presentClose' | translate }}
            </button>
            <div class="cd-presentation__inner">
              <h2 id="presentation-titre">{{ 'groups.detail.presentTitle' | translate: { name: current.name } }}</h2>
              <p class="cd-presentation__how">{{ 'groups.detail.presentHow' | translate: { address: host() + '/rejoindre' } }}</p>
              <div class="cd-presentation__body">
                <p class="cd-presentation__code">
                  <span class="cd-group__code-text" aria-hidden="true">{{ code() }}</span
                  ><span class="cd-sr-only">{{ spelled() }}</span>
                </p>
                <cd-qr-code [text]="link()" [label]="'groups.detail.qrLabel' | translate: { code: spelled() }" />
              </div>
            </div>
          </div>
        }
      } @else if (failure() === 'notFound') {
        <h1>{{ 'groups.detail.title' | translate }}</h1>
        <p>{{ 'groups.detail.notFound' | translate }}</p>
        <p>
          <a routerLink="/groupes">{{ 'groups.detail.backToList' | translate }}</a>
        </p>
      } @else if (failure() === 'failed') {
        <h1>{{ 'groups.detail.title' | translate }}</h1>
        <p>{{ 'groups.errors.loadFailed' | translate }}</p>
        <button type="button" class="cd-btn" (click)="group.reload()">{{ 'groups.errors.retry' | translate }}</button>
      } @else {
        <h1>{{ 'groups.detail.title' | translate }}</h1>
        <p role="status">{{ 'groups.loading' | translate }}</p>
      }
    </div>
  `,
})
export class GroupPageComponent {
  /** Route param, bound by the router. */
  readonly id = input.required<string>();

  private readonly api = inject(GroupsApi);
  private readonly focus = focusAfterRender();
  private readonly router = inject(Router);
  private readonly status = inject(StatusMessageService);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  private readonly title = inject(Title);
  private readonly origin = inject(DOCUMENT).location.origin;

  protected readonly group = apiResource<GroupResponse>(() => groupUrl(this.id()));
  protected readonly members = apiResource<GroupMembersResponse>(() => `${groupUrl(this.id())}/members`);

  protected readonly failure = computed(() => (this.group.error() ? failureKind(this.group.error()) : null));
  protected readonly code = computed(() => (this.group.hasValue() ? formatJoinCode(this.group.value().joinCode) : ''));
  /** The code read symbol by symbol by screen readers ("K 7 Q M, 2 X F D"), not as a word. */
  protected readonly spelled = computed(() =>
    this.code()
      .split('-')
      .map((half) => half.split('').join(' '))
      .join(', '),
  );
  protected readonly link = computed(() => (this.group.hasValue() ? joinUrl(this.origin, this.group.value().joinCode) : ''));
  protected readonly host = computed(() => this.origin.replace(/^https?:\/\//, ''));
  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));

  protected readonly presenting = signal(false);
  protected readonly editing = signal(false);
  protected readonly pending = signal<Pending>(null);
  protected readonly busy = signal(false);
  protected readonly notice = signal<Message | null>(null);

  constructor() {
    // "<group> — Culture D" once the group is known; the route's title stays otherwise.
    effect(() => {
      if (!this.group.hasValue()) return;
      this.title.setTitle(`${this.group.value().name} — ${this.translate.instant('app.serviceName') as string}`);
    });
  }

  protected csv(separator: 'comma' | 'semicolon'): string {
    return membersCsvUrl(this.id(), separator);
  }

  protected closePresentation(): void {
    this.presenting.set(false);
    // Back where the person was: the button that opened the presentation.
    this.focus('groupe-presenter');
  }

  protected cancel(opener: string): void {
    this.pending.set(null);
    this.focus(opener);
  }

  protected stopEditing(): void {
    this.editing.set(false);
    this.focus('groupe-modifier');
  }

  protected saved(group: GroupResponse): void {
    this.group.set(group);
    this.stopEditing();
    this.notice.set({ key: 'groups.detail.saved' });
  }

  protected regenerate(group: GroupResponse): void {
    this.run(this.api.regenerateCode(group.id), (updated) => {
      this.group.set(updated);
      this.notice.set({ key: 'groups.detail.regenerated', params: { code: formatJoinCode(updated.joinCode) } });
      this.focus('groupe-nouveau-code');
    });
  }

  protected archive(group: GroupResponse): void {
    this.run(this.api.archive(group.id), () => {
      void this.router.navigateByUrl('/groupes').then(() => this.status.show('groups.detail.archived'));
    });
  }

  private run<T>(request: Observable<T>, done: (value: T) => void): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.notice.set(null);
    request.subscribe({
      next: (value) => {
        this.busy.set(false);
        this.pending.set(null);
        done(value);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.pending.set(null);
        this.notice.set(error instanceof ApiError && error.status === 404 ? { key: 'groups.detail.notFound' } : problemMessage(error, 'groups'));
      },
    });
  }
}
