import type { CurrencyCode, MinorUnits } from '../shared/money.js';
import type { BudgetUnit } from './budget-unit.js';
import type { Quantity } from './quantity.js';
import type { ScheduleLink } from './schedule-link.js';

/** The amount column: a quantity, or a global's value by name. */
export type LineAmount =
  | { readonly kind: 'quantity'; readonly quantity: Quantity }
  | { readonly kind: 'global'; readonly name: string };

/**
 * A detail line: amount × multiplier (the "x" column: people, cameras, episodes) × rate, in the rate's
 * currency, plus the fringes assigned to it. A line fed by the schedule holds its own quantity (the feed
 * proposes a new one); a line that should follow a global references it instead.
 */
export type DetailLine = {
  readonly id: string;
  readonly accountNumber: string;
  readonly description: string;
  readonly amount: LineAmount;
  readonly unit: BudgetUnit;
  readonly multiplier: Quantity;
  /** Per unit, in minor units of `currency`; negative for a credit. */
  readonly rate: MinorUnits;
  readonly currency: CurrencyCode;
  /** Each fringe applies once to the line, however often it is listed. */
  readonly fringeIds: readonly string[];
  readonly scheduleLink: ScheduleLink | null;
};
