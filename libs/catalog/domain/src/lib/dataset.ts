import Papa from 'papaparse';

export type DatasetColumnType = 'integer' | 'number' | 'date' | 'text';
export type DatasetCell = string | number | null;

export interface DatasetColumn {
  name: string;
  type: DatasetColumnType;
}

export interface ParsedDataset {
  delimiter: ',' | ';';
  columns: DatasetColumn[];
  /** One array per data row, one cell per column: numbers for integer/number columns, ISO strings for dates, null for empty cells. */
  rows: DatasetCell[][];
}

/** What is wrong, as a stable code: the web editor shows its own translated text from it (and `params`). */
export const DATASET_ERROR_CODES = [
  'TOO_LARGE',
  'EMPTY',
  'TOO_MANY_ROWS',
  'UNCLOSED_QUOTE',
  'BAD_QUOTE',
  'NO_DELIMITER',
  'FIELD_COUNT',
  'HEADER_EMPTY',
  'HEADER_DUPLICATE',
  'NO_HEADER',
] as const;
export type DatasetErrorCode = (typeof DATASET_ERROR_CODES)[number];

/** `line` is the 1-based line of the file where the problem is (the header is line 1); `null` for the whole file. */
export interface DatasetError {
  line: number | null;
  code: DatasetErrorCode;
  /** The numbers and names the message quotes (`{ count: 3, expected: 4 }`). */
  params: Record<string, string | number>;
  message: string;
}

export type DatasetParse = ({ ok: true } & ParsedDataset) | { ok: false; errors: DatasetError[] };

export interface DatasetOptions {
  /** Default 1 MB (1 048 576 bytes of UTF-8). */
  maxBytes?: number;
  /** Data rows, header excluded. Default 5 000. */
  maxRows?: number;
  /** Default: detected from the header line. */
  delimiter?: ',' | ';';
  /** Errors listed before giving up. Default 20. */
  maxErrors?: number;
}

export const DATASET_MAX_BYTES = 1_048_576;
export const DATASET_MAX_ROWS = 5_000;

const INTEGER = /^[+-]?(?:0|[1-9]\d*)$/;
const DECIMAL_POINT = /^[+-]?(?:0|[1-9]\d*)\.\d+$/;
// With `;` (French exports): decimal comma or point, and optional thousands groups separated by a space,
// a no-break space (U+00A0) or a narrow no-break space (U+202F): `1 234,5`.
const FRENCH_INTEGER = /^[+-]?(?:0|[1-9]\d{0,2}(?:[ \u00A0\u202F]\d{3})+|[1-9]\d*)$/;
const FRENCH_DECIMAL = /^[+-]?(?:0|[1-9]\d{0,2}(?:[ \u00A0\u202F]\d{3})+|[1-9]\d*)[,.]\d+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses the CSV of a dataset block (UTF-8, `,` or `;` separated, header row, ≤ 1 MB, ≤ 5 000 rows, the same
 * number of fields on every row) into typed columns and rows, ready to be served to a sortable, filterable table.
 *
 * Column types are inferred from the non-empty cells: `integer` (no leading zeros, so that postcodes stay text),
 * `number` (with `;`, French decimal commas `3,5` and space/no-break-space thousands groups are read too), `date`
 * (ISO `YYYY-MM-DD`, a real calendar day) and otherwise `text`. Cells are trimmed; empty cells are `null`.
 */
export function parseDataset(csv: string, options: DatasetOptions = {}): DatasetParse {
  const maxBytes = options.maxBytes ?? DATASET_MAX_BYTES;
  const maxRows = options.maxRows ?? DATASET_MAX_ROWS;
  const maxErrors = options.maxErrors ?? 20;

  const bytes = new TextEncoder().encode(csv).length;
  if (bytes > maxBytes) return fail(null, 'TOO_LARGE', { bytes, max: maxBytes }, `the file is ${bytes} bytes; the limit is ${maxBytes} bytes`);
  const text = csv.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail(null, 'EMPTY', {}, 'the file is empty; the first line must name the columns');

  const delimiter = options.delimiter ?? detectDelimiter(text);
  const errors: DatasetError[] = [];
  const records: { line: number; fields: string[] }[] = [];
  let tooManyRows = false;
  // Line numbers: count the line breaks up to where each record starts (quoted fields may span lines).
  let offset = 0;
  let line = 1;
  const advanceTo = (cursor: number) => {
    for (let i = offset; i < cursor; i++) if (text.charCodeAt(i) === 10) line++;
    offset = cursor;
  };

  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: true,
    step: (result, parser) => {
      const start = offset;
      // Blank lines skipped before this record move its start forward (leading spaces of the record do not
      // contain a line break, so skipping them changes nothing).
      let recordStart = start;
      while (recordStart < text.length && /\s/.test(text[recordStart])) recordStart++;
      advanceTo(recordStart);
      const recordLine = line;
      advanceTo(result.meta.cursor);
      for (const error of result.errors) {
        errors.push({ line: recordLine, ...papaError(error) });
      }
      // A line of spaces or of empty fields carries no data.
      if (result.errors.length === 0 && result.data.every((field) => field.trim() === '')) return;
      if (records.length > maxRows) {
        tooManyRows = true;
        parser.abort();
        return;
      }
      records.push({ line: recordLine, fields: result.data });
      if (errors.length >= maxErrors) parser.abort();
    },
  });

  if (tooManyRows) return fail(null, 'TOO_MANY_ROWS', { max: maxRows }, `more than ${maxRows} rows; split the data or keep a sample`);
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, maxErrors) };

  const [header, ...body] = records;
  const names = header.fields.map((name) => name.trim());
  names.forEach((name, i) => {
    if (name === '') errors.push({ line: header.line, code: 'HEADER_EMPTY', params: { column: i + 1 }, message: `column ${i + 1} has no name in the header` });
    else if (names.indexOf(name) !== i) errors.push({ line: header.line, code: 'HEADER_DUPLICATE', params: { name }, message: `column name "${name}" is used twice` });
  });
  if (names.length > 0 && names.every((name) => name !== '' && (readNumber(name, delimiter) !== null || isIsoDate(name)))) {
    return fail(header.line, 'NO_HEADER', {}, 'the first line must be a header row naming the columns');
  }
  for (const record of body) {
    if (errors.length >= maxErrors) break;
    if (record.fields.length !== names.length) {
      errors.push({
        line: record.line,
        code: 'FIELD_COUNT',
        params: { count: record.fields.length, expected: names.length },
        message: `${record.fields.length} fields where the header has ${names.length}`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, maxErrors) };

  const cells = body.map((record) => record.fields.map((field) => field.trim()));
  const columns = names.map((name, c) => ({
    name,
    type: inferType(
      cells.map((row) => row[c]),
      delimiter,
    ),
  }));
  const rows = cells.map((row) => row.map((cell, c) => convert(cell, columns[c].type, delimiter)));
  return { ok: true, delimiter, columns, rows };
}

function fail(line: number | null, code: DatasetErrorCode, params: DatasetError['params'], message: string): DatasetParse {
  return { ok: false, errors: [{ line, code, params, message }] };
}

/** The delimiter that appears more often in the header line (outside quotes); `,` on a tie. */
export function detectDelimiter(csv: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of csv.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

function papaError(error: Papa.ParseError): Pick<DatasetError, 'code' | 'params' | 'message'> {
  switch (error.code) {
    case 'MissingQuotes':
      return { code: 'UNCLOSED_QUOTE', params: {}, message: 'a quoted field is never closed' };
    case 'InvalidQuotes':
      return { code: 'BAD_QUOTE', params: {}, message: 'a quote inside a quoted field must be doubled ("")' };
    case 'UndetectableDelimiter':
      return { code: 'NO_DELIMITER', params: {}, message: 'cannot tell the delimiter' };
    case 'TooFewFields':
    case 'TooManyFields':
      // Only reported with `header: true`, which parseDataset does not use; counted below instead.
      return { code: 'FIELD_COUNT', params: {}, message: error.message };
  }
}

function inferType(values: string[], delimiter: ',' | ';'): DatasetColumnType {
  const present = values.filter((value) => value !== '');
  if (present.length === 0) return 'text';
  if (present.every((value) => isInteger(value, delimiter))) return 'integer';
  if (present.every((value) => readNumber(value, delimiter) !== null)) return 'number';
  if (present.every(isIsoDate)) return 'date';
  return 'text';
}

function isInteger(value: string, delimiter: ',' | ';'): boolean {
  return (delimiter === ';' ? FRENCH_INTEGER : INTEGER).test(value) && Number.isSafeInteger(readNumber(value, delimiter));
}

function readNumber(value: string, delimiter: ',' | ';'): number | null {
  if (delimiter === ',') {
    return INTEGER.test(value) || DECIMAL_POINT.test(value) ? Number(value) : null;
  }
  if (!FRENCH_INTEGER.test(value) && !FRENCH_DECIMAL.test(value)) return null;
  return Number(value.replace(/[ \u00A0\u202F]/g, '').replace(',', '.'));
}

function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function convert(cell: string, type: DatasetColumnType, delimiter: ',' | ';'): DatasetCell {
  if (cell === '') return null;
  if (type === 'integer' || type === 'number') return readNumber(cell, delimiter);
  return cell;
}
