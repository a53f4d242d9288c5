import type { Quantity } from './quantity.js';
import type { ScheduleLink } from './schedule-link.js';

/**
 * A global's value: a number, or the value of another global (so `PREP_DAYS` can follow `SHOOT_DAYS`).
 * Deliberately no arithmetic: a formula language would be a second budgeting product, and a chain of
 * plain references is enough to keep one number in one place.
 */
export type GlobalValue =
  | { readonly kind: 'quantity'; readonly quantity: Quantity }
  | { readonly kind: 'global'; readonly name: string };

/**
 * A named value detail lines use as their amount (shoot days, prep weeks, episodes), set up before the
 * detail, as in Movie Magic Budgeting. Names are matched exactly.
 */
export type BudgetGlobal = {
  readonly name: string;
  readonly description: string;
  readonly value: GlobalValue;
  /** Fed from the schedule (only a global whose value is a number can be). */
  readonly scheduleLink: ScheduleLink | null;
};
