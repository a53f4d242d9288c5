import { restoreNeutralisedText } from './restore-neutralised-text.js';
import type { SheetReadResult } from './sheet-rows.js';

/** Far more rows than any budget; a guard against reading something else entirely. */
export const MAX_SHEET_ROWS = 200_000;

/**
 * The separator, from the first record: a comma unless that record has none and has semicolons (what
 * Excel writes where the decimal separator is a comma) or tabs (Excel's "Unicode text").
 */
const sniffDelimiter = (text: string): string => {
  let inQuotes = false;
  const counts = { ',': 0, ';': 0, '\t': 0 };
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) break;
    else if (!inQuotes && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  if (counts[','] > 0) return ',';
  if (counts[';'] > 0) return ';';
  return counts['\t'] > 0 ? '\t' : ',';
};

/**
 * Reads CSV text into rows of cell text (RFC 4180, and what spreadsheets write in practice): a leading
 * byte order mark is skipped; records end with CRLF, LF or CR; a quoted cell may hold the separator,
 * quotes (doubled) and line breaks, kept exactly as they are; a stray quote inside an unquoted cell is
 * kept as text. The separator is a comma, or a semicolon or tab when the first record has no comma.
 * The apostrophe `writeCsv` puts before text that would run as a formula is taken off again
 * (`restoreNeutralisedText`). Never throws: a quoted cell that is never closed, text after a closing
 * quote or more than `MAX_SHEET_ROWS` rows is an error with its row.
 */
export const readCsvRows = (input: string): SheetReadResult => {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = sniffDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let closedQuote = false;
  let quoteOpenedInRow = 0;

  const endField = (): void => {
    row.push(restoreNeutralisedText(field));
    field = '';
    closedQuote = false;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };

  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inQuotes) {
      if (char !== '"') field += char;
      else if (text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else {
        inQuotes = false;
        closedQuote = true;
      }
      continue;
    }
    if (char === delimiter) endField();
    else if (char === '\n' || char === '\r') {
      endRow();
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      if (rows.length > MAX_SHEET_ROWS) return tooManyRows();
    } else if (closedQuote) {
      return failure(
        `A quoted cell is followed by ${JSON.stringify(char)} before the next separator`,
        rows.length + 1,
      );
    } else if (char === '"' && field === '') {
      inQuotes = true;
      quoteOpenedInRow = rows.length + 1;
    } else field += char ?? '';
  }
  if (inQuotes) {
    return failure('A quoted cell is never closed (a " is missing)', quoteOpenedInRow);
  }
  if (field !== '' || closedQuote || row.length > 0) endRow();
  if (rows.length > MAX_SHEET_ROWS) return tooManyRows();
  return { ok: true, rows };
};

const failure = (message: string, row: number | null): SheetReadResult => ({
  ok: false,
  error: { message, row },
});

const tooManyRows = (): SheetReadResult =>
  failure(`The file has more than ${MAX_SHEET_ROWS} rows`, null);
