import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@culture-d/identity/web';
import type { MyEnrolmentResponse } from '@culture-d/progress/contracts';
import { ProgressBarComponent } from '@culture-d/progress/web';
import { EntryCardComponent } from '@culture-d/shared/ui';
import { apiResource, LanguageService, TranslatePipe } from '@culture-d/shared/web';
import { mostRecentResumable } from './resume';

/** Audience codes of the domain (DOMAIN.md), in the order the doors are shown. */
const AUDIENCES = ['elu', 'agent', 'mediateur', 'citoyen'] as const;
const THEMES = ['performance', 'innovation', 'democratie'] as const;
const WORKSHOPS = ['elus', 'citoyens', 'mediateurs'] as const;

/**
 * Home: what Culture D is, one door per audience, the three themes and the seed's workshops; for a signed-in learner
 * with a parcours in progress, "Reprendre mon parcours" at its next step.
 */
@Component({
  selector: 'cd-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, EntryCardComponent, ProgressBarComponent],
  templateUrl: './home-page.component.html',
  styleUrl: './home-page.component.scss',
})
export class HomePageComponent {
  protected readonly audiences = AUDIENCES;
  protected readonly themes = THEMES;
  protected readonly workshops = WORKSHOPS;

  private readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageService);
  /** Asked only once someone is signed in: a visitor's home sends no request that would answer 401. */
  private readonly enrolments = apiResource<MyEnrolmentResponse[]>(() => (this.auth.signedIn() ? '/api/me/enrolments' : undefined));
  /** Nothing while loading or when the request fails: the section is a shortcut, "Mon parcours" stays in the menu. */
  protected readonly resume = computed(() => (this.auth.signedIn() && this.enrolments.hasValue() ? mostRecentResumable(this.enrolments.value()) : null));
  /** Parcours titles are French content: marked as such when the interface is in another language. */
  protected readonly contentLang = computed(() => (this.language.current() === 'fr' ? null : 'fr'));

  constructor() {
    void this.auth.load();
  }
}
