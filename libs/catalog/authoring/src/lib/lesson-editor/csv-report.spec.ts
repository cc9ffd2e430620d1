import { csvReport, readCsvFile } from './csv-report';

describe('csvReport', () => {
  it('counts rows and columns and names the type detected for each column', () => {
    const report = csvReport('commune;habitants;budget;date\nLille;236 234;1 234,5;2024-01-31\nRoubaix;98 089;12;2024-02-29\n');
    expect(report).toEqual({
      ok: true,
      csv: 'commune;habitants;budget;date\nLille;236 234;1 234,5;2024-01-31\nRoubaix;98 089;12;2024-02-29\n',
      rows: 2,
      delimiter: ';',
      columns: [
        { name: 'commune', type: 'text' },
        { name: 'habitants', type: 'integer' },
        { name: 'budget', type: 'number' },
        { name: 'date', type: 'date' },
      ],
    });
  });

  it('lists ragged rows by their line in the file, as translation keys with their numbers', () => {
    const report = csvReport('a,b,c\n1,2,3\n4,5\n6,7,8,9\n');
    expect(report).toEqual({
      ok: false,
      problems: [
        { line: 3, key: 'lessonEditor.csv.errors.FIELD_COUNT', params: { count: 2, expected: 3 } },
        { line: 4, key: 'lessonEditor.csv.errors.FIELD_COUNT', params: { count: 4, expected: 3 } },
      ],
    });
  });

  it('refuses an empty header cell, a header used twice, a file without header, an empty file', () => {
    expect(csvReport('nom,,nom\n1,2,3\n')).toEqual({
      ok: false,
      problems: [
        { line: 1, key: 'lessonEditor.csv.errors.HEADER_EMPTY', params: { column: 2 } },
        { line: 1, key: 'lessonEditor.csv.errors.HEADER_DUPLICATE', params: { name: 'nom' } },
      ],
    });
    expect(csvReport('1,2\n3,4\n')).toEqual({ ok: false, problems: [{ line: 1, key: 'lessonEditor.csv.errors.NO_HEADER', params: {} }] });
    expect(csvReport('  \n')).toEqual({ ok: false, problems: [{ line: null, key: 'lessonEditor.csv.errors.EMPTY', params: {} }] });
  });

  it('refuses more than 1 MB of text', () => {
    const report = csvReport(`texte\n${'x'.repeat(1_048_576)}\n`);
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.problems[0]).toMatchObject({ line: null, key: 'lessonEditor.csv.errors.TOO_LARGE', params: { max: 1_048_576 } });
  });
});

describe('readCsvFile', () => {
  it('reads UTF-8 text, accents included', async () => {
    const file = new Blob([new TextEncoder().encode('ville\nÉvreux\n')]);
    await expect(readCsvFile(file)).resolves.toEqual({ ok: true, text: 'ville\nÉvreux\n' });
  });

  it('refuses a Latin-1 file rather than showing broken accents', async () => {
    const latin1 = new Blob([new Uint8Array([0x76, 0x69, 0x6c, 0x6c, 0x65, 0x0a, 0xc9, 0x76, 0x72, 0x65, 0x75, 0x78, 0x0a])]);
    await expect(readCsvFile(latin1)).resolves.toEqual({ ok: false, report: { ok: false, problems: [{ line: null, key: 'lessonEditor.csv.errors.NOT_UTF8', params: {} }] } });
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const big = new Blob([new Uint8Array(1_048_577)]);
    const read = await readCsvFile(big);
    expect(read).toEqual({ ok: false, report: { ok: false, problems: [{ line: null, key: 'lessonEditor.csv.errors.TOO_LARGE', params: { bytes: 1_048_577, max: 1_048_576 } }] } });
  });
});
