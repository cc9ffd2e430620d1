import { ChangeDetectionStrategy, Component } from '@angular/core';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { TranslatePipe } from '@culture-d/shared/web/shell';

/** What the platform keeps about people, why, for how long, and their rights (DOMAIN.md › Personal data). */
@Component({
  selector: 'cd-privacy-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BreadcrumbComponent, TranslatePipe],
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb [label]="'breadcrumb.label' | translate" [items]="[{ label: 'breadcrumb.home' | translate, link: '/' }, { label: 'privacy.title' | translate }]" />
      <article class="cd-prose">
        <h1>{{ 'privacy.title' | translate }}</h1>
        <p class="cd-lead">{{ 'privacy.intro' | translate }}</p>

        <h2>{{ 'privacy.data.title' | translate }}</h2>
        <ul>
          <li>{{ 'privacy.data.email' | translate }}</li>
          <li>{{ 'privacy.data.name' | translate }}</li>
          <li>{{ 'privacy.data.audience' | translate }}</li>
          <li>{{ 'privacy.data.progress' | translate }}</li>
        </ul>

        <h2>{{ 'privacy.why.title' | translate }}</h2>
        <p>{{ 'privacy.why.text' | translate }}</p>

        <h2>{{ 'privacy.retention.title' | translate }}</h2>
        <p>{{ 'privacy.retention.text' | translate }}</p>

        <h2>{{ 'privacy.cookies.title' | translate }}</h2>
        <p>{{ 'privacy.cookies.text' | translate }}</p>
        <p>{{ 'privacy.cookies.reading' | translate }}</p>

        <h2>{{ 'privacy.rights.title' | translate }}</h2>
        <p>{{ 'privacy.rights.intro' | translate }}</p>
        <ul>
          <li>{{ 'privacy.rights.access' | translate }}</li>
          <li>{{ 'privacy.rights.erasure' | translate }}</li>
          <li>{{ 'privacy.rights.rectification' | translate }}</li>
        </ul>
        <p>{{ 'privacy.rights.complaint' | translate }}</p>

        <h2>{{ 'privacy.contact.title' | translate }}</h2>
        <p>{{ 'privacy.contact.text' | translate }}</p>
        <p class="cd-callout" role="note">{{ 'privacy.contact.operatorNote' | translate }}</p>
      </article>
    </div>
  `,
})
export class PrivacyPageComponent {}
