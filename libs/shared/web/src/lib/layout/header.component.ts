import { ChangeDetectionStrategy, Component, inject, input, signal, ViewEncapsulation } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '../i18n/translate.pipe';
import { filter } from 'rxjs';
import { LanguageSwitchComponent } from './language-switch.component';
import type { NavItem } from './nav-item';
import { SKIP_TARGETS } from './skip-links.component';

/**
 * Material icons "menu" and "close" (Apache-2.0), only used here: drawn inline rather than with `cd-icon`, whose path
 * data for every icon of the app would otherwise be in the first download (docs/adr/0016).
 */
const MENU_ICONS = {
  menu: 'M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z',
  close: 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
} as const;

/**
 * The header: service name and tagline (linking home), the language switch and the main navigation, which folds
 * behind a "Menu" button on narrow screens and at high zoom.
 */
@Component({
  selector: 'cd-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None, // App-shell styles, scoped by their BEM block instead (docs/adr/0016).
  imports: [RouterLink, RouterLinkActive, TranslatePipe, LanguageSwitchComponent],
  templateUrl: './header.component.html',
  styleUrl: './header.component.scss',
})
export class HeaderComponent {
  readonly navItems = input.required<readonly NavItem[]>();

  protected readonly menuId = SKIP_TARGETS.menu;
  protected readonly menuOpen = signal(false);
  protected readonly icons = MENU_ICONS;

  constructor() {
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.menuOpen.set(false));
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }
}
