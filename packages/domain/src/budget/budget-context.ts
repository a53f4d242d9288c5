import type { BudgetAccount } from './budget-account.js';
import type { BudgetSection } from './budget-section.js';
import type { BudgetSetup } from './budget.js';
import type { ConversionFactor } from './exchange-rate.js';
import type { Fringe } from './fringe.js';
import type { Quantity } from './quantity.js';

/**
 * A budget's setup, checked and indexed once: resolved globals, fringes and accounts by key, each
 * section's fringe account, conversion factors by currency. Every line (and every line edit) is computed
 * against it in constant time.
 */
export type BudgetContext = {
  readonly setup: BudgetSetup;
  readonly globals: ReadonlyMap<string, Quantity>;
  readonly fringes: ReadonlyMap<string, Fringe>;
  readonly accounts: ReadonlyMap<string, BudgetAccount>;
  readonly fringeAccounts: Readonly<Record<BudgetSection, string | null>>;
  readonly factors: ReadonlyMap<string, ConversionFactor>;
};
