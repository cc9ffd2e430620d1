import { ChangeDetectionStrategy, Component, Injectable, inject, signal, ViewEncapsulation } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { TranslatePipe } from '../i18n/translate.pipe';
import { filter } from 'rxjs';

/**
 * A status message for the current page ("Votre compte a été supprimé." once back home): navigate first, then
 * `show()`. It goes at the next navigation.
 */
@Injectable({ providedIn: 'root' })
export class StatusMessageService {
  private readonly current = signal<string | null>(null);

  /** Translation key of the message to show, or null. */
  readonly message = this.current.asReadonly();

  constructor() {
    inject(Router)
      .events.pipe(filter((event) => event instanceof NavigationEnd))
      .subscribe(() => this.current.set(null));
  }

  show(key: string): void {
    this.current.set(key);
  }

  clear(): void {
    this.current.set(null);
  }
}

/** The shell's polite live region for status messages; always in the page, so that screen readers announce it. */
@Component({
  selector: 'cd-status-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None, // App-shell styles, scoped by their BEM block instead (docs/adr/0016).
  imports: [TranslatePipe],
  template: `
    <div class="cd-container" role="status" aria-live="polite">
      @if (message(); as key) {
        <p class="cd-status-message">{{ key | translate }}</p>
      }
    </div>
  `,
  styles: `
    cd-status-message { display: block; }
    .cd-status-message {
      margin: 1.5rem 0 0; padding: 0.75rem 1rem;
      border-inline-start: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container);
      font-weight: 700;
    }
  `,
})
export class StatusMessageComponent {
  protected readonly message = inject(StatusMessageService).message;
}
