import type { BudgetAccount } from '../budget/budget-account.js';
import type { BudgetUnit } from '../budget/budget-unit.js';
import type { DetailLine } from '../budget/detail-line.js';
import { quantity } from '../budget/quantity.js';
import type { ScheduleLink } from '../budget/schedule-link.js';
import { currencyCode, type MinorUnits } from '../shared/money.js';

/**
 * A detail line for tests, with readable defaults: `budgetLine('l1', '3300', { amount: 10, unit: 'days',
 * rate: 650_00 })` is 10 days × 1 × $650.00 in USD with no fringes. `amount` is a decimal quantity or
 * the name of a global.
 */
export const budgetLine = (
  id: string,
  accountNumber: string,
  fields: {
    readonly description?: string;
    readonly amount?: number | string;
    readonly unit?: BudgetUnit;
    readonly multiplier?: number;
    readonly rate?: number;
    readonly currency?: string;
    readonly fringes?: readonly string[];
    readonly link?: ScheduleLink;
  } = {},
): DetailLine => ({
  id,
  accountNumber,
  description: fields.description ?? id,
  amount:
    typeof fields.amount === 'string'
      ? { kind: 'global', name: fields.amount }
      : { kind: 'quantity', quantity: quantity(fields.amount ?? 1) },
  unit: fields.unit ?? 'flat',
  multiplier: quantity(fields.multiplier ?? 1),
  rate: (fields.rate ?? 0) as MinorUnits,
  currency: currencyCode(fields.currency ?? 'USD'),
  fringeIds: fields.fringes ?? [],
  scheduleLink: fields.link ?? null,
});

/** An account of the lines role. */
export const budgetAccount = (
  number: string,
  name: string,
  section: BudgetAccount['section'],
  role: BudgetAccount['role'] = 'lines',
): BudgetAccount => ({ number, name, section, role });
