import {
  budgetFileCellText,
  buildBudgetFileTable,
  buildBudgetTopSheetTable,
  computeBudget,
} from '@greenlight/domain';
import type { Budget, BudgetFileCell, BudgetFileTable } from '@greenlight/domain';
import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { fractionOfPercentText } from './number-to-decimal-text.js';
import { escapeOoxmlText } from './ooxml-escape.js';
import { addSheet } from './write-xlsx.js';

const MIN_WIDTH = 6;
const MAX_WIDTH = 40;
const HEADER_FILL = 'FFE4E9EF';
// A double keeps every decimal of up to 15 significant digits (Excel shows no more either).
const MAX_EXACT_DIGITS = 15;

const significantDigits = (decimal: string): number =>
  decimal.replace(/[-.]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;

type XlsxCell = { readonly value: CellValue; readonly numFmt?: string };

const moneyFormat = (places: number): string =>
  places > 0 ? `#,##0.${'0'.repeat(places)}` : '#,##0';

/**
 * How a budget file cell is stored: text as a string cell (escaped so any text reads back exactly);
 * a number as a number cell that a spreadsheet can sum, in a money format when it has minor digits,
 * unless it has more than 15 significant digits, when it is stored as its exact text; a percentage as
 * the fraction Excel keeps (0.0765) in a percent format.
 */
const xlsxCell = (cell: BudgetFileCell | undefined): XlsxCell => {
  if (cell === undefined || cell === null || cell === '') return { value: null };
  if (typeof cell === 'string') return { value: escapeOoxmlText(cell) };
  if (cell.kind === 'number') {
    if (significantDigits(cell.text) > MAX_EXACT_DIGITS) return { value: cell.text };
    return cell.places === null
      ? { value: Number(cell.text) }
      : { value: Number(cell.text), numFmt: moneyFormat(cell.places) };
  }
  const fraction = fractionOfPercentText(cell.text);
  if (significantDigits(fraction) > MAX_EXACT_DIGITS) return { value: budgetFileCellText(cell) };
  const decimals = cell.text.split('.')[1]?.length ?? 0;
  return {
    value: Number(fraction),
    numFmt: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%',
  };
};

const addBudgetFileSheet = (workbook: ExcelJS.Workbook, table: BudgetFileTable): void => {
  const sheet = workbook.addWorksheet(table.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => {
    let longest = column.length + 2; // room for the autofilter button
    for (const row of table.rows) {
      for (const line of budgetFileCellText(row[column]).split('\n')) {
        longest = Math.max(longest, line.length);
      }
    }
    return { header: column, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)) };
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const data of table.rows) {
    const cells = table.columns.map((column) => xlsxCell(data[column]));
    const row = sheet.addRow(cells.map((cell) => cell.value));
    cells.forEach((cell, index) => {
      if (cell.numFmt !== undefined) row.getCell(index + 1).numFmt = cell.numFmt;
    });
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: table.rows.length + 1, column: table.columns.length },
  };
};

/**
 * A budget as an XLSX budget file (README "Budget files"): the sheet "Budget" with one record per row,
 * which is what the importer reads, and, when the budget computes, a "Top sheet" for people, which the
 * importer ignores. Numbers are number cells, so the sheet sums; money is never rounded on the way.
 */
export const writeBudgetXlsx = async (budget: Budget): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Greenlight';
  addBudgetFileSheet(workbook, buildBudgetFileTable(budget));
  const computed = computeBudget(budget);
  if (computed.ok) {
    addSheet(workbook, buildBudgetTopSheetTable(computed.value.topSheet), 'Top sheet');
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
};
