import { DATASET_MAX_BYTES, DATASET_MAX_ROWS, type DatasetColumnType, parseDataset } from '@culture-d/catalog/domain';

/** One problem of the file: its line (null for the whole file), a translation key and its parameters. */
export interface CsvProblem {
  readonly line: number | null;
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * What the editor shows before a CSV goes into a dataset block: the same parse as the API's (parseDataset of the
 * catalog domain), as rows, columns with their detected types, or the problems line by line.
 */
export type CsvReport =
  | { readonly ok: true; readonly csv: string; readonly rows: number; readonly delimiter: ',' | ';'; readonly columns: readonly { name: string; type: DatasetColumnType }[] }
  | { readonly ok: false; readonly problems: readonly CsvProblem[] };

export function csvReport(csv: string): CsvReport {
  const parsed = parseDataset(csv);
  if (!parsed.ok) {
    return { ok: false, problems: parsed.errors.map((error) => ({ line: error.line, key: `lessonEditor.csv.errors.${error.code}`, params: error.params })) };
  }
  return { ok: true, csv, rows: parsed.rows.length, delimiter: parsed.delimiter, columns: parsed.columns };
}

/**
 * Reads a chosen file as UTF-8 text. Files over the limit are refused before reading; a file that is not valid UTF-8
 * (an old Windows export in Latin-1, a spreadsheet) is refused rather than shown with broken accents.
 */
export async function readCsvFile(file: Blob): Promise<{ ok: true; text: string } | { ok: false; report: CsvReport }> {
  if (file.size > DATASET_MAX_BYTES) return { ok: false, report: fail('TOO_LARGE', { bytes: file.size, max: DATASET_MAX_BYTES }) };
  const bytes = new Uint8Array(await blobBytes(file));
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, report: fail('NOT_UTF8', {}) };
  }
}

function fail(code: string, params: Record<string, string | number>): CsvReport {
  return { ok: false, problems: [{ line: null, key: `lessonEditor.csv.errors.${code}`, params }] };
}

/** `Blob.arrayBuffer` where there is one (browsers), a FileReader otherwise (jsdom in unit tests has neither everywhere). */
function blobBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsArrayBuffer(file);
  });
}

export { DATASET_MAX_BYTES, DATASET_MAX_ROWS };
