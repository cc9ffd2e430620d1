import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@culture-d/shared/web/shell';

/** Where `roleGuard` sends a signed-in person who lacks the role a page needs: says why, and where to go. */
@Component({
  selector: 'cd-reserved-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="cd-container cd-form-page">
      <h1>{{ 'identity.reserved.title' | translate }}</h1>
      <p>{{ 'identity.reserved.body' | translate }}</p>
      <p>
        <a routerLink="/mon-parcours">{{ 'identity.reserved.dashboard' | translate }}</a>
      </p>
    </div>
  `,
})
export class ReservedPageComponent {}
