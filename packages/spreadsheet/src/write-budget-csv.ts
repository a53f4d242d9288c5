import { budgetFileCellText, buildBudgetFileTable } from '@greenlight/domain';
import type { Budget, BudgetFileCell, BudgetFileTable } from '@greenlight/domain';
import { csvField, neutraliseFormula } from './write-csv.js';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Text is guarded against running as a formula (`neutraliseFormula`: a description `-5 days` is written
 * `'-5 days`, and `readCsvRows` takes the apostrophe off again); numbers and percentages are written as
 * they are, so `-1250.00` stays a number in a spreadsheet.
 */
const csvCell = (cell: BudgetFileCell | undefined): string =>
  csvField(typeof cell === 'string' ? neutraliseFormula(cell) : budgetFileCellText(cell));

/** A budget file table as CSV: a UTF-8 BOM, the header row, one record per row, CRLF line ends. */
export const writeBudgetFileCsv = (table: BudgetFileTable): string => {
  const lines = [
    table.columns.map((column) => csvField(column)).join(','),
    ...table.rows.map((row) => table.columns.map((column) => csvCell(row[column])).join(',')),
  ];
  return BOM + lines.map((line) => line + CRLF).join('');
};

/**
 * A budget as a CSV budget file (README "Budget files"; `buildBudgetFileTable` decides the rows):
 * RFC 4180, UTF-8 with a BOM so Excel reads `Łódź` as UTF-8. `parseBudgetRows(readCsvRows(csv))` gives
 * the same budget back.
 */
export const writeBudgetCsv = (budget: Budget): string =>
  writeBudgetFileCsv(buildBudgetFileTable(budget));
