import ExcelJS from 'exceljs';
import { MAX_SHEET_ROWS } from './read-csv-rows.js';
import type { SheetReadResult } from './sheet-rows.js';
import { xlsxCellText } from './xlsx-cell-text.js';

/**
 * 20 MiB. A 10,000-line budget is well under 1 MiB as XLSX; a workbook is a zip, so the limit is on
 * what is read before it is inflated.
 */
export const MAX_XLSX_BYTES = 20 * 1024 * 1024;

const failure = (message: string, row: number | null = null): SheetReadResult => ({
  ok: false,
  error: { message, row },
});

/**
 * Reads one worksheet of an XLSX workbook into rows of cell text (`xlsxCellText`): the sheet named
 * `sheet` (ignoring case), or the only sheet of a one-sheet workbook. Empty rows are kept so row numbers
 * match the sheet. Never throws: bytes that are not a workbook, a workbook without that sheet, more than
 * `MAX_XLSX_BYTES` or `MAX_SHEET_ROWS` are errors.
 */
export const readXlsxRows = async (
  bytes: Uint8Array,
  options: { readonly sheet: string },
): Promise<SheetReadResult> => {
  if (bytes.length > MAX_XLSX_BYTES) {
    return failure(
      `The workbook is ${Math.ceil(bytes.length / 1024 / 1024)} MiB, over the ${MAX_XLSX_BYTES / 1024 / 1024} MiB limit`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy owns a plain ArrayBuffer, which is what exceljs' typings ask for.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    return failure(
      `This is not a readable XLSX workbook (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const wanted = options.sheet.toLowerCase();
  const sheets = workbook.worksheets;
  const sheet =
    sheets.find((candidate) => candidate.name.toLowerCase() === wanted) ??
    (sheets.length === 1 ? sheets[0] : undefined);
  if (!sheet) {
    return failure(
      `The workbook has no sheet named "${options.sheet}" (its sheets: ${sheets.map((s) => `"${s.name}"`).join(', ') || 'none'})`,
    );
  }
  if (sheet.rowCount > MAX_SHEET_ROWS) {
    return failure(`The sheet "${sheet.name}" has more than ${MAX_SHEET_ROWS} rows`);
  }
  const rows: string[][] = Array.from({ length: sheet.rowCount }, () => []);
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      const cell = row.getCell(column);
      cells.push(xlsxCellText(cell.value, cell.numFmt));
    }
    rows[rowNumber - 1] = cells;
  });
  return { ok: true, rows };
};
