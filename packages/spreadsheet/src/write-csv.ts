import type { DataTable } from '@greenlight/domain';
import { cellText } from './cell-text.js';

// Excel opens a BOM-less CSV in the machine's legacy code page, so `Łódź` would come out as `Å\x81Ã³dÅº`;
// the UTF-8 byte order mark makes it read UTF-8. Other readers (csv-parse, pandas, Numbers) skip it.
const BOM = '\uFEFF';
const CRLF = '\r\n';

/** RFC 4180: a field with a comma, a double quote, CR or LF is quoted, its quotes doubled. */
export const csvField = (text: string): string =>
  /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

/** What `neutraliseFormula` guards: a formula character, after any number of apostrophes. */
export const NEEDS_GUARD = /^'*[=+\-@\t\r]/;

/**
 * Text a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, or a tab or CR before one)
 * is written with a leading apostrophe, as OWASP advises for CSV exports: element names and synopses are
 * typed by anyone on the production, and the file is opened by someone else. Only text columns are
 * guarded; numbers (a negative amount) are written as they are. Text that already starts with
 * apostrophes before such a character gets one more, so `restoreNeutralisedText` can always take
 * exactly the one added here back off (the budget file is read back).
 */
export const neutraliseFormula = (text: string): string =>
  NEEDS_GUARD.test(text) ? `'${text}` : text;

/**
 * A table as RFC 4180 CSV: a UTF-8 BOM, a header row of column labels, then one record per row, each
 * line ended with CRLF. Eighths are written as a page count (`1 3/8`) and money as a plain decimal
 * (`12345.67`) — see `cellText`.
 */
export const writeCsv = (table: DataTable): string => {
  const header = table.columns.map((column) => csvField(column.label)).join(',');
  const records = table.rows.map((row) =>
    table.columns
      .map((column) => {
        const text = cellText(column, row);
        return csvField(column.kind === 'text' ? neutraliseFormula(text) : text);
      })
      .join(','),
  );
  return BOM + [header, ...records].map((line) => line + CRLF).join('');
};
