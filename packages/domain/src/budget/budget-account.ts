import type { BudgetSection } from './budget-section.js';

/**
 * An account of the chart of accounts (1100 Story & Rights, 3300 Camera). Account numbers are strings:
 * charts differ between studios and some use letters.
 *
 * A section may have one account with the role `fringes` (1900 ATL Fringes, 3900 BTL Fringes): the
 * fringes of every line in that section are totalled there rather than in the line's own account, as on
 * a studio top sheet. Without one, an account's total is its lines plus their fringes.
 */
export type BudgetAccount = {
  readonly number: string;
  readonly name: string;
  readonly section: BudgetSection;
  readonly role: 'lines' | 'fringes';
};
