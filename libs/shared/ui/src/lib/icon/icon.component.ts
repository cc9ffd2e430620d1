import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * Path data of the few Material icons we use (Apache-2.0, google/material-design-icons), inlined so that no icon
 * font or sprite is fetched: every pixel of the app comes from our own origin.
 */
const ICONS = {
  menu: 'M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z',
  close: 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
  arrowForward: 'M12 4l-1.41 1.41L16.17 11H4v2h12.17l-5.58 5.59L12 20l8-8z',
  chevronRight: 'M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z',
} as const;

export type IconName = keyof typeof ICONS;

/** A decorative inline SVG icon: always `aria-hidden`, the accessible name belongs to the surrounding control. */
@Component({
  selector: 'cd-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'cd-icon', 'aria-hidden': 'true' },
  template: `<svg viewBox="0 0 24 24" width="24" height="24" focusable="false"><path [attr.d]="path()" fill="currentColor" /></svg>`,
  styles: `
    :host { display: inline-flex; inline-size: 1.5em; block-size: 1.5em; flex: none; }
    svg { inline-size: 100%; block-size: 100%; }
  `,
})
export class IconComponent {
  readonly name = input.required<IconName>();
  protected readonly path = computed(() => ICONS[this.name()]);
}
