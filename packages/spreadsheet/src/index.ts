// The public API of @greenlight/spreadsheet: writes the domain's data tables as CSV and XLSX. The only
// package that knows exceljs.
export { writeCsv } from './write-csv.js';
export { writeXlsx } from './write-xlsx.js';
