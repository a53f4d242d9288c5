import { buildElementListTable, buildSceneListTable } from '@greenlight/domain';
import type { DataColumn, DataRow, DataTable } from '@greenlight/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, writeCsv } from './write-csv.js';

/**
 * A strict RFC 4180 reader (csv-parse is not a dependency): records end with CRLF, quoted fields may
 * hold anything with quotes doubled. It fails loudly on what the RFC forbids, so the tests catch a
 * writer that leaves a quote or a bare CR unescaped.
 */
const parseCsv = (text: string): string[][] => {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const endRecord = (): void => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i += 1;
            break;
          }
        } else {
          field += text[i];
          i += 1;
        }
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        throw new Error(`text after a closing quote at ${i}`);
      }
    } else if (text[i] === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (text[i] === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      endRecord();
      i += 2;
    } else if (text[i] === '\n' || text[i] === '"') {
      throw new Error(`unquoted ${JSON.stringify(text[i])} at ${i}`);
    } else {
      field += text[i];
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('last record not ended with CRLF');
  return records;
};

const withoutBom = (csv: string): string => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return csv.slice(1);
};

const textTable = (columns: number, rows: readonly (readonly string[])[]): DataTable => ({
  title: 'Text',
  columns: Array.from({ length: columns }, (_, i): DataColumn => ({
    key: `c${i}`,
    label: `Column ${i}`,
    kind: 'text',
  })),
  rows: rows.map((cells) => Object.fromEntries(cells.map((cell, i) => [`c${i}`, cell]))),
});

describe('writeCsv', () => {
  it('starts with a UTF-8 BOM, then a header row of labels, with CRLF line ends', () => {
    const csv = writeCsv(textTable(2, [['a', 'b']]));
    expect(csv).toBe('\uFEFFColumn 0,Column 1\r\na,b\r\n');
  });

  it('quotes fields with commas, quotes, CR or LF and doubles their quotes', () => {
    const csv = writeCsv(
      textTable(6, [['plain', 'a, b', 'say "hi"', 'line\nbreak', 'cr\rhere', ' spaced ']]),
    );
    expect(withoutBom(csv).split('\r\n')[1]).toBe(
      'plain,"a, b","say ""hi""","line\nbreak","cr\rhere", spaced ',
    );
  });

  it('writes eighths as page counts, money in decimals, integers, dates and empty cells', () => {
    const table: DataTable = {
      title: 'Kinds',
      columns: [
        { key: 'len', label: 'Length', kind: 'eighths' },
        { key: 'usd', label: 'Cost', kind: 'money', currency: 'USD' },
        { key: 'jpy', label: 'Yen', kind: 'money', currency: 'JPY' },
        { key: 'kwd', label: 'Dinar', kind: 'money', currency: 'KWD' },
        { key: 'plain', label: 'No currency', kind: 'money' },
        { key: 'n', label: 'Count', kind: 'integer' },
        { key: 'd', label: 'Date', kind: 'date' },
      ],
      rows: [
        { len: 11, usd: 1234567, jpy: 1500, kwd: 1005, plain: -5, n: 42, d: '2026-11-30' },
        { len: 4, usd: 0, jpy: -3, kwd: -1, plain: 100, n: 0 },
        { len: null, usd: null, jpy: null, kwd: null, plain: null, n: null, d: null },
        { len: 8, usd: -123456 },
      ],
    };
    expect(parseCsv(withoutBom(writeCsv(table)))).toEqual([
      ['Length', 'Cost', 'Yen', 'Dinar', 'No currency', 'Count', 'Date'],
      ['1 3/8', '12345.67', '1500', '1.005', '-0.05', '42', '2026-11-30'],
      ['4/8', '0.00', '-3', '-0.001', '1.00', '0', ''],
      ['', '', '', '', '', '', ''],
      ['1', '-1234.56', '', '', '', '', ''],
    ]);
  });

  it('rejects money that is not a whole number of minor units', () => {
    const table: DataTable = {
      title: 'Bad',
      columns: [{ key: 'm', label: 'M', kind: 'money', currency: 'USD' }],
      rows: [{ m: 1.5 }],
    };
    expect(() => writeCsv(table)).toThrow(RangeError);
  });

  it('writes the domain scene and element lists', () => {
    const scenes = buildSceneListTable([
      {
        number: '5A',
        heading: 'EXT. PIER, ŁÓDŹ - NIGHT',
        intExt: 'EXT',
        set: 'PIER, ŁÓDŹ',
        time: 'NIGHT',
        pageStart: 3,
        eighths: 11,
        castNumbers: [1, 2, 5],
        synopsis: 'Zoë says "no".',
        shootingLocation: null,
      },
    ]);
    expect(parseCsv(withoutBom(writeCsv(scenes)))).toEqual([
      ['Scene', 'I/E', 'Set', 'Time', 'Page', 'Length', 'Cast', 'Location', 'Synopsis'],
      ['5A', 'EXT', 'PIER, ŁÓDŹ', 'NIGHT', '3', '1 3/8', '1, 2, 5', '', 'Zoë says "no".'],
    ]);
    const elements = buildElementListTable([
      { category: 'cast', name: 'MARGOT', castNumber: 1, sceneNumbers: ['1', '5A'], eighths: 19 },
    ]);
    expect(parseCsv(withoutBom(writeCsv(elements)))).toEqual([
      ['Category', 'Cast #', 'Element', 'Scenes', 'Scene numbers', 'Pages'],
      ['Cast members', '1', 'MARGOT', '2', '1, 5A', '2 3/8'],
    ]);
  });

  it('round-trips arbitrary text cells through an RFC 4180 reader', () => {
    const tricky = fc
      .array(fc.constantFrom(',', '"', '\r', '\n', '\r\n', ' ', 'a', 'Ł', '""', "'", '\t', '😀'))
      .map((parts) => parts.join(''));
    const cell = fc.oneof(fc.string({ unit: 'binary' }), tricky);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((columns) =>
          fc.tuple(
            fc.constant(columns),
            fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
              maxLength: 6,
            }),
          ),
        ),
        ([columns, rows]) => {
          const table = textTable(columns, rows);
          const parsed = parseCsv(withoutBom(writeCsv(table)));
          expect(parsed[0]).toEqual(table.columns.map((c) => c.label));
          expect(parsed.slice(1)).toEqual(rows.map((row) => row.map(neutraliseFormula)));
        },
      ),
    );
  });

  it('writes text that a spreadsheet would run as a formula with a leading apostrophe', () => {
    const rows = [['=HYPERLINK("http://x","y")'], ['+1'], ['-2'], ['@SUM(A1)'], ['plain = fine']];
    expect(parseCsv(withoutBom(writeCsv(textTable(1, rows)))).slice(1)).toEqual([
      ['\'=HYPERLINK("http://x","y")'],
      ["'+1"],
      ["'-2"],
      ["'@SUM(A1)"],
      ['plain = fine'],
    ]);
  });

  it('writes a table without rows as its header alone', () => {
    const rows: DataRow[] = [];
    expect(writeCsv({ ...textTable(1, []), rows })).toBe('\uFEFFColumn 0\r\n');
  });
});
