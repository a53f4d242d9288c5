import { buildElementListTable, buildSceneListTable } from '@greenlight/domain';
import type { DataTable } from '@greenlight/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from './write-xlsx.js';

const read = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  // A copy owns a plain ArrayBuffer, which is what exceljs' typings ask for.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
};

/** Every row's values from column 1 (exceljs' row.values is 1-based with a hole at 0). */
const values = (sheet: ExcelJS.Worksheet): unknown[][] => {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(
      Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? null),
    );
  });
  return rows;
};

const scenes = buildSceneListTable([
  {
    number: '1',
    heading: 'INT. HARBOUR OFFICE, ŁÓDŹ - NIGHT',
    intExt: 'INT',
    set: 'HARBOUR OFFICE, ŁÓDŹ',
    time: 'NIGHT',
    pageStart: 1,
    eighths: 11,
    castNumbers: [1, 2],
    synopsis: 'Zoë finds the ledger.',
    shootingLocation: 'Stage 4',
  },
  {
    number: '5A',
    heading: 'EXT. PIER',
    intExt: 'EXT',
    set: 'PIER',
    time: null,
    pageStart: 3,
    eighths: 4,
    castNumbers: [],
    synopsis: null,
    shootingLocation: null,
  },
]);

const costs: DataTable = {
  title: 'Costs: [week 1/2]',
  columns: [
    { key: 'what', label: 'Item', kind: 'text' },
    { key: 'usd', label: 'Cost', kind: 'money', currency: 'USD' },
    { key: 'jpy', label: 'Yen', kind: 'money', currency: 'JPY' },
    { key: 'on', label: 'Date', kind: 'date' },
    { key: 'n', label: 'Count', kind: 'integer' },
  ],
  rows: [
    { what: 'Crane', usd: 1234567, jpy: 1500, on: '2026-11-30', n: 3 },
    { what: 'Odd', usd: 'TBC', jpy: null, on: '2026-02-30', n: null },
  ],
};

describe('writeXlsx', () => {
  it('writes one named sheet per table, with typed cells that read back', async () => {
    const elements = buildElementListTable([
      { category: 'cast', name: 'MARGOT', castNumber: 1, sceneNumbers: ['1', '5A'], eighths: 15 },
      { category: 'props', name: 'Ledger', castNumber: null, sceneNumbers: ['1'], eighths: 11 },
    ]);
    const bytes = await writeXlsx([scenes, elements, costs, { ...scenes, title: 'scene LIST' }]);
    // An xlsx file is a zip archive.
    expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    const workbook = await read(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Scene list',
      'Element list',
      'Costs week 1 2',
      'scene LIST (2)',
    ]);

    const [sceneSheet, elementSheet, costSheet] = workbook.worksheets;
    expect(values(sceneSheet!)).toEqual([
      [
        'Scene',
        'I/E',
        'Set',
        'Time',
        'Page',
        'Length',
        'Length (eighths)',
        'Cast',
        'Location',
        'Synopsis',
      ],
      [
        '1',
        'INT',
        'HARBOUR OFFICE, ŁÓDŹ',
        'NIGHT',
        1,
        '1 3/8',
        11,
        '1, 2',
        'Stage 4',
        'Zoë finds the ledger.',
      ],
      ['5A', 'EXT', 'PIER', null, 3, '4/8', 4, '', null, null],
    ]);
    expect(values(elementSheet!)).toEqual([
      ['Category', 'Cast #', 'Element', 'Scenes', 'Scene numbers', 'Pages', 'Pages (eighths)'],
      ['Cast members', 1, 'MARGOT', 2, '1, 5A', '1 7/8', 15],
      ['Props', null, 'Ledger', 1, '1', '1 3/8', 11],
    ]);
    expect(values(costSheet!)).toEqual([
      ['Item', 'Cost', 'Yen', 'Date', 'Count'],
      ['Crane', 12345.67, 1500, new Date('2026-11-30T00:00:00Z'), 3],
      // Text in a numeric column and an impossible date stay as text rather than being lost.
      ['Odd', 'TBC', null, '2026-02-30', null],
    ]);
    expect(costSheet!.getCell('B2').numFmt).toBe('"$"#,##0.00');
    expect(costSheet!.getCell('C2').numFmt).toBe('"¥"#,##0');
    expect(costSheet!.getCell('D2').numFmt).toBe('yyyy-mm-dd');
  });

  it('freezes a bold header row, filters the table and sizes the columns', async () => {
    const [sheet] = (await read(await writeXlsx([scenes]))).worksheets;
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet!.getRow(1).font?.bold).toBe(true);
    expect(sheet!.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet!.autoFilter).toBe('A1:J3');
    // exceljs leaves out a width equal to its default (9), which then reads back as undefined.
    const widths = sheet!.columns.map((c) => c.width ?? 9);
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(6);
    // The set column fits "HARBOUR OFFICE, ŁÓDŹ"; the I/E column stays narrow.
    expect(widths[2]).toBeGreaterThanOrEqual('HARBOUR OFFICE, ŁÓDŹ'.length);
    expect(widths[1]).toBeLessThan(widths[2]!);
  });

  it('writes a table without rows as a header row', async () => {
    const [sheet] = (await read(await writeXlsx([{ ...scenes, rows: [] }]))).worksheets;
    expect(sheet!.rowCount).toBe(1);
  });

  it('rejects an empty workbook', async () => {
    await expect(writeXlsx([])).rejects.toThrow(RangeError);
  });
});
