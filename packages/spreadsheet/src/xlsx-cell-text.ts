import type { CellValue } from 'exceljs';
import { numberToDecimalText, percentOfDecimalText } from './number-to-decimal-text.js';

/** Whether a number format shows a percentage: a `%` that is not inside quotes or escaped. */
const isPercentFormat = (numFmt: string | undefined): boolean =>
  numFmt !== undefined && numFmt.replace(/"[^"]*"|\\./g, '').includes('%');

/**
 * A worksheet cell as the text a person typed into it: text as it is (rich text joined), a number as
 * its shortest exact decimal (`numberToDecimalText`), with its `%` when the cell shows a percentage
 * (`0.0765` shown as 7.65 % reads `7.65%`), a date as `YYYY-MM-DD`, TRUE/FALSE, an error as its code
 * (`#N/A`), a formula as its cached result (nothing when the file has none), a hyperlink as its text.
 */
export const xlsxCellText = (value: CellValue | undefined, numFmt?: string): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    const text = numberToDecimalText(value) ?? '';
    return isPercentFormat(numFmt) && text !== '' ? `${percentOfDecimalText(text)}%` : text;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? '' : xlsxCellText(value.result, numFmt);
  }
  if ('hyperlink' in value) return xlsxCellText(value.text, numFmt);
  return '';
};
