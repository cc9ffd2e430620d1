import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ParcoursOutlineResponse } from '@culture-d/catalog/contracts';
import { BreadcrumbComponent, IconComponent } from '@culture-d/shared/ui';
import { LanguageService } from '@culture-d/shared/web';
import { TranslatePipe } from '@ngx-translate/core';
import { ACTIVITY_ICONS } from '../util/activity-types';
import { durationPhrase } from '../util/format';
import { failureKind } from '../util/load-state';
import { PageTitle } from '../util/page-title';
import { ParcoursFactsComponent } from './parcours-facts.component';

/**
 * `/parcours/:slug`: what a parcours is about and its map: the modules in order, what to do before each, and their
 * steps. (Progress and locks come with the progress API; nothing here pretends to know them.)
 */
@Component({
  selector: 'cd-parcours-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, BreadcrumbComponent, IconComponent, ParcoursFactsComponent],
  templateUrl: './parcours-page.component.html',
  styleUrl: './parcours-page.component.scss',
})
export class ParcoursPageComponent {
  /** Route param, bound by the router. */
  readonly slug = input.required<string>();

  private readonly language = inject(LanguageService);
  protected readonly icons = ACTIVITY_ICONS;
  protected readonly durationPhrase = durationPhrase;

  protected readonly outline = httpResource<ParcoursOutlineResponse>(() => `/api/parcours/${encodeURIComponent(this.slug())}`);
  protected readonly failure = computed(() => (this.outline.error() ? failureKind(this.outline.error()) : null));
  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));
  protected readonly summary = computed(() => {
    if (!this.outline.hasValue()) return '';
    const parcours = this.outline.value();
    return this.language.current() === 'en' && parcours.summaryEn ? parcours.summaryEn : parcours.summary;
  });
  /** Module titles by key, to name prerequisites. */
  private readonly moduleTitles = computed(
    () => new Map((this.outline.hasValue() ? this.outline.value().modules : []).map((module) => [module.key, module.title])),
  );

  constructor() {
    const title = inject(PageTitle);
    effect(() => {
      this.language.current();
      if (this.outline.hasValue()) title.set(this.outline.value().title);
    });
  }

  protected prerequisiteTitles(keys: readonly string[]): string[] {
    return keys.map((key) => this.moduleTitles().get(key) ?? key);
  }
}
