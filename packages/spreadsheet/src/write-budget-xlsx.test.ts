import {
  BUDGET_FILE_COLUMNS,
  type Budget,
  type MinorUnits,
  type Quantity,
} from '@greenlight/domain';
import { budgetLine, SMALL_BUDGET } from '@greenlight/domain/testing';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { escapeOoxmlText } from './ooxml-escape.js';
import { readXlsxRows } from './read-xlsx-rows.js';
import { writeBudgetXlsx } from './write-budget-xlsx.js';

const load = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
};

const column = (name: (typeof BUDGET_FILE_COLUMNS)[number]): number =>
  BUDGET_FILE_COLUMNS.indexOf(name) + 1;

describe('writeBudgetXlsx', () => {
  it('writes the Budget sheet with typed cells, and a Top sheet for people', async () => {
    const workbook = await load(await writeBudgetXlsx(SMALL_BUDGET));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Budget', 'Top sheet']);
    const sheet = workbook.getWorksheet('Budget');
    if (!sheet) throw new Error('no Budget sheet');
    expect(sheet.getRow(1).values).toEqual([undefined, ...BUDGET_FILE_COLUMNS]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Row 2 is the budget, with its grand total as money.
    expect(sheet.getCell(2, column('Total')).value).toBe(769_090.56);
    expect(sheet.getCell(2, column('Total')).numFmt).toBe('#,##0.00');
    // Row 6 is the payroll fringe: a percentage Excel keeps as a fraction.
    expect(sheet.getCell(6, column('Rate')).value).toBe(0.0765);
    expect(sheet.getCell(6, column('Rate')).numFmt).toBe('0.00%');
    // The lead actor: quantities and money as numbers, the account number as text.
    const lead = sheet.getRow(12);
    expect(lead.getCell(column('ID')).value).toBe('lead');
    expect(lead.getCell(column('Acct')).value).toBe('1500');
    expect(lead.getCell(column('Amount')).value).toBe(20);
    expect(lead.getCell(column('Rate')).value).toBe(2000);
    expect(lead.getCell(column('Fringes')).value).toBe('payroll; ph; hw');
    const topSheet = workbook.getWorksheet('Top sheet');
    const last = topSheet?.getRow(topSheet.rowCount);
    expect(last?.getCell(2).value).toBe('Grand total');
    expect(last?.getCell(5).value).toBe(769_090.56);
  });

  it('stores numbers of more than 15 significant digits, and awkward text, so they read back exactly', async () => {
    const awkward = 'a\r\nb\u0001 _x0041_ \uD800 \u007F';
    const budget: Budget = {
      ...SMALL_BUDGET,
      lines: [
        {
          ...budgetLine('huge', '1100', { description: awkward }),
          amount: { kind: 'quantity', quantity: 9_007_199_254_740_991 as Quantity },
          rate: -1_234_567_890_123_456 as MinorUnits,
        },
      ],
    };
    const bytes = await writeBudgetXlsx(budget);
    const sheet = (await load(bytes)).getWorksheet('Budget');
    const row = sheet?.getRow(10);
    expect(row?.getCell(column('Amount')).value).toBe('9007199254740.991');
    expect(row?.getCell(column('Rate')).value).toBe('-12345678901234.56');
    const read = await readXlsxRows(bytes, { sheet: 'budget' });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.rows[9]?.[column('Description') - 1]).toBe(awkward);
    expect(read.rows[9]?.[column('X') - 1]).toBe('1');
    // It does not compute (the line is too large), so it has no totals.
    expect(read.rows[1]?.[column('Total') - 1] ?? '').toBe('');
  });
});

describe('escapeOoxmlText', () => {
  it('escapes what XML cannot hold and the escape itself', () => {
    expect(escapeOoxmlText('a\rb\u0000c_x0041_d\te\nf')).toBe(
      'a_x000D_b_x0000_c_x005F_x0041_d\te\nf',
    );
    expect(escapeOoxmlText('_x004')).toBe('_x004');
  });
});

describe('readXlsxRows', () => {
  const workbook = async (build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> => {
    const wb = new ExcelJS.Workbook();
    build(wb);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  };

  it('reads cells as typed: numbers, percentages, formulas, dates, rich text, booleans, errors', async () => {
    const bytes = await workbook((wb) => {
      const sheet = wb.addWorksheet('Notes');
      sheet.addRow(['only sheet']);
      const budget = wb.addWorksheet('BUDGET');
      budget.addRow(['Record', 1250.1, 0.0765, { formula: 'B1*2', result: 2500.2 }]);
      budget.getCell('C1').numFmt = '0.00%';
      budget.getCell(3, 1).value = new Date(Date.UTC(2026, 10, 30));
      budget.getCell(3, 2).value = { richText: [{ text: 'Rich ' }, { text: 'text' }] };
      budget.getCell(3, 3).value = true;
      budget.getCell(3, 4).value = { error: '#N/A' };
      budget.getCell(4, 1).value = { formula: 'NOW()' };
    });
    const read = await readXlsxRows(bytes, { sheet: 'Budget' });
    expect(read).toEqual({
      ok: true,
      rows: [
        ['Record', '1250.1', '7.65%', '2500.2'],
        [],
        ['2026-11-30', 'Rich text', 'TRUE', '#N/A'],
        [''],
      ],
    });
  });

  it('falls back to the only sheet, and says which sheets there are when none is named so', async () => {
    const one = await workbook((wb) => wb.addWorksheet('Sheet1').addRow(['Record']));
    expect(await readXlsxRows(one, { sheet: 'Budget' })).toEqual({ ok: true, rows: [['Record']] });
    const two = await workbook((wb) => {
      wb.addWorksheet('A');
      wb.addWorksheet('B');
    });
    expect(await readXlsxRows(two, { sheet: 'Budget' })).toEqual({
      ok: false,
      error: {
        message: 'The workbook has no sheet named "Budget" (its sheets: "A", "B")',
        row: null,
      },
    });
  });

  it('refuses bytes that are not a workbook', async () => {
    const read = await readXlsxRows(new TextEncoder().encode('Record,Acct\n'), { sheet: 'Budget' });
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.error.message).toMatch(/^This is not a readable XLSX workbook/);
  });
});
