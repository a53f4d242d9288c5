import type { BudgetSection } from '../budget/budget-section.js';
import type { ComputedBudget } from '../budget/computed-budget.js';
import type { ExchangeRate } from '../budget/exchange-rate.js';
import type { CurrencyCode, MinorUnits } from '../shared/money.js';

export type CostReportBudgetAccount = {
  readonly accountNumber: string;
  readonly name: string;
  readonly section: BudgetSection;
  /** The account's total on the top sheet: its lines plus the fringes totalled in it. */
  readonly budget: MinorUnits;
};

export type CostReportBudgetItem = {
  readonly id: string;
  readonly name: string;
  readonly budget: MinorUnits;
};

/**
 * What the cost report needs of a budget: the accounts in chart order with their top-sheet totals, the
 * percentage items, and the rate table documents in other currencies are converted with.
 */
export type CostReportBudget = {
  readonly currency: CurrencyCode;
  readonly exchangeRates: readonly ExchangeRate[];
  readonly accounts: readonly CostReportBudgetAccount[];
  readonly items: readonly CostReportBudgetItem[];
};

/**
 * A computed budget's top sheet as the cost report's budget. Fringe accounts (1900, 3900) are accounts like
 * any other: the budget totals its lines' fringes there, and payroll fringes are coded there too.
 */
export const costReportBudgetOf = (computed: ComputedBudget): CostReportBudget => ({
  currency: computed.currency,
  exchangeRates: computed.engine.context.setup.exchangeRates,
  accounts: computed.topSheet.sections.flatMap((section) =>
    section.rows.map((row) => ({
      accountNumber: row.accountNumber,
      name: row.name,
      section: section.section,
      budget: row.total,
    })),
  ),
  items: computed.percentageItems.map((item) => ({
    id: item.id,
    name: item.name,
    budget: item.amount,
  })),
});
