import { currencyDecimals, type CurrencyCode } from '../shared/money.js';
import { formatQuantity, type Quantity } from '../budget/quantity.js';
import type { BudgetFileCell } from './budget-file-table.js';

// The number cells of the budget file. Integer arithmetic only: the decimal text is exact, and a value
// that is not a whole number of minor units (or thousandths) — a bug upstream, never user input — is
// written as plain text so the importer reports it instead of the writer throwing or rounding it away.

/** Minor units as a plain decimal: 1234567 USD → `12345.67`, -5 USD → `-0.05`, 1500 JPY → `1500`. */
export const moneyCell = (amount: number, currency: CurrencyCode): BudgetFileCell => {
  if (!Number.isSafeInteger(amount)) return String(amount);
  const decimals = currencyDecimals(currency);
  const abs = Math.abs(amount);
  const scale = 10 ** decimals;
  const major = String(Math.floor(abs / scale));
  const body = decimals > 0 ? `${major}.${String(abs % scale).padStart(decimals, '0')}` : major;
  return { kind: 'number', text: amount < 0 ? `-${body}` : body, places: decimals };
};

/** Thousandths as a decimal with as few places as the value needs: 2500 → `2.5`. */
export const quantityCell = (value: Quantity): BudgetFileCell =>
  Number.isSafeInteger(value)
    ? { kind: 'number', text: formatQuantity(value), places: null }
    : String(value);

/** Basis points as a percent: 765 → `7.65` (%), 1000 → `10`. */
export const percentCell = (bp: number): BudgetFileCell => {
  if (!Number.isSafeInteger(bp)) return String(bp);
  const abs = Math.abs(bp);
  const fraction = String(abs % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  const text = `${bp < 0 ? '-' : ''}${Math.floor(abs / 100)}${fraction === '' ? '' : `.${fraction}`}`;
  return { kind: 'percent', text };
};
