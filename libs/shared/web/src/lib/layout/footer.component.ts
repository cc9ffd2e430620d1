import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/translate.pipe';
import { SKIP_TARGETS } from './skip-links.component';

/** The footer, after the DSFR pattern: who runs the service, then the compulsory links (accessibility, legal, data). */
@Component({
  selector: 'cd-footer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None, // App-shell styles, scoped by their BEM block instead (docs/adr/0016).
  imports: [RouterLink, TranslatePipe],
  templateUrl: './footer.component.html',
  styleUrl: './footer.component.scss',
})
export class FooterComponent {
  protected readonly footerId = SKIP_TARGETS.footer;
}
