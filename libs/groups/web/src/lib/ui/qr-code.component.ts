import { ChangeDetectionStrategy, Component, effect, input, signal } from '@angular/core';
import { qrPath } from './qr-path';

/**
 * A QR code as an SVG image with a text alternative (`label`). The library (qrcode-generator, ADR 0014) is loaded on
 * first use only, so that it stays out of every other page. Black on white whatever the theme: phones need the contrast.
 */
@Component({
  selector: 'cd-qr-code',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (drawing(); as drawing) {
      <svg
        class="cd-qr"
        role="img"
        [attr.aria-label]="label()"
        [attr.viewBox]="'0 0 ' + drawing.size + ' ' + drawing.size"
        shape-rendering="crispEdges"
        xmlns="http://www.w3.org/2000/svg"
      >
        <rect [attr.width]="drawing.size" [attr.height]="drawing.size" fill="#fff" />
        <path [attr.d]="drawing.d" fill="#000" />
      </svg>
    } @else {
      <div class="cd-qr cd-qr--pending" role="img" [attr.aria-label]="label()"></div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .cd-qr {
      display: block;
      inline-size: 100%;
      block-size: auto;
      aspect-ratio: 1;
    }
    .cd-qr--pending {
      background: #fff;
    }
  `,
})
export class QrCodeComponent {
  /** What the code carries (a URL). */
  readonly text = input.required<string>();
  /** The text alternative, e.g. "QR code : rejoindre le groupe avec le code K7QM-2XFD". */
  readonly label = input.required<string>();

  protected readonly drawing = signal<{ d: string; size: number } | null>(null);

  constructor() {
    effect(() => {
      const text = this.text();
      void import('qrcode-generator').then(({ default: qrcode }) => {
        // Type 0: the smallest version that holds the text; M: 15 % of the code may be hidden or blurred.
        const code = qrcode(0, 'M');
        code.addData(text);
        code.make();
        if (this.text() === text) this.drawing.set(qrPath(code));
      });
    });
  }
}
