import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Role } from '@culture-d/shared/contracts';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import { AuthStore } from '../session/auth.store';

interface Tool {
  readonly key: string;
  readonly link: string;
  readonly roles: readonly Role[];
}

/** Every tool of the site for authors, facilitators and administrators; each can be reached from here. */
const TOOLS: readonly Tool[] = [
  { key: 'parcours', link: '/auteur', roles: ['author', 'admin'] },
  { key: 'questions', link: '/auteur/questions', roles: ['author', 'admin'] },
  { key: 'workshops', link: '/auteur/ateliers', roles: ['author', 'admin'] },
  { key: 'analytics', link: '/statistiques', roles: ['author', 'admin'] },
  { key: 'groups', link: '/groupes', roles: ['facilitator', 'admin'] },
  { key: 'users', link: '/admin/utilisateurs', roles: ['admin'] },
  { key: 'audit', link: '/admin/journal', roles: ['admin'] },
];

/** "Mes outils": the tools the signed-in person's roles open, each with what it is for. */
@Component({
  selector: 'cd-tools-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="cd-container">
      <h1>{{ 'identity.tools.title' | translate }}</h1>
      <p>{{ 'identity.tools.intro' | translate }}</p>
      <ul class="cd-tools" role="list">
        @for (tool of tools(); track tool.key) {
          <li class="cd-tools__item">
            <h2 class="cd-tools__title">
              <a [routerLink]="tool.link">{{ 'identity.tools.' + tool.key + '.title' | translate }}</a>
            </h2>
            <p>{{ 'identity.tools.' + tool.key + '.body' | translate }}</p>
          </li>
        }
      </ul>
    </div>
  `,
  styles: `
    .cd-tools {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
      gap: 1rem;
      margin: 1.5rem 0 2rem;
      padding: 0;
      list-style: none;
    }
    .cd-tools__item {
      padding: 1rem 1.25rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-block-end: 4px solid var(--mat-sys-primary);
    }
    .cd-tools__title {
      margin: 0 0 0.5rem;
      font-size: 1.25rem;
    }
    .cd-tools__item p {
      margin: 0;
    }
  `,
})
export class ToolsPageComponent {
  private readonly auth = inject(AuthStore);
  protected readonly tools = computed(() => {
    const roles = this.auth.user()?.roles ?? [];
    return TOOLS.filter((tool) => tool.roles.some((role) => roles.includes(role)));
  });
}
