import type { DataTable } from '@greenlight/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvRows } from './read-csv-rows.js';
import { restoreNeutralisedText } from './restore-neutralised-text.js';
import { neutraliseFormula, writeCsv } from './write-csv.js';

const rows = (text: string) => {
  const result = readCsvRows(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.rows;
};

const textTable = (columns: number, cells: readonly (readonly string[])[]): DataTable => ({
  title: 'Text',
  columns: Array.from({ length: columns }, (_, i) => ({
    key: `c${i}`,
    label: `C${i}`,
    kind: 'text',
  })),
  rows: cells.map((row) => Object.fromEntries(row.map((cell, i) => [`c${i}`, cell]))),
});

describe('readCsvRows', () => {
  it('reads RFC 4180: quotes, doubled quotes, separators and line breaks inside quotes', () => {
    expect(rows('\uFEFFa,"b,c","say ""hi""",\r\n"line\r\nbreak","cr\ronly",x\r\n')).toEqual([
      ['a', 'b,c', 'say "hi"', ''],
      ['line\r\nbreak', 'cr\ronly', 'x'],
    ]);
  });

  it('ends records at CRLF, LF or CR, keeps empty rows, and needs no final line break', () => {
    expect(rows('a\nb\r\rc\r\n\r\n"d"')).toEqual([['a'], ['b'], [''], ['c'], [''], ['d']]);
    expect(rows('')).toEqual([]);
  });

  it('reads semicolon- and tab-separated files when the first record has no comma', () => {
    expect(rows('Record;Rate\nline;"1,5;2"\n')).toEqual([
      ['Record', 'Rate'],
      ['line', '1,5;2'],
    ]);
    expect(rows('Record\tRate\nline\t1,5\n')).toEqual([
      ['Record', 'Rate'],
      ['line', '1,5'],
    ]);
  });

  it('keeps a stray quote inside an unquoted cell as text', () => {
    expect(rows('5" screen,a\n')).toEqual([['5" screen', 'a']]);
  });

  it('takes off exactly the apostrophe the writer put before a formula', () => {
    expect(rows("'=SUM(A1),'-5,''+x,'plain,-5.00\n")).toEqual([
      ['=SUM(A1)', '-5', "'+x", "'plain", '-5.00'],
    ]);
    for (const text of ['=x', "'=x", "''=x", "'", "'a", '-', '\t', "'\r"]) {
      expect(restoreNeutralisedText(neutraliseFormula(text))).toBe(text);
    }
  });

  it('gives back exactly what writeCsv wrote, for any text (property)', () => {
    const tricky = fc
      .array(
        fc.constantFrom(
          ',',
          '"',
          '\r',
          '\n',
          '\r\n',
          ' ',
          'a',
          'Ł',
          "'",
          '=',
          '-',
          '+',
          '@',
          '\t',
          '😀',
        ),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((columns) =>
          fc.array(
            fc.array(fc.oneof(fc.string({ unit: 'binary' }), tricky), {
              minLength: columns,
              maxLength: columns,
            }),
            {
              maxLength: 5,
            },
          ),
        ),
        (cells) => {
          const columns = cells[0]?.length ?? 1;
          const read = rows(writeCsv(textTable(columns, cells)));
          expect(read.slice(1)).toEqual(cells);
        },
      ),
    );
  });

  it('reports a quote never closed, or text after a closing quote, with its row', () => {
    expect(readCsvRows('a\nb,"open\n\nstill open')).toEqual({
      ok: false,
      error: { message: 'A quoted cell is never closed (a " is missing)', row: 2 },
    });
    expect(readCsvRows('a\n"b"c\n')).toEqual({
      ok: false,
      error: { message: 'A quoted cell is followed by "c" before the next separator', row: 2 },
    });
  });
});
