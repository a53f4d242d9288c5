import { convertWithRates, type ExchangeRate } from '../budget/exchange-rate.js';
import { percentageOf } from '../budget/rounding.js';
import type { CurrencyCode, MinorUnits } from '../shared/money.js';
import { ok, type Result } from '../shared/result.js';
import {
  CLOSED_FINANCING_STATUSES,
  FINANCING_SOURCE_KIND_LABELS,
  type FinancingSource,
} from './financing-source.js';
import type { WaterfallTier } from './recoupment-waterfall.js';

/**
 * The recoup tiers of a waterfall from the closed financing: one tier per recoupment rank, in rank
 * order, each source's claim its amount in the budget currency plus interest, premium and fees
 * (interest and premium are percentages of the amount, rounded once). Sources without a rank (grants,
 * tax incentives, pre-sales) are not recouped. Fees off the top, expenses and the back end are the
 * caller's tiers to put around these.
 */
export const recoupmentTiersFromSources = (input: {
  readonly currency: CurrencyCode;
  readonly exchangeRates: readonly ExchangeRate[];
  readonly sources: readonly FinancingSource[];
}): Result<WaterfallTier[]> => {
  const byRank = new Map<number, { payee: string; amount: MinorUnits; kind: string }[]>();
  for (const source of input.sources) {
    const rank = source.terms.recoupmentRank;
    if (rank === null || !CLOSED_FINANCING_STATUSES.includes(source.status)) continue;
    const principal = convertWithRates(
      source.amount,
      source.currency,
      input.currency,
      input.exchangeRates,
    );
    if (!principal.ok) return principal;
    const fees = convertWithRates(
      (source.terms.fees ?? 0) as MinorUnits,
      source.currency,
      input.currency,
      input.exchangeRates,
    );
    if (!fees.ok) return fees;
    const interest = percentageOf(principal.value, source.terms.interestBp ?? 0) ?? 0;
    const premium = percentageOf(principal.value, source.terms.premiumBp ?? 0) ?? 0;
    const claims = byRank.get(rank) ?? [];
    claims.push({
      payee: source.name,
      amount: (principal.value + interest + premium + fees.value) as MinorUnits,
      kind: FINANCING_SOURCE_KIND_LABELS[source.kind].toLowerCase(),
    });
    byRank.set(rank, claims);
  }
  return ok(
    [...byRank]
      .sort(([a], [b]) => a - b)
      .map(([rank, claims]) => ({
        kind: 'recoup',
        id: `recoupment-rank-${rank}`,
        name: `Recoupment, rank ${rank}: ${[...new Set(claims.map((c) => c.kind))].join(', ')}`,
        claims: claims.map(({ payee, amount }) => ({ payee, amount })),
      })),
  );
};
