import { ChangeDetectionStrategy, Component, DOCUMENT, inject, ViewEncapsulation } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { AccountMenuComponent } from '@culture-d/identity/web';
import {
  FooterComponent,
  HeaderComponent,
  type NavItem,
  SKIP_TARGETS,
  SkipLinksComponent,
  StatusMessageComponent,
} from '@culture-d/shared/web/shell';
import { filter, skip } from 'rxjs';

/**
 * The application shell: skip links first, then header (with the account area), main (with the status messages)
 * and footer landmarks.
 */
@Component({
  selector: 'cd-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None, // App-shell styles, scoped by their BEM block instead (docs/adr/0016).
  imports: [RouterOutlet, SkipLinksComponent, HeaderComponent, FooterComponent, AccountMenuComponent, StatusMessageComponent],
  template: `
    <cd-skip-links />
    <cd-header [navItems]="navItems"><cd-account-menu /></cd-header>
    <main [id]="contentId" tabindex="-1">
      <cd-status-message />
      <router-outlet />
    </main>
    <cd-footer />
  `,
  styles: `
    cd-root { display: flex; flex-direction: column; min-block-size: 100vh; }
    /* The footer starts below the fold: a page's content, which arrives after the shell, never pushes a visible
       footer down (layout shift, measured by Lighthouse at 0.49 before). */
    cd-root > main { flex: 1 0 auto; min-block-size: 100vh; }
  `,
})
export class App {
  protected readonly contentId = SKIP_TARGETS.content;
  protected readonly navItems: readonly NavItem[] = [
    { labelKey: 'nav.home', link: '/', exact: true },
    { labelKey: 'nav.parcours', link: '/parcours' },
    { labelKey: 'nav.audiences', link: '/', fragment: 'publics' },
    { labelKey: 'nav.themes', link: '/', fragment: 'themes' },
    { labelKey: 'nav.workshops', link: '/ateliers' },
  ];

  constructor() {
    const document = inject(DOCUMENT);
    // After an in-app navigation, a screen reader or keyboard user lands at the start of the new content, not on
    // the link they left; fragment links are handled by the router's anchor scrolling.
    inject(Router)
      .events.pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe((event) => {
        if (event.urlAfterRedirects.includes('#')) return;
        document.getElementById(SKIP_TARGETS.content)?.focus({ preventScroll: true });
      });
  }
}
