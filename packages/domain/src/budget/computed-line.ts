import type { MinorUnits } from '../shared/money.js';
import type { BudgetSection } from './budget-section.js';
import type { DetailLine } from './detail-line.js';
import type { Quantity } from './quantity.js';

export type LineFringe = { readonly fringeId: string; readonly amount: MinorUnits };

/** A detail line with its figures; every amount is rounded once where `rounding.ts` says. */
export type ComputedLine = {
  readonly line: DetailLine;
  readonly section: BudgetSection;
  /** The amount column's value: the line's own quantity, or its global's. */
  readonly quantity: Quantity;
  /** quantity × multiplier × rate, in the line's currency. */
  readonly totalInLineCurrency: MinorUnits;
  /** The same in the budget currency (converted once; equal to the above when the currencies match). */
  readonly total: MinorUnits;
  /** One entry per fringe assigned to the line, in the order first listed. */
  readonly fringes: readonly LineFringe[];
  readonly fringeTotal: MinorUnits;
  /** Where the fringes are totalled: the section's fringe account, else the line's own account. */
  readonly fringeAccountNumber: string;
};
