import { convertWithRates, type ExchangeRate } from '../budget/exchange-rate.js';
import type { CurrencyCode, MinorUnits } from '../shared/money.js';
import { ok, type Result } from '../shared/result.js';
import {
  CLOSED_FINANCING_STATUSES,
  type FinancingSource,
  type FinancingStatus,
} from './financing-source.js';

export type FinancingGap = {
  readonly currency: CurrencyCode;
  readonly budgetTotal: MinorUnits;
  /** Closed and drawn sources, in the budget currency. */
  readonly closed: MinorUnits;
  /** Committed but not yet closed. */
  readonly committed: MinorUnits;
  /** Prospects, negotiations and term sheets. */
  readonly pipeline: MinorUnits;
  /** What the closed financing still lacks (zero when covered). */
  readonly gap: MinorUnits;
  /** What the closed financing exceeds the budget by (zero when it does not). */
  readonly surplus: MinorUnits;
  /** Each source's amount in the budget currency (withdrawn ones included, counted nowhere). */
  readonly sources: readonly {
    readonly id: string;
    readonly status: FinancingStatus;
    readonly amount: MinorUnits;
  }[];
};

/**
 * The gap between the approved budget's grand total and the closed financing. Every source is converted
 * into the budget currency with the budget's rate table, rounded once per source; a source in a
 * currency without a rate is an error, not a silent zero.
 */
export const financingGap = (input: {
  readonly budgetTotal: MinorUnits;
  readonly currency: CurrencyCode;
  readonly exchangeRates: readonly ExchangeRate[];
  readonly sources: readonly FinancingSource[];
}): Result<FinancingGap> => {
  const sources: { id: string; status: FinancingStatus; amount: MinorUnits }[] = [];
  let closed = 0;
  let committed = 0;
  let pipeline = 0;
  for (const source of input.sources) {
    const converted = convertWithRates(
      source.amount,
      source.currency,
      input.currency,
      input.exchangeRates,
    );
    if (!converted.ok) return converted;
    const amount = converted.value;
    sources.push({ id: source.id, status: source.status, amount });
    if (CLOSED_FINANCING_STATUSES.includes(source.status)) closed += amount;
    else if (source.status === 'committed') committed += amount;
    else if (source.status !== 'withdrawn') pipeline += amount;
  }
  const short = input.budgetTotal - closed;
  return ok({
    currency: input.currency,
    budgetTotal: input.budgetTotal,
    closed: closed as MinorUnits,
    committed: committed as MinorUnits,
    pipeline: pipeline as MinorUnits,
    gap: Math.max(0, short) as MinorUnits,
    surplus: Math.max(0, -short) as MinorUnits,
    sources,
  });
};
