import { ChangeDetectionStrategy, Component, DOCUMENT, afterEveryRender, computed, inject, input, output, signal } from '@angular/core';
import type { LearnerChoice } from '@culture-d/quiz/contracts';
import { IconComponent } from '@culture-d/shared/ui';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import { type Draft, move } from '../responses';
import { plainText } from './plain-text';

/**
 * Put items in order with "Monter" and "Descendre" buttons on each item (no drag and drop, which keyboards and
 * many hands cannot do). The focus stays on the moved item, and a polite live region says where it went.
 */
@Component({
  selector: 'cd-ordering-question',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, IconComponent],
  template: `
    <div class="cd-quiz__field" role="group" [attr.aria-labelledby]="labelledBy()" [attr.aria-describedby]="idPrefix() + '-hint'">
      <p class="cd-quiz__hint" [id]="idPrefix() + '-hint'">{{ 'quiz.ordering.hint' | translate }}</p>
      <ol class="cd-quiz__ordering">
        @for (item of ordered(); track item.id; let i = $index, first = $first, last = $last) {
          <li class="cd-quiz__ordering-item">
            <span class="cd-quiz__ordering-position" aria-hidden="true">{{ i + 1 }}</span>
            <span class="cd-quiz__ordering-text" [innerHTML]="item.html"></span>
            <span class="cd-quiz__ordering-buttons">
              <button type="button" class="cd-quiz__icon-button" [id]="idPrefix() + '-' + item.id + '-up'" [attr.aria-disabled]="first || null" (click)="moveItem(i, -1)">
                <cd-icon name="arrowUpward" /><span class="cd-sr-only">{{ 'quiz.ordering.up' | translate: { item: text(item) } }}</span>
              </button>
              <button type="button" class="cd-quiz__icon-button" [id]="idPrefix() + '-' + item.id + '-down'" [attr.aria-disabled]="last || null" (click)="moveItem(i, 1)">
                <cd-icon name="arrowDownward" /><span class="cd-sr-only">{{ 'quiz.ordering.down' | translate: { item: text(item) } }}</span>
              </button>
            </span>
          </li>
        }
      </ol>
      <p class="cd-sr-only" aria-live="polite">
        @if (announcement(); as said) {
          {{ 'quiz.ordering.moved' | translate: said }}
        }
      </p>
    </div>
  `,
})
export class OrderingQuestionComponent {
  readonly items = input.required<readonly LearnerChoice[]>();
  readonly draft = input<Draft | undefined>();
  readonly labelledBy = input.required<string>();
  readonly idPrefix = input.required<string>();
  readonly draftChange = output<Draft>();

  private readonly document = inject(DOCUMENT);
  /** The button to focus once the moved item is drawn at its new place (the parent applies the new order a render later). */
  private pendingFocus: { itemId: string; position: number; buttonId: string } | null = null;
  protected readonly announcement = signal<{ item: string; position: number; count: number } | null>(null);

  private readonly ids = computed(() => {
    const draft = this.draft();
    return draft?.kind === 'order' ? draft.itemIds : this.items().map((item) => item.id);
  });
  protected readonly ordered = computed(() => {
    const byId = new Map(this.items().map((item) => [item.id, item]));
    return this.ids().flatMap((id) => byId.get(id) ?? []);
  });

  protected text(item: LearnerChoice): string {
    return plainText(item.html);
  }

  protected moveItem(index: number, delta: -1 | 1): void {
    const ids = this.ids();
    const target = index + delta;
    // aria-disabled (not disabled) keeps the button focusable at the ends: nothing happens, nothing is lost.
    if (target < 0 || target >= ids.length) return;
    const item = this.ordered()[index];
    this.draftChange.emit({ kind: 'order', itemIds: move(ids, index, delta) });
    this.announcement.set({ item: this.text(item), position: target + 1, count: ids.length });
    const atEdge = target === 0 || target === ids.length - 1;
    const direction = delta < 0 ? (atEdge ? 'down' : 'up') : atEdge ? 'up' : 'down';
    this.pendingFocus = { itemId: item.id, position: target, buttonId: `${this.idPrefix()}-${item.id}-${direction}` };
  }

  constructor() {
    // Focus only after the render that shows the item at its new place: moving its row in the DOM would drop a focus
    // given earlier.
    afterEveryRender(() => {
      const pending = this.pendingFocus;
      if (!pending || this.ordered()[pending.position]?.id !== pending.itemId) return;
      this.pendingFocus = null;
      this.document.getElementById(pending.buttonId)?.focus();
    });
  }
}
