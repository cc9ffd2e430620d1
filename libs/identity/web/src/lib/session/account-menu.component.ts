import { ChangeDetectionStrategy, Component, computed, inject, signal, ViewEncapsulation } from '@angular/core';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import { StatusMessageService } from '@culture-d/shared/web/shell';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import { AuthStore } from './auth.store';

/**
 * The header's account area (projected into `<cd-header>` by the app shell): "Se connecter" and "Créer un compte"
 * for visitors; the person's name, "Mon parcours", "Mes outils" (authors,
 * facilitators, administrators), "Mon compte" and "Se déconnecter" once signed in. Nothing until the server
 * has said who is there, so that no wrong link flashes.
 */
@Component({
  selector: 'cd-account-menu',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None, // App-shell styles, scoped by their BEM block instead (docs/adr/0016).
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    @if (auth.known()) {
      <ul class="cd-account-menu">
        @if (auth.user(); as user) {
          <li class="cd-account-menu__name">
            <span class="cd-sr-only">{{ 'identity.nav.signedInAs' | translate }}</span
            >{{ user.displayName }}
          </li>
          <li>
            <a routerLink="/mon-parcours" routerLinkActive="cd-active" ariaCurrentWhenActive="page">{{ 'progress.nav.dashboard' | translate }}</a>
          </li>
          @if (hasTools()) {
            <li>
              <a routerLink="/outils" routerLinkActive="cd-active" ariaCurrentWhenActive="page">{{ 'identity.nav.tools' | translate }}</a>
            </li>
          }
          <li>
            <a routerLink="/compte" routerLinkActive="cd-active" ariaCurrentWhenActive="page">{{ 'identity.nav.account' | translate }}</a>
          </li>
          <li>
            <button type="button" [attr.aria-disabled]="signingOut() || null" (click)="signOut()">
              {{ 'identity.nav.signOut' | translate }}
            </button>
          </li>
        } @else {
          <li>
            <a routerLink="/connexion" routerLinkActive="cd-active" ariaCurrentWhenActive="page">{{ 'identity.nav.signIn' | translate }}</a>
          </li>
          <li>
            <a routerLink="/inscription" routerLinkActive="cd-active" ariaCurrentWhenActive="page">{{ 'identity.nav.register' | translate }}</a>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    /* Its row is there before the server says who is signed in, so that the links arriving never push the page. */
    cd-account-menu {
      display: block;
      min-block-size: 2.75rem;
    }
    .cd-account-menu {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .cd-account-menu__name {
      max-inline-size: 14rem;
      padding-inline: 0.5rem;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      color: var(--mat-sys-on-surface-variant);
    }
    .cd-account-menu a,
    .cd-account-menu button {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
      padding: 0 0.5rem;
      border: 0;
      background: none;
      color: var(--mat-sys-primary);
      font: inherit;
      font-weight: 700;
      text-decoration: underline;
      text-underline-offset: 0.2em;
      cursor: pointer;
    }
    .cd-account-menu a[aria-current='page'] {
      text-decoration-thickness: 3px;
    }
  `,
})
export class AccountMenuComponent {
  protected readonly auth = inject(AuthStore);
  /** Authors, facilitators and administrators get "Mes outils", the way to their tools. */
  protected readonly hasTools = computed(() => (this.auth.user()?.roles ?? []).some((role) => role !== 'learner'));
  private readonly router = inject(Router);
  private readonly status = inject(StatusMessageService);
  protected readonly signingOut = signal(false);

  constructor() {
    void this.auth.load();
  }

  protected signOut(): void {
    if (this.signingOut()) return;
    this.signingOut.set(true);
    this.auth.signOut().subscribe(() => {
      this.signingOut.set(false);
      void this.router.navigateByUrl('/').then(() => this.status.show('identity.nav.signedOut'));
    });
  }
}
