import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import { funnelLayout, funnelSummary, percent, type NamedStep } from '../util/funnel-chart';

/**
 * The completion funnel as a hand-made SVG bar chart (role="img", its summary as the accessible name) inside a
 * figure with a caption, followed by the same numbers as a table in a disclosure, open by default.
 */
@Component({
  selector: 'cd-funnel-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  styles: `
    figure {
      margin: 1rem 0;
    }
    svg {
      display: block;
      inline-size: 100%;
      max-inline-size: 32rem;
      block-size: auto;
    }
    .bar {
      fill: var(--mat-sys-primary);
    }
    .track {
      fill: var(--mat-sys-surface-container-high, #eee);
    }
    text {
      fill: var(--mat-sys-on-surface);
      font-size: 15px;
    }
    .value {
      font-weight: 700;
    }
    figcaption {
      font-weight: 700;
      margin-block-end: 0.5rem;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      margin-block: 0.5rem 1rem;
    }
    th,
    td {
      padding: 0.375rem 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
    }
    td.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    summary {
      cursor: pointer;
      padding-block: 0.5rem;
    }
  `,
  template: `
    <figure>
      <figcaption>{{ caption() }}</figcaption>
      <svg role="img" [attr.aria-label]="summary()" [attr.viewBox]="'0 0 ' + layout().width + ' ' + layout().height" xmlns="http://www.w3.org/2000/svg">
        @for (bar of layout().bars; track bar.step) {
          <text [attr.x]="0" [attr.y]="bar.labelY + 16" aria-hidden="true">{{ shorten(bar.label) }}</text>
          <rect class="track" [attr.x]="0" [attr.y]="bar.barY" [attr.width]="layout().plotWidth" [attr.height]="layout().barHeight" />
          <rect class="bar" [attr.x]="0" [attr.y]="bar.barY" [attr.width]="bar.barWidth" [attr.height]="layout().barHeight" />
          <text class="value" [attr.x]="bar.valueX" [attr.y]="bar.barY + 17" aria-hidden="true">{{ bar.count }} ({{ pct(bar.rate) }})</text>
        }
      </svg>
    </figure>
    <details open>
      <summary>{{ 'analytics.funnel.tableToggle' | translate }}</summary>
      <div class="table-wrap">
        <table>
          <caption class="cd-sr-only">
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'analytics.funnel.step' | translate }}</th>
              <th scope="col">{{ 'analytics.funnel.count' | translate }}</th>
              <th scope="col">{{ 'analytics.funnel.rate' | translate }}</th>
              <th scope="col">{{ 'analytics.funnel.lost' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (step of steps(); track step.step) {
              <tr>
                <th scope="row">{{ step.label }}</th>
                <td class="num">{{ step.count }}</td>
                <td class="num">{{ pct(step.rate) }}</td>
                <td class="num">{{ step.lost }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </details>
  `,
})
export class FunnelChartComponent {
  readonly steps = input.required<readonly NamedStep[]>();
  readonly caption = input.required<string>();
  readonly language = input.required<string>();

  protected readonly layout = computed(() => funnelLayout(this.steps()));
  protected readonly summary = computed(() => `${this.caption()}. ${funnelSummary(this.steps(), this.language())}`);

  protected pct(rate: number): string {
    return percent(rate, this.language());
  }

  /** Long module titles are cut in the picture only; the table and the accessible name keep them whole. */
  protected shorten(label: string): string {
    return label.length > 48 ? `${label.slice(0, 47)}…` : label;
  }
}
