import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyCode, type MinorUnits } from '../shared/money.js';
import { NO_TERMS, type FinancingSource } from './financing-source.js';
import { recoupmentTiersFromSources } from './recoupment-tiers-from-sources.js';
import { runWaterfall, type Waterfall, type WaterfallTier } from './recoupment-waterfall.js';

const USD = currencyCode('USD');
const dollars = (n: number) => (n * 100) as MinorUnits;

const TIERS: readonly WaterfallTier[] = [
  { kind: 'fee', id: 'sales', name: 'Sales agent fee', payee: 'Sales agent', rateBp: 1_500 },
  {
    kind: 'recoup',
    id: 'expenses',
    name: 'Sales expenses',
    claims: [{ payee: 'Sales agent', amount: dollars(500_000) }],
  },
  {
    kind: 'recoup',
    id: 'senior',
    name: 'Senior debt',
    claims: [{ payee: 'Bank', amount: dollars(3_300_000) }],
  },
  {
    kind: 'recoup',
    id: 'gap',
    name: 'Gap loan',
    claims: [{ payee: 'Gap fund', amount: dollars(1_150_000) }],
  },
  {
    kind: 'recoup',
    id: 'equity',
    name: 'Equity with 20 % premium',
    claims: [
      { payee: 'Investor A', amount: dollars(4_800_000) },
      { payee: 'Investor B', amount: dollars(2_400_000) },
    ],
  },
  {
    kind: 'recoup',
    id: 'deferments',
    name: 'Deferments',
    claims: [{ payee: 'Director', amount: dollars(200_000) }],
  },
  {
    kind: 'split',
    id: 'back-end',
    name: 'Back end',
    shares: [
      { payee: 'Investors', pointsBp: 5_000 },
      { payee: 'Producers', pointsBp: 5_000 },
    ],
  },
];

const run = (tiers: readonly WaterfallTier[], revenue: number): Waterfall => {
  const result = runWaterfall(tiers, revenue as MinorUnits);
  if (!result.ok) throw result.error;
  return result.value;
};

describe('runWaterfall', () => {
  it('pays in order; equity, short, shares pro rata; later tiers get nothing', () => {
    const result = run(TIERS, dollars(10_000_000));
    expect(result.tiers.map((t) => [t.tierId, t.available, t.paid])).toEqual([
      ['sales', 1_000_000_000, 150_000_000],
      ['expenses', 850_000_000, 50_000_000],
      ['senior', 800_000_000, 330_000_000],
      ['gap', 470_000_000, 115_000_000],
      // $3,550,000 for $7,200,000 owed: two thirds and one third, the odd cent to the larger remainder.
      ['equity', 355_000_000, 355_000_000],
      ['deferments', 0, 0],
      ['back-end', 0, 0],
    ]);
    expect(result.tiers[4]?.payments).toEqual([
      { payee: 'Investor A', amount: 236_666_667, claim: 480_000_000, unpaid: 243_333_333 },
      { payee: 'Investor B', amount: 118_333_333, claim: 240_000_000, unpaid: 121_666_667 },
    ]);
    expect(result.undistributed).toBe(0);
  });

  it('splits what is left after every claim by points', () => {
    const result = run(TIERS, dollars(20_000_000));
    // $20M − $3M fee − $0.5M − $3.3M − $1.15M − $7.2M − $0.2M = $4.65M, half each.
    expect(result.tiers.at(-1)?.payments.map((p) => [p.payee, p.amount])).toEqual([
      ['Investors', dollars(2_325_000)],
      ['Producers', dollars(2_325_000)],
    ]);
    expect(result.payees.find((p) => p.payee === 'Sales agent')?.amount).toBe(
      dollars(3_000_000 + 500_000),
    );
  });

  it('keeps what no tier takes, and refuses negative revenue', () => {
    expect(run(TIERS.slice(0, 2), dollars(1_000_000)).undistributed).toBe(dollars(350_000));
    expect(runWaterfall(TIERS, -1 as MinorUnits).ok).toBe(false);
  });

  const arbTiers = fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('fee' as const),
        id: fc.string(),
        name: fc.string(),
        payee: fc.constantFrom('A', 'B', 'C'),
        rateBp: fc.integer({ min: 0, max: 10_000 }),
      }),
      fc.record({
        kind: fc.constant('recoup' as const),
        id: fc.string(),
        name: fc.string(),
        claims: fc.array(
          fc.record({
            payee: fc.constantFrom('A', 'B', 'C', 'D'),
            amount: fc.integer({ min: 0, max: 1e12 }).map((n) => n as MinorUnits),
          }),
          { maxLength: 4 },
        ),
      }),
      fc.record({
        kind: fc.constant('split' as const),
        id: fc.string(),
        name: fc.string(),
        shares: fc.array(
          fc.record({
            payee: fc.constantFrom('A', 'B', 'E'),
            pointsBp: fc.integer({ min: 0, max: 10_000 }),
          }),
          { maxLength: 4 },
        ),
      }),
    ),
    { maxLength: 8 },
  );

  it('pays out exactly the revenue it is given, and a tier is paid only once every earlier one is full', () => {
    fc.assert(
      fc.property(arbTiers, fc.integer({ min: 0, max: 1e13 }), (tiers, revenue) => {
        const result = run(tiers, revenue);
        const paid = result.tiers.reduce(
          (sum, t) => sum + t.payments.reduce((s, p) => s + p.amount, 0),
          0,
        );
        expect(paid + result.undistributed).toBe(revenue);
        expect(result.payees.reduce((sum, p) => sum + p.amount, 0)).toBe(paid);
        let remaining = revenue;
        result.tiers.forEach((tier, index) => {
          const definition = tiers[index];
          expect(tier.available).toBe(remaining);
          expect(
            tier.payments.every((p) => p.amount >= 0 && (p.claim === null || p.amount <= p.claim)),
          ).toBe(true);
          if (definition?.kind === 'recoup') {
            const full = tier.payments.every((p) => p.unpaid === 0);
            // Short of its claims, a tier passes nothing on.
            if (!full) expect(tier.paid).toBe(tier.available);
          }
          remaining -= tier.paid;
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('pays every payee at least as much when revenue grows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3e9 }),
        fc.integer({ min: 0, max: 1e8 }),
        (revenue, more) => {
          const low = run(TIERS, revenue);
          const high = run(TIERS, revenue + more);
          for (const tier of low.tiers.filter((t) => t.kind !== 'split')) {
            const other = high.tiers.find((t) => t.tierId === tier.tierId);
            tier.payments.forEach((p, i) =>
              expect(other?.payments[i]?.amount ?? 0).toBeGreaterThanOrEqual(p.amount),
            );
          }
        },
      ),
    );
  });
});

describe('recoupmentTiersFromSources', () => {
  const source = (
    fields: Partial<FinancingSource> & Pick<FinancingSource, 'id' | 'name' | 'kind'>,
  ): FinancingSource => ({
    status: 'closed',
    amount: dollars(1_000_000),
    currency: USD,
    terms: NO_TERMS,
    conditions: [],
    drawdowns: [],
    ...fields,
  });

  it('puts closed sources into tiers by rank, with interest, premium and fees on their claims', () => {
    const tiers = recoupmentTiersFromSources({
      currency: USD,
      exchangeRates: [{ currency: currencyCode('EUR'), perUnitMicros: 1_100_000 }],
      sources: [
        source({
          id: 'eq',
          name: 'Fund',
          kind: 'equity',
          terms: { ...NO_TERMS, recoupmentRank: 2, premiumBp: 2_000 },
        }),
        source({
          id: 'bank',
          name: 'Bank',
          kind: 'bank-loan',
          currency: currencyCode('EUR'),
          terms: { ...NO_TERMS, recoupmentRank: 1, interestBp: 1_000, fees: dollars(10_000) },
        }),
        source({ id: 'grant', name: 'Film fund', kind: 'grant' }),
        source({
          id: 'maybe',
          name: 'Maybe',
          kind: 'equity',
          status: 'term-sheet',
          terms: { ...NO_TERMS, recoupmentRank: 1 },
        }),
      ],
    });
    expect(tiers).toEqual({
      ok: true,
      value: [
        {
          kind: 'recoup',
          id: 'recoupment-rank-1',
          name: 'Recoupment, rank 1: bank loan',
          // €1,000,000 → $1,100,000, + 10 % interest, + €10,000 fees → $11,000.
          claims: [{ payee: 'Bank', amount: dollars(1_100_000 + 110_000 + 11_000) }],
        },
        {
          kind: 'recoup',
          id: 'recoupment-rank-2',
          name: 'Recoupment, rank 2: equity investor',
          claims: [{ payee: 'Fund', amount: dollars(1_200_000) }],
        },
      ],
    });
  });
});
