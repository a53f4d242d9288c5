import { allocateLargestRemainder } from '../budget/allocate-largest-remainder.js';
import type { BasisPoints } from '../budget/basis-points.js';
import { BASIS_POINTS, percentageOf } from '../budget/rounding.js';
import { DomainError } from '../shared/domain-error.js';
import type { MinorUnits } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * A tier of the recoupment waterfall. Revenue flows through the tiers in order:
 * - `fee`: takes `rateBp` of what reaches it (a sales agent's or distributor's fee off the top);
 * - `recoup`: pays its claims in full before anything flows on (expenses, senior debt with interest, the
 *   gap loan, equity with its premium, deferments); when the money runs out inside the tier, the claims
 *   are paid pro rata (pari passu), by the size of each claim;
 * - `split`: everything that reaches it, split by points (the back end). Points are weights: 50 and 50
 *   points split half and half, whatever they add up to.
 */
export type WaterfallTier =
  | {
      readonly kind: 'fee';
      readonly id: string;
      readonly name: string;
      readonly payee: string;
      readonly rateBp: BasisPoints;
    }
  | {
      readonly kind: 'recoup';
      readonly id: string;
      readonly name: string;
      readonly claims: readonly { readonly payee: string; readonly amount: MinorUnits }[];
    }
  | {
      readonly kind: 'split';
      readonly id: string;
      readonly name: string;
      readonly shares: readonly { readonly payee: string; readonly pointsBp: BasisPoints }[];
    };

export type WaterfallPayment = {
  readonly payee: string;
  readonly amount: MinorUnits;
  /** What a recoup claim was owed (null for fees and splits). */
  readonly claim: MinorUnits | null;
  /** What of the claim is still unpaid (zero for fees and splits). */
  readonly unpaid: MinorUnits;
};

export type WaterfallTierResult = {
  readonly tierId: string;
  readonly name: string;
  readonly kind: WaterfallTier['kind'];
  /** What reached the tier. */
  readonly available: MinorUnits;
  readonly paid: MinorUnits;
  readonly payments: readonly WaterfallPayment[];
};

export type Waterfall = {
  readonly revenue: MinorUnits;
  readonly tiers: readonly WaterfallTierResult[];
  /** Each payee's total over every tier, in the order they are first paid. */
  readonly payees: readonly { readonly payee: string; readonly amount: MinorUnits }[];
  /** What no tier took (no split tier at the end, or one with no points): kept by the production. */
  readonly undistributed: MinorUnits;
};

const invalid = (message: string) => err(new DomainError('validation', message));

/**
 * Who is paid what, in order, for `revenue` (minor units, not negative). Pays out exactly the revenue:
 * every payment plus `undistributed` adds up to it, to the minor unit. A fee is rounded once (half to
 * even); pro rata and split shares are allocated by largest remainder, so nothing is created or lost.
 * A tier gets nothing until every tier before it is paid in full.
 */
export const runWaterfall = (
  tiers: readonly WaterfallTier[],
  revenue: MinorUnits,
): Result<Waterfall> => {
  if (!Number.isSafeInteger(revenue) || revenue < 0) {
    return invalid('Revenue must be a whole, non-negative amount');
  }
  const results: WaterfallTierResult[] = [];
  const totals = new Map<string, number>();
  let remaining: number = revenue;
  for (const tier of tiers) {
    const available = remaining;
    let payments: WaterfallPayment[];
    if (tier.kind === 'fee') {
      if (!Number.isInteger(tier.rateBp) || tier.rateBp < 0 || tier.rateBp > BASIS_POINTS) {
        return invalid(`${tier.name} needs a rate between 0 % and 100 %`);
      }
      const fee = percentageOf(available, tier.rateBp) ?? 0;
      payments = [
        { payee: tier.payee, amount: fee as MinorUnits, claim: null, unpaid: 0 as MinorUnits },
      ];
    } else if (tier.kind === 'recoup') {
      if (tier.claims.some((c) => !Number.isSafeInteger(c.amount) || c.amount < 0)) {
        return invalid(`${tier.name} has a claim that is not a whole, non-negative amount`);
      }
      const owed = tier.claims.reduce((sum, c) => sum + c.amount, 0);
      const amounts =
        available >= owed
          ? tier.claims.map((c) => c.amount)
          : allocateLargestRemainder(
              available,
              tier.claims.map((c) => c.amount),
            );
      payments = tier.claims.map((c, index) => {
        const amount = amounts[index] ?? 0;
        return {
          payee: c.payee,
          amount: amount as MinorUnits,
          claim: c.amount,
          unpaid: (c.amount - amount) as MinorUnits,
        };
      });
    } else {
      if (tier.shares.some((s) => !Number.isSafeInteger(s.pointsBp) || s.pointsBp < 0)) {
        return invalid(
          `${tier.name} has a share that is not a whole, non-negative number of points`,
        );
      }
      const amounts = allocateLargestRemainder(
        available,
        tier.shares.map((s) => s.pointsBp),
      );
      payments = tier.shares.map((s, index) => ({
        payee: s.payee,
        amount: (amounts[index] ?? 0) as MinorUnits,
        claim: null,
        unpaid: 0 as MinorUnits,
      }));
    }
    const paid = payments.reduce((sum, p) => sum + p.amount, 0);
    remaining -= paid;
    for (const p of payments) totals.set(p.payee, (totals.get(p.payee) ?? 0) + p.amount);
    results.push({
      tierId: tier.id,
      name: tier.name,
      kind: tier.kind,
      available: available as MinorUnits,
      paid: paid as MinorUnits,
      payments,
    });
  }
  return ok({
    revenue,
    tiers: results,
    payees: [...totals].map(([payee, amount]) => ({ payee, amount: amount as MinorUnits })),
    undistributed: remaining as MinorUnits,
  });
};
