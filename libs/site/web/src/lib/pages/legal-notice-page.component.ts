import { ChangeDetectionStrategy, Component } from '@angular/core';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { TranslatePipe } from '@culture-d/shared/web/shell';

@Component({
  selector: 'cd-legal-notice-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BreadcrumbComponent, TranslatePipe],
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[{ label: 'breadcrumb.home' | translate, link: '/' }, { label: 'legal.title' | translate }]"
      />
      <article class="cd-prose">
        <h1>{{ 'legal.title' | translate }}</h1>
        @for (section of sections; track section) {
          <h2>{{ 'legal.' + section + '.title' | translate }}</h2>
          <p>{{ 'legal.' + section + '.text' | translate }}</p>
        }
      </article>
    </div>
  `,
})
export class LegalNoticePageComponent {
  protected readonly sections = ['publisher', 'director', 'host', 'licence'] as const;
}
