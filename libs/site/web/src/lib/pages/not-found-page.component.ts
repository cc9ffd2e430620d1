import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@culture-d/shared/web/shell';

/** Any unknown path (the server answers the SPA's index.html for every page path). */
@Component({
  selector: 'cd-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="cd-container cd-page cd-prose">
      <h1>{{ 'notFound.title' | translate }}</h1>
      <p class="cd-note">{{ 'notFound.code' | translate }}</p>
      <p class="cd-lead">{{ 'notFound.text' | translate }}</p>
      <p>{{ 'notFound.hint' | translate }}</p>
      <p><a class="cd-btn" routerLink="/">{{ 'notFound.home' | translate }}</a></p>
    </div>
  `,
})
export class NotFoundPageComponent {}
