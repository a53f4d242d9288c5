import { currencyCode, formatEighths, formatMoney, minorUnits } from '@greenlight/domain';
import type { DataColumn, DataRow } from '@greenlight/domain';
import type { CellValue } from 'exceljs';
import { cellText } from './cell-text.js';
import { moneyDecimals } from './minor-units-to-decimal.js';
import { moneyNumberFormat } from './money-number-format.js';

/** One worksheet column made from a table column: its header, cell value, format and display text. */
export type SheetColumn = {
  readonly header: string;
  readonly value: (row: DataRow) => CellValue;
  readonly numFmt?: string;
  /** Roughly what Excel shows, to size the column. */
  readonly display: (row: DataRow) => string;
};

const raw = (column: DataColumn, row: DataRow): string | number | null => row[column.key] ?? null;

/** `YYYY-MM-DD` as midnight UTC: exceljs turns a Date into a date serial from its UTC time. */
const dateValue = (text: string): Date | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  if (y === undefined || m === undefined || d === undefined) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  // Rejects 2026-02-30, which Date.UTC would roll over into March.
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
};

/**
 * The worksheet columns for a table column. Numbers stay numbers so a spreadsheet can sum them:
 * integers as numbers; money as a number of major units with the currency's format; dates as real
 * dates. An eighths column becomes two: `<label>` with the page count as a production office writes it
 * (`1 3/8`) and `<label> (eighths)` with the integer eighths to sum and sort by. A string in a numeric
 * column is written as text rather than lost.
 */
export const sheetColumns = (column: DataColumn): SheetColumn[] => {
  const display = (row: DataRow): string => cellText(column, row);
  switch (column.kind) {
    case 'text':
    case 'integer':
      return [{ header: column.label, value: (row) => raw(column, row), display }];
    case 'eighths':
      return [
        {
          header: column.label,
          value: (row) => {
            const value = raw(column, row);
            return typeof value === 'number' ? formatEighths(value) : value;
          },
          display,
        },
        { header: `${column.label} (eighths)`, value: (row) => raw(column, row), display },
      ];
    case 'money': {
      const scale = 10 ** moneyDecimals(column.currency);
      return [
        {
          header: column.label,
          // Float division is fine at this edge: Excel stores doubles, and the format shows the digits.
          value: (row) => {
            const value = raw(column, row);
            return typeof value === 'number' ? value / scale : value;
          },
          numFmt: moneyNumberFormat(column.currency),
          display: (row) => {
            const value = raw(column, row);
            return typeof value === 'number' && column.currency !== undefined
              ? formatMoney(minorUnits(value), currencyCode(column.currency))
              : display(row);
          },
        },
      ];
    }
    case 'date':
      return [
        {
          header: column.label,
          value: (row) => {
            const value = raw(column, row);
            return typeof value === 'string' ? (dateValue(value) ?? value) : value;
          },
          numFmt: 'yyyy-mm-dd',
          display,
        },
      ];
  }
};
