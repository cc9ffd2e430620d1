import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@culture-d/shared/web/shell';

/**
 * How far a learner is in a parcours: a bar for the eye and the same figure in words ("45 % terminé"), which is
 * what assistive technologies read (the bar itself is decoration).
 */
@Component({
  selector: 'cd-progress-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div class="cd-progress-bar">
      <div class="cd-progress-bar__track" aria-hidden="true"><div class="cd-progress-bar__fill" [style.inline-size.%]="clamped()"></div></div>
      <p class="cd-progress-bar__text">{{ 'progress.bar.percent' | translate: { percent: clamped() } }}</p>
    </div>
  `,
  styles: `
    .cd-progress-bar {
      display: flex;
      align-items: center;
      gap: 0.75rem;
    }
    .cd-progress-bar__track {
      flex: 1;
      block-size: 0.75rem;
      max-inline-size: 24rem;
      border-radius: 999px;
      background: var(--mat-sys-surface-container-highest);
      outline: 1px solid var(--mat-sys-outline);
      overflow: hidden;
    }
    .cd-progress-bar__fill {
      block-size: 100%;
      background: var(--mat-sys-primary);
    }
    .cd-progress-bar__text {
      margin: 0;
      font-weight: 700;
      white-space: nowrap;
    }
  `,
})
export class ProgressBarComponent {
  /** 0–100. */
  readonly percent = input.required<number>();
  protected readonly clamped = computed(() => Math.round(Math.min(100, Math.max(0, this.percent()))));
}
