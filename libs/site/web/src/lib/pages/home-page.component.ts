import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EntryCardComponent } from '@culture-d/shared/ui';
import { TranslatePipe } from '@ngx-translate/core';

/** Audience codes of the domain (DOMAIN.md), in the order the doors are shown. */
const AUDIENCES = ['elu', 'agent', 'mediateur', 'citoyen'] as const;
const THEMES = ['performance', 'innovation', 'democratie'] as const;
const WORKSHOPS = ['elus', 'citoyens', 'mediateurs'] as const;

/** Home: what Culture D is, one door per audience, the three themes and the seed's workshops. */
@Component({
  selector: 'cd-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, EntryCardComponent],
  templateUrl: './home-page.component.html',
  styleUrl: './home-page.component.scss',
})
export class HomePageComponent {
  protected readonly audiences = AUDIENCES;
  protected readonly themes = THEMES;
  protected readonly workshops = WORKSHOPS;
}
