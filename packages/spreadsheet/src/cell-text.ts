import { formatEighths } from '@greenlight/domain';
import type { DataColumn, DataRow } from '@greenlight/domain';
import { minorUnitsToDecimal } from './minor-units-to-decimal.js';

/**
 * A cell as text, the way a production office writes it: eighths as a page count (`1 3/8`), money as
 * a plain decimal (`12345.67`), everything else as it is. Missing and null cells are empty. A string
 * in a numeric column is passed through untouched rather than rejected.
 */
export const cellText = (column: DataColumn, row: DataRow): string => {
  const value = row[column.key];
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  switch (column.kind) {
    case 'eighths':
      return formatEighths(value);
    case 'money':
      return minorUnitsToDecimal(value, column.currency);
    case 'text':
    case 'integer':
    case 'date':
      return String(value);
  }
};
