import type { CurrencyCode } from '../shared/money.js';
import type { BudgetAccount } from './budget-account.js';
import type { BudgetGlobal } from './budget-global.js';
import type { DetailLine } from './detail-line.js';
import type { ExchangeRate } from './exchange-rate.js';
import type { Fringe } from './fringe.js';
import type { PercentageItem } from './percentage-item.js';

/**
 * One version of a budget, as data: the chart of accounts, the fringes and globals set up first, the
 * detail lines, and the percentage items below the subtotal. Accounts appear on the top sheet in the
 * order given; lines keep their order within an account.
 */
export type Budget = {
  readonly currency: CurrencyCode;
  /** How much other currencies are worth in `currency`; a line in a currency with no row is an error. */
  readonly exchangeRates: readonly ExchangeRate[];
  readonly globals: readonly BudgetGlobal[];
  readonly fringes: readonly Fringe[];
  readonly accounts: readonly BudgetAccount[];
  readonly lines: readonly DetailLine[];
  readonly percentageItems: readonly PercentageItem[];
};

/** Everything but the lines: what the engine prepares once and every line edit reuses. */
export type BudgetSetup = Omit<Budget, 'lines'>;
