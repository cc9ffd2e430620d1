import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { ParcoursCardResponse } from '@culture-d/catalog/contracts';
import { AUDIENCES, THEMES, isAudience, isTheme } from '@culture-d/shared/contracts';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { apiResource, LanguageService, TranslatePipe } from '@culture-d/shared/web';
import { AudienceDirectory } from '../util/audiences';
import { ParcoursCardComponent } from './parcours-card.component';

/** The API's page size limit; the starter catalogue is far smaller. */
const PAGE_SIZE = 100;

/** The filters as the URL carries them (`/parcours?public=elu&theme=democratie&q=budget`), unknown values dropped. */
export interface CatalogueFilters {
  readonly audience: string;
  readonly theme: string;
  readonly q: string;
}

export function filtersFromParams(audience: unknown, theme: unknown, q: unknown): CatalogueFilters {
  return {
    audience: isAudience(audience) ? audience : '',
    theme: isTheme(theme) ? theme : '',
    q: typeof q === 'string' ? q.trim().slice(0, 200) : '',
  };
}

/** Query params for the router: empty filters are left out of the URL. */
export function paramsFromFilters(filters: CatalogueFilters): Record<string, string | null> {
  return { public: filters.audience || null, theme: filters.theme || null, q: filters.q.trim() || null };
}

/**
 * `/parcours`: the catalogue. The filters are a search form whose submission updates the URL (so a filtered list
 * can be shared and the home page's doors land on it); the number of results is announced politely.
 */
@Component({
  selector: 'cd-catalogue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, BreadcrumbComponent, ParcoursCardComponent],
  templateUrl: './catalogue-page.component.html',
  styleUrl: './catalogue-page.component.scss',
})
export class CataloguePageComponent {
  /** Query params, bound by the router: `public` is the audience (the word the home page's links use). */
  readonly public = input<string | undefined>();
  readonly theme = input<string | undefined>();
  readonly q = input<string | undefined>();

  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  protected readonly directory = inject(AudienceDirectory).audiences;
  protected readonly audiences = AUDIENCES;
  protected readonly themes = THEMES;

  protected readonly filters = computed(() => filtersFromParams(this.public(), this.theme(), this.q()));
  protected readonly hasFilters = computed(() => Object.values(this.filters()).some(Boolean));

  protected readonly form = inject(NonNullableFormBuilder).group({ audience: '', theme: '', q: '' });

  protected readonly results = apiResource<{ items: ParcoursCardResponse[]; total: number }>(() => {
    const { audience, theme, q } = this.filters();
    const params: Record<string, string | number> = { limit: PAGE_SIZE };
    if (audience) params['audience'] = audience;
    if (theme) params['theme'] = theme;
    if (q) params['q'] = q;
    return { url: '/api/parcours', params };
  });

  protected readonly items = computed(() => (this.results.hasValue() ? this.results.value().items : []));

  constructor() {
    // The form shows what the URL says (after a submission, the back button or a link from the home page).
    effect(() => this.form.setValue(this.filters()));
  }

  protected description(code: string): string | undefined {
    const lang = this.language.current();
    return this.directory.hasValue() ? this.directory.value().find((a) => a.code === code)?.description[lang] : undefined;
  }

  protected search(): void {
    const value = this.form.getRawValue();
    void this.router.navigate(['/parcours'], { queryParams: paramsFromFilters(filtersFromParams(value.audience, value.theme, value.q)) });
  }

  protected retry(): void {
    this.results.reload();
  }
}
