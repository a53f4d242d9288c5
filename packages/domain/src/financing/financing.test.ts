import { describe, expect, it } from 'vitest';
import { currencyCode, type MinorUnits } from '../shared/money.js';
import { cashFlow, spreadEvenly } from './cash-flow.js';
import { financingGap } from './financing-gap.js';
import {
  FINANCING_STATUSES,
  NO_TERMS,
  type FinancingSource,
  type FinancingStatus,
} from './financing-source.js';
import {
  financingMoveAction,
  financingMoveAllowed,
  moveFinancingSource,
} from './financing-status-move.js';
import { greenlightGate, greenlightOverride } from './greenlight-gate.js';

const USD = currencyCode('USD');
const EUR = currencyCode('EUR');
const RATES = [{ currency: EUR, perUnitMicros: 1_085_000 }];
const dollars = (n: number) => (n * 100) as MinorUnits;

const source = (
  id: string,
  status: FinancingStatus,
  amount: MinorUnits,
  fields: Partial<FinancingSource> = {},
): FinancingSource => ({
  id,
  name: id,
  kind: 'equity',
  status,
  amount,
  currency: USD,
  terms: NO_TERMS,
  conditions: [],
  drawdowns: [],
  ...fields,
});

describe('financing status moves', () => {
  it('moves forward freely, back only before closing, never out of drawn', () => {
    const allowed = Object.fromEntries(
      FINANCING_STATUSES.map((from) => [
        from,
        FINANCING_STATUSES.filter((to) => financingMoveAllowed(from, to)),
      ]),
    );
    expect(allowed).toEqual({
      prospect: ['in-negotiation', 'term-sheet', 'committed', 'closed', 'drawn', 'withdrawn'],
      'in-negotiation': ['prospect', 'term-sheet', 'committed', 'closed', 'drawn', 'withdrawn'],
      'term-sheet': ['prospect', 'in-negotiation', 'committed', 'closed', 'drawn', 'withdrawn'],
      committed: ['prospect', 'in-negotiation', 'term-sheet', 'closed', 'drawn', 'withdrawn'],
      closed: ['drawn', 'withdrawn'],
      drawn: [],
      withdrawn: ['prospect'],
    });
  });

  it('closing a deal is its own action; the rest is editing the plan', () => {
    expect(financingMoveAction('committed', 'closed')).toBe('financing.close-deal');
    expect(financingMoveAction('prospect', 'drawn')).toBe('financing.close-deal');
    expect(financingMoveAction('closed', 'drawn')).toBe('financing.edit-plan');
    expect(financingMoveAction('prospect', 'term-sheet')).toBe('financing.edit-plan');
    expect(moveFinancingSource(source('Bank', 'drawn', dollars(1)), 'closed')).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Bank cannot move from drawn to closed' },
    });
  });
});

describe('financingGap', () => {
  it('is the approved grand total less the closed and drawn financing in the budget currency', () => {
    const gap = financingGap({
      budgetTotal: dollars(10_000_000),
      currency: USD,
      exchangeRates: RATES,
      sources: [
        source('studio', 'closed', dollars(5_000_000)),
        source('fund', 'drawn', (2_000_000 * 100) as MinorUnits, { currency: EUR }),
        source('bank', 'committed', dollars(1_000_000)),
        source('angel', 'prospect', dollars(500_000)),
        source('gone', 'withdrawn', dollars(9_000_000)),
      ],
    });
    expect(gap).toMatchObject({
      ok: true,
      value: {
        closed: dollars(7_170_000),
        committed: dollars(1_000_000),
        pipeline: dollars(500_000),
        gap: dollars(2_830_000),
        surplus: 0,
      },
    });
  });

  it('refuses a source in a currency the budget has no rate for', () => {
    const gap = financingGap({
      budgetTotal: dollars(1),
      currency: USD,
      exchangeRates: [],
      sources: [source('fund', 'closed', dollars(1), { currency: EUR })],
    });
    expect(gap).toMatchObject({
      ok: false,
      error: { message: 'There is no exchange rate from EUR to USD' },
    });
  });
});

describe('cashFlow', () => {
  it('runs the balance week by week and finds the first week the cash runs short', () => {
    const flow = cashFlow({
      currency: USD,
      spending: [dollars(100_000), dollars(300_000), dollars(300_000), dollars(100_000)],
      exchangeRates: RATES,
      sources: [
        source('studio', 'closed', dollars(500_000), {
          drawdowns: [
            { week: 1, amount: dollars(250_000) },
            { week: 4, amount: dollars(250_000) },
          ],
        }),
        // €200,000 in two halves: $108,500 each, cumulatively exact.
        source('fund', 'drawn', dollars(200_000), {
          currency: EUR,
          drawdowns: [
            { week: 2, amount: dollars(100_000) },
            { week: 5, amount: dollars(100_000) },
          ],
        }),
        source('maybe', 'term-sheet', dollars(1_000_000), {
          drawdowns: [{ week: 1, amount: dollars(1_000_000) }],
        }),
      ],
    });
    if (!flow.ok) throw flow.error;
    expect(flow.value.weeks.map((w) => [w.week, w.spending, w.drawdowns, w.balance])).toEqual([
      [1, dollars(100_000), dollars(250_000), dollars(150_000)],
      [2, dollars(300_000), dollars(108_500), dollars(-41_500)],
      [3, dollars(300_000), 0, dollars(-341_500)],
      [4, dollars(100_000), dollars(250_000), dollars(-191_500)],
      [5, 0, dollars(108_500), dollars(-83_000)],
    ]);
    expect(flow.value.firstShortWeek).toBe(2);
    expect(flow.value.lowestBalance).toBe(dollars(-341_500));
  });

  it('refuses a drawdown schedule that draws more than the source', () => {
    const flow = cashFlow({
      currency: USD,
      spending: [],
      exchangeRates: [],
      sources: [
        source('studio', 'closed', dollars(1), { drawdowns: [{ week: 1, amount: dollars(2) }] }),
      ],
    });
    expect(flow).toMatchObject({
      ok: false,
      error: { message: 'studio is scheduled to draw $2.00, more than its $1.00' },
    });
  });

  it('spreads a total evenly, to the cent', () => {
    expect(spreadEvenly(dollars(1_000), 3)).toEqual([33_334, 33_333, 33_333]);
  });
});

describe('greenlightGate', () => {
  const approved = { status: 'approved' as const, grandTotal: dollars(10_000_000) };

  it('opens when closed financing covers the approved budget', () => {
    expect(
      greenlightGate({ currency: USD, budget: approved, closedFinancing: dollars(10_000_000) }),
    ).toEqual({
      outcome: 'open',
    });
  });

  it('refuses, with the shortfall in words and in figures', () => {
    expect(
      greenlightGate({ currency: USD, budget: approved, closedFinancing: dollars(7_170_000) }),
    ).toEqual({
      outcome: 'refused',
      reasons: [
        {
          code: 'financing-short',
          message:
            'Closed financing of $7,170,000.00 is short of the approved budget of $10,000,000.00 by $2,830,000.00',
        },
      ],
      shortfall: dollars(2_830_000),
    });
  });

  it('refuses without an approved budget', () => {
    expect(
      greenlightGate({ currency: USD, budget: null, closedFinancing: dollars(1) }),
    ).toMatchObject({
      outcome: 'refused',
      reasons: [{ code: 'no-approved-budget', message: 'There is no approved budget' }],
      shortfall: null,
    });
    expect(
      greenlightGate({
        currency: USD,
        budget: { ...approved, status: 'submitted' },
        closedFinancing: dollars(1),
      }),
    ).toMatchObject({ reasons: [{ message: 'The budget is submitted, not approved' }] });
  });

  it('records an override with its reason and what it overrode; an open gate has nothing to override', () => {
    const gate = greenlightGate({
      currency: USD,
      budget: approved,
      closedFinancing: dollars(9_000_000),
    });
    expect(greenlightOverride(gate, '  Pre-sales close next week  ')).toEqual({
      ok: true,
      value: {
        reason: 'Pre-sales close next week',
        overridden: gate.outcome === 'refused' ? gate.reasons : [],
        shortfall: dollars(1_000_000),
      },
    });
    expect(greenlightOverride(gate, ' ')).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(greenlightOverride({ outcome: 'open' }, 'why')).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});
