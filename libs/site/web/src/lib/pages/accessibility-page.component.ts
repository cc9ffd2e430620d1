import { ChangeDetectionStrategy, Component } from '@angular/core';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { TranslatePipe } from '@culture-d/shared/web/shell';

/** Accessibility statement, following the RGAA 4.1 model (état de conformité … voies de recours). */
@Component({
  selector: 'cd-accessibility-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BreadcrumbComponent, TranslatePipe],
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[{ label: 'breadcrumb.home' | translate, link: '/' }, { label: 'accessibility.title' | translate }]"
      />
      <article class="cd-prose">
        <h1>{{ 'accessibility.title' | translate }}</h1>
        <p>{{ 'accessibility.intro' | translate }}</p>

        <h2>{{ 'accessibility.status.title' | translate }}</h2>
        <p>{{ 'accessibility.status.text' | translate }}</p>

        <h2>{{ 'accessibility.results.title' | translate }}</h2>
        <p>{{ 'accessibility.results.text' | translate }}</p>

        <h2>{{ 'accessibility.nonAccessible.title' | translate }}</h2>
        <p>{{ 'accessibility.nonAccessible.text' | translate }}</p>
        <ul>
          <li>{{ 'accessibility.nonAccessible.item1' | translate }}</li>
          <li>{{ 'accessibility.nonAccessible.item2' | translate }}</li>
        </ul>

        <h2>{{ 'accessibility.establishment.title' | translate }}</h2>
        <p>{{ 'accessibility.establishment.text' | translate }}</p>
        <p>{{ 'accessibility.establishment.environment' | translate }}</p>

        <h2>{{ 'accessibility.feedback.title' | translate }}</h2>
        <p>{{ 'accessibility.feedback.text' | translate }}</p>
        <p>{{ 'accessibility.feedback.contact' | translate }}</p>

        <h2>{{ 'accessibility.recourse.title' | translate }}</h2>
        <p>{{ 'accessibility.recourse.intro' | translate }}</p>
        <ul>
          <li>{{ 'accessibility.recourse.form' | translate }}</li>
          <li>{{ 'accessibility.recourse.delegate' | translate }}</li>
          <li>{{ 'accessibility.recourse.mail' | translate }}</li>
        </ul>
      </article>
    </div>
  `,
})
export class AccessibilityPageComponent {}
