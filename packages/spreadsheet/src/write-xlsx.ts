import type { DataTable } from '@greenlight/domain';
import ExcelJS from 'exceljs';
import { sheetColumns } from './sheet-columns.js';
import type { SheetColumn } from './sheet-columns.js';
import { sheetNames } from './sheet-names.js';

const MIN_WIDTH = 6;
// Wide enough for a synopsis to be read in the cell; longer text is still all there.
const MAX_WIDTH = 60;
const HEADER_FILL = 'FFE4E9EF';

/** Characters of the longest header or cell, plus a little air, within MIN_WIDTH..MAX_WIDTH. */
const columnWidth = (column: SheetColumn, table: DataTable): number => {
  let longest = column.header.length + 2; // room for the autofilter button
  for (const row of table.rows) {
    for (const line of column.display(row).split(/\r?\n/)) longest = Math.max(longest, line.length);
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
};

/** Adds one table as a worksheet named `name` (already valid for Excel). */
export const addSheet = (workbook: ExcelJS.Workbook, table: DataTable, name: string): void => {
  const sheet = workbook.addWorksheet(name, {
    // The header row stays in view while scrolling.
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const columns = table.columns.flatMap(sheetColumns);
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: columnWidth(column, table),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin' } };
  });

  for (const data of table.rows) {
    const row = sheet.addRow(columns.map((column) => column.value(data)));
    columns.forEach((column, i) => {
      if (column.numFmt !== undefined) row.getCell(i + 1).numFmt = column.numFmt;
    });
  }
  if (columns.length > 0) {
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: table.rows.length + 1, column: columns.length },
    };
  }
};

/**
 * A workbook (.xlsx) with one worksheet per table, named from its title (made valid and unique for
 * Excel — see `sheetNames`). Each sheet has a bold, shaded header row that stays frozen, an autofilter
 * over the table, columns sized to their content, and typed cells (see `sheetColumns`): integers,
 * eighths and money are numbers, dates are dates. Rejects when given no tables: Excel refuses a
 * workbook without a sheet.
 */
export const writeXlsx = async (sheets: readonly DataTable[]): Promise<Uint8Array> => {
  if (sheets.length === 0) throw new RangeError('A workbook needs at least one sheet');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Greenlight';
  const names = sheetNames(sheets.map((table) => table.title));
  sheets.forEach((table, i) => addSheet(workbook, table, names[i] ?? `Sheet ${i + 1}`));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
};
