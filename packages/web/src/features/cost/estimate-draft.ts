import type { CostReportDto } from '@greenlight/contract';
import { minorToInput, parseMoney } from '../../ui/money';

type CostRow = CostReportDto['sections'][number]['rows'][number];

/** What the estimate editor shows for an account: an entered estimate as its amount, a default as empty. */
export const estimateText = (row: CostRow, currency: string): string =>
  row.estimateSource === 'entered' ? minorToInput(row.estimateToComplete, currency) : '';

export type EstimateChange = {
  readonly target: 'account';
  readonly key: string;
  /** Null: back to the default, what is left of the budget. */
  readonly amount: number | null;
};

export type EstimateDraftResult =
  | { readonly ok: true; readonly changes: readonly EstimateChange[] }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/**
 * The estimates to send from what was typed per account: only the accounts whose text differs from what is
 * stored, an emptied field meaning "back to the default". Every malformed amount is reported by account, so
 * the editor can point at each.
 */
export const estimateChanges = (
  rows: readonly CostRow[],
  typed: Readonly<Record<string, string>>,
  currency: string,
): EstimateDraftResult => {
  const changes: EstimateChange[] = [];
  const errors: Record<string, string> = {};
  for (const row of rows) {
    const text = typed[row.accountNumber];
    if (text === undefined || text.trim() === estimateText(row, currency)) continue;
    if (text.trim() === '') {
      if (row.estimateSource === 'entered') {
        changes.push({ target: 'account', key: row.accountNumber, amount: null });
      }
      continue;
    }
    const parsed = parseMoney(text, currency);
    if (!parsed.ok) errors[row.accountNumber] = parsed.error;
    else if (row.estimateSource !== 'entered' || parsed.value !== row.estimateToComplete) {
      changes.push({ target: 'account', key: row.accountNumber, amount: parsed.value });
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, changes };
};
