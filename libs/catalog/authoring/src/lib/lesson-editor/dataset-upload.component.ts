import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { TranslatePipe } from '@culture-d/shared/web/shell';
import { type CsvReport, DATASET_MAX_ROWS, csvReport, readCsvFile } from './csv-report';

/**
 * The data of a dataset block: a CSV file chosen or pasted, checked in the browser by the API's own parser, with a
 * report (rows, columns and their detected types, or the problems line by line) read out in a polite live region.
 * Only data that passes goes into the block, when the author confirms with "Utiliser ces données".
 */
@Component({
  selector: 'cd-dataset-upload',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <fieldset class="cd-field cd-dataset-upload" [class.cd-field--error]="!!error()" [attr.aria-describedby]="fieldId() + '-hint'">
      <legend>{{ 'lessonEditor.csv.legend' | translate }}</legend>
      <p class="cd-field__hint" [id]="fieldId() + '-hint'">{{ 'lessonEditor.csv.hint' | translate: { rows: maxRows } }}</p>
      @if (error(); as error) {
        <p class="cd-field__error" [id]="fieldId() + '-error'">{{ error.key | translate: error.params }}</p>
      }
      @if (current(); as current) {
        <p class="cd-dataset-upload__current">
          {{ 'lessonEditor.csv.current' | translate: { rows: current.rows, columns: current.columns } }}
        </p>
      }
      <label class="cd-field__label" [for]="fieldId()">{{ (csv() ? 'lessonEditor.csv.replaceFile' : 'lessonEditor.csv.chooseFile') | translate }}</label>
      <input
        class="cd-input cd-file"
        type="file"
        accept=".csv,text/csv"
        [id]="fieldId()"
        [attr.aria-invalid]="!!error() || null"
        [attr.aria-describedby]="error() ? fieldId() + '-error' : null"
        (change)="chosen($event)"
      />
      <details class="cd-dataset-upload__paste">
        <summary>{{ 'lessonEditor.csv.paste' | translate }}</summary>
        <label class="cd-field__label" [for]="fieldId() + '-paste'">{{ 'lessonEditor.csv.pasteLabel' | translate }}</label>
        <textarea class="cd-input" rows="6" [id]="fieldId() + '-paste'" #pasted></textarea>
        <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="check(pasted.value)">{{ 'lessonEditor.csv.check' | translate }}</button>
      </details>
      <div class="cd-dataset-upload__report" aria-live="polite">
        @if (report(); as report) {
          @if (report.ok) {
            <p class="cd-status">{{ 'lessonEditor.csv.valid' | translate: { rows: report.rows, columns: report.columns.length } }}</p>
            <table class="cd-dataset-upload__columns">
              <caption>
                {{
                  'lessonEditor.csv.columnsCaption' | translate
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'lessonEditor.csv.column' | translate }}</th>
                  <th scope="col">{{ 'lessonEditor.csv.type' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (column of report.columns; track $index) {
                  <tr>
                    <th scope="row">{{ column.name }}</th>
                    <td>{{ 'lessonEditor.csv.types.' + column.type | translate }}</td>
                  </tr>
                }
              </tbody>
            </table>
            <button type="button" class="cd-btn cd-btn--small" (click)="use(report.csv)">{{ 'lessonEditor.csv.use' | translate }}</button>
          } @else {
            <div class="cd-dataset-upload__problems">
              <p>
                <strong>{{ (report.problems.length === 1 ? 'lessonEditor.csv.invalidOne' : 'lessonEditor.csv.invalid') | translate: { count: report.problems.length } }}</strong>
              </p>
              <ul>
                @for (problem of report.problems; track $index) {
                  <li>
                    @if (problem.line !== null) {
                      {{ 'lessonEditor.csv.line' | translate: { line: problem.line } }}
                    }
                    {{ problem.key | translate: problem.params }}
                  </li>
                }
              </ul>
            </div>
          }
        } @else if (used()) {
          <p class="cd-status">{{ 'lessonEditor.csv.used' | translate }}</p>
        }
      </div>
    </fieldset>
  `,
  styles: `
    .cd-dataset-upload__paste {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      summary {
        cursor: pointer;
        font-weight: 700;
        min-block-size: 2.75rem;
        display: flex;
        align-items: center;
      }
      textarea {
        margin-block-end: 0.5rem;
        font-family: monospace;
      }
    }
    .cd-dataset-upload__columns {
      border-collapse: collapse;
      margin-block: 0.5rem;
      caption {
        text-align: start;
        font-weight: 700;
      }
      th,
      td {
        padding: 0.25rem 0.75rem 0.25rem 0;
        text-align: start;
        border-block-end: 1px solid var(--mat-sys-outline-variant);
      }
    }
    .cd-dataset-upload__problems {
      padding: 0.75rem 1rem;
      border-inline-start: 4px solid var(--mat-sys-error);
      ul {
        margin: 0;
        padding-inline-start: 1.25rem;
      }
      p {
        margin: 0 0 0.5rem;
      }
    }
  `,
})
export class DatasetUploadComponent {
  /** The block's CSV now. */
  readonly csv = input.required<string>();
  /** The id of the file input (the error summary links to it). */
  readonly fieldId = input.required<string>();
  /** The block's problem with its data, shown when the field is checked. */
  readonly error = input<{ key: string; params?: Readonly<Record<string, string | number>> } | undefined>();
  readonly accepted = output<string>();

  protected readonly maxRows = DATASET_MAX_ROWS;
  protected readonly report = signal<CsvReport | null>(null);
  protected readonly used = signal(false);
  protected readonly current = computed(() => {
    const csv = this.csv();
    if (csv.trim() === '') return null;
    const report = csvReport(csv);
    return report.ok ? { rows: report.rows, columns: report.columns.length } : null;
  });

  protected async chosen(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const read = await readCsvFile(file);
    this.used.set(false);
    this.report.set(read.ok ? csvReport(read.text) : read.report);
  }

  protected check(text: string): void {
    this.used.set(false);
    this.report.set(csvReport(text));
  }

  protected use(csv: string): void {
    this.accepted.emit(csv);
    this.report.set(null);
    this.used.set(true);
  }
}
