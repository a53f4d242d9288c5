// The public API of @greenlight/spreadsheet: writes the domain's data tables as CSV and XLSX. The only
// package that knows exceljs.
export { writeCsv } from './write-csv.js';
export { writeXlsx } from './write-xlsx.js';
export { writeBudgetCsv, writeBudgetFileCsv } from './write-budget-csv.js';
export { writeBudgetXlsx } from './write-budget-xlsx.js';
export { readCsvRows, MAX_SHEET_ROWS } from './read-csv-rows.js';
export { readXlsxRows, MAX_XLSX_BYTES } from './read-xlsx-rows.js';
export type { SheetRows, SheetReadError, SheetReadResult } from './sheet-rows.js';
