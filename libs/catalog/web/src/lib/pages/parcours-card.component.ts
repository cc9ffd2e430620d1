import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ParcoursCardResponse } from '@culture-d/catalog/contracts';
import { LanguageService } from '@culture-d/shared/web';
import { ParcoursFactsComponent } from './parcours-facts.component';

/** One parcours in the catalogue: its title links to it; the summary follows the interface language. */
@Component({
  selector: 'cd-parcours-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ParcoursFactsComponent],
  template: `
    <article class="cd-parcours-card">
      <h3 class="cd-parcours-card__title">
        <a [routerLink]="['/parcours', parcours().slug]" [attr.lang]="contentLang()">{{ parcours().title }}</a>
      </h3>
      <p class="cd-parcours-card__summary">{{ summary() }}</p>
      <cd-parcours-facts [parcours]="parcours()" />
    </article>
  `,
  styles: `
    :host { display: block; block-size: 100%; }
    .cd-parcours-card {
      display: flex; flex-direction: column; gap: 0.5rem; block-size: 100%; padding: 1.25rem 1.5rem;
      border: 1px solid var(--mat-sys-outline-variant); border-block-end: 4px solid var(--mat-sys-primary);
      border-radius: 8px; background: var(--mat-sys-surface-container-lowest);
    }
    .cd-parcours-card__title { margin: 0; font-size: 1.25rem; }
    .cd-parcours-card__summary { margin: 0; }
  `,
})
export class ParcoursCardComponent {
  readonly parcours = input.required<ParcoursCardResponse>();
  private readonly language = inject(LanguageService);

  /** Titles are French content: say so when the interface is in English. */
  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));
  protected readonly summary = computed(() =>
    this.language.current() === 'en' && this.parcours().summaryEn ? this.parcours().summaryEn : this.parcours().summary,
  );
}
