import type { CurrencyCode, DetailLine, MinorUnits, Quantity } from '@greenlight/domain';
import type { BudgetRow } from './budget-row.js';
import { parseAmountCell } from './parse-amount-cell.js';
import { parseCurrencyText } from './parse-currency-text.js';
import { parseMoneyText } from './parse-money-text.js';
import { parseQuantityText } from './parse-quantity-text.js';
import { parseScheduleLinkText } from './parse-schedule-link-text.js';
import { parseUnitText } from './parse-unit-text.js';

const ONE = 1000 as Quantity;

/**
 * `line`: Acct, ID (filled in by the caller when empty), Description, Amount (a number or a global),
 * Units, X (empty is 1), Rate in the line's Currency (empty is the budget currency), Fringes
 * (`payroll; ph`, in the order listed, repeats kept) and Schedule.
 */
export const parseLineRecord = (
  row: BudgetRow,
  id: string,
  budgetCurrency: CurrencyCode,
): DetailLine => {
  row.ignoreOthers([
    'Acct',
    'ID',
    'Description',
    'Amount',
    'Units',
    'X',
    'Rate',
    'Currency',
    'Fringes',
    'Schedule',
  ]);
  const currency = row.optional('Currency', parseCurrencyText) ?? budgetCurrency;
  return {
    id,
    accountNumber: row.name('Acct').name,
    description: row.text('Description'),
    amount: parseAmountCell(row),
    unit: row.value('Units', parseUnitText, 'flat'),
    multiplier: row.optional('X', parseQuantityText) ?? ONE,
    rate: row.value('Rate', (text) => parseMoneyText(text, currency), 0 as MinorUnits),
    currency,
    fringeIds: row.names('Fringes').map((fringe) => fringe.name),
    scheduleLink: row.optional('Schedule', parseScheduleLinkText),
  };
};
