import { extname } from 'node:path';
import type { Budget } from '@greenlight/domain';
import { decodeText, parseBudgetRows, type BudgetFileDiagnostic } from '@greenlight/importers';
import { readCsvRows, readXlsxRows, type SheetReadResult } from '@greenlight/spreadsheet';

import { MAX_BUDGET_FILE_BYTES } from '@greenlight/contract';

export type BudgetFileFormat = 'xlsx' | 'csv';

export type BudgetFileRead = {
  readonly format: BudgetFileFormat;
  /** Null when the file could not be read into a budget; the diagnostics say why. */
  readonly budget: Budget | null;
  readonly diagnostics: readonly BudgetFileDiagnostic[];
};

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, index) => bytes[index] === byte);

/** XLSX by its zip signature (`PK`), else by the extension, else CSV. */
export const budgetFileFormat = (bytes: Uint8Array, fileName: string): BudgetFileFormat =>
  startsWith(bytes, [0x50, 0x4b]) || ['.xlsx', '.xlsm'].includes(extname(fileName).toLowerCase())
    ? 'xlsx'
    : 'csv';

/**
 * CSV bytes as text. UTF-8 is decoded exactly, so a line break inside a quoted cell stays CRLF or CR if
 * that is what it was: with a UTF-8 BOM (what Greenlight writes), or without one when there are no zero
 * bytes (which would mean UTF-16). Anything else (UTF-16, the Windows-1252 of an older Excel) goes
 * through `decodeText`, which also turns line breaks into LF.
 */
const decodeCsv = (bytes: Uint8Array): { text: string; diagnostics: BudgetFileDiagnostic[] } => {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]) || !bytes.subarray(0, 4096).includes(0)) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), diagnostics: [] };
    } catch {
      // Not UTF-8: decodeText works out what it is.
    }
  }
  const decoded = decodeText(bytes, { maxBytes: MAX_BUDGET_FILE_BYTES });
  // Their lines count lines of text, not rows: the message is what matters here.
  return {
    text: decoded.text,
    diagnostics: decoded.diagnostics.map(({ severity, message }) => ({ severity, message })),
  };
};

const rowsFailed = (result: Extract<SheetReadResult, { ok: false }>): BudgetFileDiagnostic[] => [
  {
    severity: 'error',
    message: result.error.message,
    ...(result.error.row === null ? {} : { line: result.error.row }),
  },
];

/**
 * Reads a budget file (README "Budget files") from its bytes: XLSX (the "Budget" sheet) or CSV, into a
 * budget and every diagnostic, each with its row. An old binary `.xls` is refused with a word on what
 * to do instead. Never throws on content.
 */
export const readBudgetBytes = async (
  bytes: Uint8Array,
  fileName: string,
): Promise<BudgetFileRead> => {
  const format = budgetFileFormat(bytes, fileName);
  const fail = (diagnostics: BudgetFileDiagnostic[]): BudgetFileRead => ({
    format,
    budget: null,
    diagnostics,
  });
  if (bytes.length > MAX_BUDGET_FILE_BYTES) {
    return fail([
      {
        severity: 'error',
        message: `The file is over the ${MAX_BUDGET_FILE_BYTES / 1024 / 1024} MiB limit for a budget file`,
      },
    ]);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return fail([
      {
        severity: 'error',
        message:
          'This is an old Excel .xls workbook: save it as .xlsx (Excel Workbook) or CSV UTF-8 and try again',
      },
    ]);
  }
  if (format === 'xlsx') {
    const rows = await readXlsxRows(bytes, { sheet: 'Budget' });
    if (!rows.ok) return fail(rowsFailed(rows));
    return { format, ...parseBudgetRows(rows.rows) };
  }
  const decoded = decodeCsv(bytes);
  if (decoded.diagnostics.some((d) => d.severity === 'error')) return fail(decoded.diagnostics);
  const rows = readCsvRows(decoded.text);
  if (!rows.ok) return fail([...decoded.diagnostics, ...rowsFailed(rows)]);
  const parsed = parseBudgetRows(rows.rows);
  return {
    format,
    budget: parsed.budget,
    diagnostics: [...decoded.diagnostics, ...parsed.diagnostics],
  };
};
