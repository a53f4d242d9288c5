import type { BasisPoints } from '../budget/basis-points.js';
import type { CurrencyCode, MinorUnits } from '../shared/money.js';

export const FINANCING_SOURCE_KINDS = [
  'studio',
  'equity',
  'bank-loan',
  'gap-loan',
  'tax-incentive',
  'grant',
  'pre-sale',
  'co-production',
  'deferment',
  'producer-funds',
] as const;
export type FinancingSourceKind = (typeof FINANCING_SOURCE_KINDS)[number];

export const FINANCING_SOURCE_KIND_LABELS: Readonly<Record<FinancingSourceKind, string>> = {
  studio: 'Studio',
  equity: 'Equity investor',
  'bank-loan': 'Bank loan',
  'gap-loan': 'Gap loan',
  'tax-incentive': 'Tax incentive',
  grant: 'Grant',
  'pre-sale': 'Pre-sale',
  'co-production': 'Co-production partner',
  deferment: 'Deferment',
  'producer-funds': "Producer's own funds",
};

/**
 * Where a source is in the pipeline. `closed` (signed, conditions met) and `drawn` (money received)
 * count as financing for the gap and the greenlight; `withdrawn` is a source that fell away.
 */
export const FINANCING_STATUSES = [
  'prospect',
  'in-negotiation',
  'term-sheet',
  'committed',
  'closed',
  'drawn',
  'withdrawn',
] as const;
export type FinancingStatus = (typeof FINANCING_STATUSES)[number];

export const FINANCING_STATUS_LABELS: Readonly<Record<FinancingStatus, string>> = {
  prospect: 'Prospect',
  'in-negotiation': 'In negotiation',
  'term-sheet': 'Term sheet',
  committed: 'Committed',
  closed: 'Closed',
  drawn: 'Drawn',
  withdrawn: 'Withdrawn',
};

/** The statuses whose money the production can count on. */
export const CLOSED_FINANCING_STATUSES: readonly FinancingStatus[] = ['closed', 'drawn'];

/**
 * The deal terms, each null when the deal has none. Amounts are in the source's currency.
 * - `equityShareBp`: the share of the picture's equity (ownership) the source takes.
 * - `interestBp`: a loan's interest over its term, simple (the deal's whole interest as a percentage of
 *   the principal), so the recoupment claim is principal + interest.
 * - `fees`: arrangement or finance fees, recouped with the source.
 * - `premiumBp`: what equity recoups on top of its investment (a 20 % premium is 2,000 bp).
 * - `recoupmentRank`: the position in the recoupment waterfall (1 first); sources with the same rank are
 *   paid pari passu (pro rata). Null for money that is not recouped from revenue (a grant, a tax
 *   incentive, a pre-sale paid by its territory).
 * - `credits`: screen credits the deal gives ("Executive producer").
 * - `backEndPointsBp`: the share of the back end (profits after recoupment): one point is 100 bp.
 */
export type FinancingTerms = {
  readonly equityShareBp: BasisPoints | null;
  readonly interestBp: BasisPoints | null;
  readonly fees: MinorUnits | null;
  readonly premiumBp: BasisPoints | null;
  readonly recoupmentRank: number | null;
  readonly credits: readonly string[];
  readonly backEndPointsBp: BasisPoints | null;
};

export const NO_TERMS: FinancingTerms = {
  equityShareBp: null,
  interestBp: null,
  fees: null,
  premiumBp: null,
  recoupmentRank: null,
  credits: [],
  backEndPointsBp: null,
};

/** Money a source pays in a week of the cash-flow plan (week 1 is the plan's first). */
export type Drawdown = { readonly week: number; readonly amount: MinorUnits };

/** A source of finance in the financing plan. */
export type FinancingSource = {
  readonly id: string;
  /** Who provides it (the studio, the bank, the fund). */
  readonly name: string;
  readonly kind: FinancingSourceKind;
  readonly status: FinancingStatus;
  readonly amount: MinorUnits;
  readonly currency: CurrencyCode;
  readonly terms: FinancingTerms;
  /** Conditions precedent and other conditions, as written in the deal. */
  readonly conditions: readonly string[];
  /** The source's drawdown schedule, in its currency. */
  readonly drawdowns: readonly Drawdown[];
};
