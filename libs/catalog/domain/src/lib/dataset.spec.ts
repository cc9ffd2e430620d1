import { DATASET_MAX_BYTES, type DatasetParse, detectDelimiter, parseDataset } from './dataset';

function ok(result: DatasetParse) {
  if (!result.ok) throw new Error(`expected a parsed dataset, got ${JSON.stringify(result.errors)}`);
  return result;
}

describe('parseDataset', () => {
  it('parses a comma-separated file into typed columns and rows', () => {
    const result = ok(
      parseDataset('date,atelier,lieu,participants,duree_minutes\n2024-01-03,Prise en main du smartphone,Mairie annexe,11,120\n2024-01-09,Messagerie,Médiathèque,8,90\n'),
    );
    expect(result.delimiter).toBe(',');
    expect(result.columns).toEqual([
      { name: 'date', type: 'date' },
      { name: 'atelier', type: 'text' },
      { name: 'lieu', type: 'text' },
      { name: 'participants', type: 'integer' },
      { name: 'duree_minutes', type: 'integer' },
    ]);
    expect(result.rows).toEqual([
      ['2024-01-03', 'Prise en main du smartphone', 'Mairie annexe', 11, 120],
      ['2024-01-09', 'Messagerie', 'Médiathèque', 8, 90],
    ]);
  });

  it('parses a French semicolon-separated file: decimal commas and space, no-break and narrow no-break thousands', () => {
    const csv = 'commune;budget;taux\nLille;1 234 567,50;3,5\nRoubaix;2\u00A0000;12\nTourcoing;1\u202F500,25;0,75\n';
    const result = ok(parseDataset(csv));
    expect(result.delimiter).toBe(';');
    expect(result.columns).toEqual([
      { name: 'commune', type: 'text' },
      { name: 'budget', type: 'number' },
      { name: 'taux', type: 'number' },
    ]);
    expect(result.rows).toEqual([
      ['Lille', 1234567.5, 3.5],
      ['Roubaix', 2000, 12],
      ['Tourcoing', 1500.25, 0.75],
    ]);
  });

  it('reads integers with thousands groups as integers when the delimiter is a semicolon', () => {
    const result = ok(parseDataset('commune;habitants\nA;1 234\nB;12 345 678\nC;-5\n'));
    expect(result.columns).toEqual([
      { name: 'commune', type: 'text' },
      { name: 'habitants', type: 'integer' },
    ]);
    expect(result.rows).toEqual([
      ['A', 1234],
      ['B', 12345678],
      ['C', -5],
    ]);
  });

  it('does not read decimal commas or thousands spaces when the delimiter is a comma', () => {
    const result = ok(parseDataset('a,b\n"3,5",1 000\n'));
    expect(result.columns).toEqual([
      { name: 'a', type: 'text' },
      { name: 'b', type: 'text' },
    ]);
    expect(result.rows).toEqual([['3,5', '1 000']]);
    expect(ok(parseDataset('x,y\n3.5,-0.25\n1,2\n')).columns.map((c) => c.type)).toEqual(['number', 'number']);
  });

  it('keeps badly grouped numbers, leading zeros (postcodes), and 1e5 as text', () => {
    const result = ok(parseDataset('a;b;c;d\n1 23;01234;1e5;12,\n'));
    expect(result.columns.map((c) => c.type)).toEqual(['text', 'text', 'text', 'text']);
    expect(result.rows).toEqual([['1 23', '01234', '1e5', '12,']]);
  });

  it('accepts only real ISO calendar dates as dates', () => {
    expect(ok(parseDataset('d\n2024-02-29\n2023-12-31\n')).columns[0].type).toBe('date');
    expect(ok(parseDataset('d\n2023-02-29\n')).columns[0].type).toBe('text');
    expect(ok(parseDataset('d\n2024-13-01\n')).columns[0].type).toBe('text');
    expect(ok(parseDataset('d\n03/01/2024\n')).columns[0].type).toBe('text');
    expect(ok(parseDataset('d\n2024-01-03T10:00\n')).columns[0].type).toBe('text');
  });

  it('trims cells, turns empty cells into null, ignores them when inferring types and skips rows with no data', () => {
    const result = ok(parseDataset('n, t ,vide\n 1 , x ,\n,  ,\n3,y,\n'));
    expect(result.columns).toEqual([
      { name: 'n', type: 'integer' },
      { name: 't', type: 'text' },
      { name: 'vide', type: 'text' },
    ]);
    expect(result.rows).toEqual([
      [1, 'x', null],
      [3, 'y', null],
    ]);
  });

  it('mixes integers and decimals into number, and numbers and text into text', () => {
    expect(ok(parseDataset('a,b\n1,1\n2.5,x\n')).columns.map((c) => c.type)).toEqual(['number', 'text']);
  });

  it('trims a BOM, handles CRLF, quoted delimiters, doubled quotes and line breaks inside quotes', () => {
    const result = ok(parseDataset('\uFEFFnom,commentaire\r\n"Dupont, Camille","Elle a dit ""bonjour""\nà tous"\r\nMartin,ok\r\n'));
    expect(result.columns.map((c) => c.name)).toEqual(['nom', 'commentaire']);
    expect(result.rows).toEqual([
      ['Dupont, Camille', 'Elle a dit "bonjour"\nà tous'],
      ['Martin', 'ok'],
    ]);
  });

  it('accepts a header-only file (no rows) and a file without a final line break', () => {
    expect(ok(parseDataset('a,b'))).toEqual({
      ok: true,
      delimiter: ',',
      columns: [
        { name: 'a', type: 'text' },
        { name: 'b', type: 'text' },
      ],
      rows: [],
    });
    expect(ok(parseDataset('a,b\n1,2')).rows).toEqual([[1, 2]]);
  });

  it('refuses rows with another number of fields, with their line numbers (blank lines and quoted line breaks counted)', () => {
    const csv = 'a,b,c\n1,2,3\n\n4,5\n"six\nlignes",7,8\n9,10,11,12\n';
    expect(parseDataset(csv)).toEqual({
      ok: false,
      errors: [
        { line: 4, code: 'FIELD_COUNT', params: { count: 2, expected: 3 }, message: '2 fields where the header has 3' },
        { line: 7, code: 'FIELD_COUNT', params: { count: 4, expected: 3 }, message: '4 fields where the header has 3' },
      ],
    });
  });

  it('counts skipped lines (spaces only, empty fields only) in the line numbers', () => {
    expect(parseDataset('a,b\n  \n1,2\n \t \n,\n , \r\n3\n')).toEqual({
      ok: false,
      errors: [{ line: 7, code: 'FIELD_COUNT', params: { count: 1, expected: 2 }, message: '1 fields where the header has 2' }],
    });
  });

  it('refuses an unclosed quote, with its line', () => {
    const result = parseDataset('a,b\n1,2\n3,"quatre\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toEqual({ line: 3, code: 'UNCLOSED_QUOTE', params: {}, message: 'a quoted field is never closed' });
  });

  it('stops listing errors after maxErrors', () => {
    const csv = `a,b\n${'1\n'.repeat(50)}`;
    const result = parseDataset(csv, { maxErrors: 5 });
    expect(!result.ok && result.errors).toHaveLength(5);
    expect(!result.ok && result.errors[4]).toEqual({ line: 6, code: 'FIELD_COUNT', params: { count: 1, expected: 2 }, message: '1 fields where the header has 2' });
  });

  it('wants a header row naming every column once', () => {
    expect(parseDataset('1,2,3\n4,5,6\n')).toEqual({
      ok: false,
      errors: [{ line: 1, code: 'NO_HEADER', params: {}, message: 'the first line must be a header row naming the columns' }],
    });
    expect(parseDataset('2024-01-01;12,5;3\n')).toEqual({
      ok: false,
      errors: [{ line: 1, code: 'NO_HEADER', params: {}, message: 'the first line must be a header row naming the columns' }],
    });
    expect(parseDataset('a,,a\n1,2,3\n')).toEqual({
      ok: false,
      errors: [
        { line: 1, code: 'HEADER_EMPTY', params: { column: 2 }, message: 'column 2 has no name in the header' },
        { line: 1, code: 'HEADER_DUPLICATE', params: { name: 'a' }, message: 'column name "a" is used twice' },
      ],
    });
  });

  it('refuses an empty file', () => {
    for (const csv of ['', '\uFEFF', ' \n\n ']) {
      expect(parseDataset(csv)).toEqual({ ok: false, errors: [{ line: null, code: 'EMPTY', params: {}, message: 'the file is empty; the first line must name the columns' }] });
    }
  });

  it('refuses more than 1 MB of UTF-8, counting bytes, not characters', () => {
    expect(DATASET_MAX_BYTES).toBe(1_048_576);
    // 'é' is 2 bytes in UTF-8: 600 000 characters are 1.2 MB although fewer than 1 048 576 characters.
    const big = `texte\n${'é'.repeat(599_994)}\n`;
    expect(big.length).toBeLessThan(DATASET_MAX_BYTES);
    expect(parseDataset(big)).toEqual({
      ok: false,
      errors: [{ line: null, code: 'TOO_LARGE', params: { bytes: 1199995, max: 1048576 }, message: 'the file is 1199995 bytes; the limit is 1048576 bytes' }],
    });
    expect(parseDataset('a\n1234\n', { maxBytes: 7 }).ok).toBe(true);
    expect(parseDataset('a\n12345\n', { maxBytes: 7 }).ok).toBe(false);
  });

  it('refuses more than 5 000 data rows, the header not counted', () => {
    const rows = (n: number) => `n\n${Array.from({ length: n }, (_, i) => i).join('\n')}\n`;
    expect(ok(parseDataset(rows(5000))).rows).toHaveLength(5000);
    expect(parseDataset(rows(5001))).toEqual({
      ok: false,
      errors: [{ line: null, code: 'TOO_MANY_ROWS', params: { max: 5000 }, message: 'more than 5000 rows; split the data or keep a sample' }],
    });
    expect(parseDataset(rows(3), { maxRows: 2 }).ok).toBe(false);
  });

  it('can be told the delimiter', () => {
    expect(ok(parseDataset('a;b,c\n1;2,5\n', { delimiter: ',' })).columns.map((c) => c.name)).toEqual(['a;b', 'c']);
  });
});

describe('detectDelimiter', () => {
  it('takes the delimiter most used in the header line, outside quotes; comma on a tie', () => {
    expect(detectDelimiter('a;b;c\n1,2;3,4;5')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2;3;4;5;6')).toBe(',');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('"a,b,c";d\n')).toBe(';');
    expect(detectDelimiter('seule')).toBe(',');
    expect(detectDelimiter('\uFEFFa;b')).toBe(';');
  });
});
