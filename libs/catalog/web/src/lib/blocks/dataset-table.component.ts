import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import type { RenderedBlock } from '@culture-d/catalog/contracts';
import { IconComponent } from '@culture-d/shared/ui';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import { type SortState, cellText, filterRows, isNumericColumn, nextSort, sortRows } from './dataset-table';

export type DatasetBlock = Extract<RenderedBlock, { type: 'dataset' }>;

let nextId = 0;

/**
 * A dataset of a lesson as a real table: caption, column headers whose buttons sort (`aria-sort` on the header),
 * a labelled filter, the number of rows shown in a polite live region, numbers right-aligned and French-formatted,
 * the source and the CSV download. The table scrolls sideways in its own focusable region on narrow screens.
 */
@Component({
  selector: 'cd-dataset-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, IconComponent],
  templateUrl: './dataset-table.component.html',
  styleUrl: './dataset-table.component.scss',
})
export class DatasetTableComponent {
  readonly dataset = input.required<DatasetBlock>();

  protected readonly id = `cd-dataset-${nextId++}`;
  protected readonly query = signal('');
  protected readonly sort = signal<SortState | null>(null);

  protected readonly numeric = computed(() => this.dataset().columns.map((column) => isNumericColumn(column.type)));
  protected readonly rows = computed(() => sortRows(filterRows(this.dataset().rows, this.query()), this.sort()));
  protected readonly countKey = computed(() => {
    const shown = this.rows().length;
    return shown === 0 ? 'catalog.dataset.countNone' : shown === 1 ? 'catalog.dataset.countOne' : 'catalog.dataset.count';
  });
  protected readonly cellText = cellText;

  protected ariaSort(column: number): 'ascending' | 'descending' | null {
    const sort = this.sort();
    return sort?.column === column ? sort.direction : null;
  }

  protected sortBy(column: number): void {
    this.sort.update((current) => nextSort(current, column));
  }

  protected filter(event: Event): void {
    this.query.set((event.target as HTMLInputElement).value);
  }
}
