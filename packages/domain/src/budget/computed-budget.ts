import type { CurrencyCode, MinorUnits } from '../shared/money.js';
import type { BudgetContext } from './budget-context.js';
import type { BudgetSection } from './budget-section.js';
import type { LineStore } from './line-store.js';
import type { AccountTotals, ComputedPercentageItem, SectionTotals } from './budget-totals.js';
import type { TopSheet } from './top-sheet.js';

/**
 * A budget with every figure worked out, in the budget currency. Immutable: `applyLineEdit` returns a
 * new one that shares everything the edit did not touch. Read lines with `computedLine`,
 * `computedLines` and `budgetOf`.
 */
export type ComputedBudget = {
  readonly currency: CurrencyCode;
  /** Every account of the chart, in chart order, including those with nothing in them. */
  readonly accounts: ReadonlyMap<string, AccountTotals>;
  readonly sections: Readonly<Record<BudgetSection, SectionTotals>>;
  /** What each fringe comes to over the whole budget. */
  readonly fringeTotals: ReadonlyMap<string, MinorUnits>;
  /** The four sections together. */
  readonly subtotal: MinorUnits;
  readonly percentageItems: readonly ComputedPercentageItem[];
  /** Subtotal plus every percentage item. */
  readonly grandTotal: MinorUnits;
  readonly topSheet: TopSheet;
  readonly lineCount: number;
  /** The engine's own state (the prepared setup and the lines); not for callers to read. */
  readonly engine: {
    readonly context: BudgetContext;
    readonly store: LineStore;
    /** The sum of the absolute values of every line total and fringe, checked against the limit. */
    readonly magnitude: number;
  };
};
