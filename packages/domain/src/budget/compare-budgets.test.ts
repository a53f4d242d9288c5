import { describe, expect, it } from 'vitest';
import { currencyCode } from '../shared/money.js';
import { budgetLine } from '../testing/budget-builders.js';
import { SMALL_BUDGET } from '../testing/small-budget.js';
import type { Budget } from './budget.js';
import { compareBudgets } from './compare-budgets.js';
import { computeBudget } from './compute-budget.js';
import type { ComputedBudget } from './computed-budget.js';
import { quantity } from './quantity.js';

const compute = (budget: Budget): ComputedBudget => {
  const result = computeBudget(budget);
  if (!result.ok) throw result.error;
  return result.value;
};

describe('compareBudgets', () => {
  const before = compute(SMALL_BUDGET);
  const revised: Budget = {
    ...SMALL_BUDGET,
    globals: SMALL_BUDGET.globals.map((g) =>
      g.name === 'SHOOT_DAYS' ? { ...g, value: { kind: 'quantity', quantity: quantity(21) } } : g,
    ),
    lines: [
      ...SMALL_BUDGET.lines
        .filter((line) => line.id !== 'insurance')
        .map((line) =>
          line.id === 'star'
            ? { ...line, rate: 27_500_000 as typeof line.rate, description: 'Star (pay or play)' }
            : line,
        ),
      budgetLine('steadicam', '3300', {
        description: 'Steadicam',
        amount: 5,
        unit: 'days',
        rate: 150_000,
      }),
    ],
  };
  const after = compute(revised);

  it('lists added, removed and changed lines, with the fields and figures that moved', () => {
    const result = compareBudgets(before, after);
    if (!result.ok) throw result.error;
    const comparison = result.value;
    expect(comparison.lines).toEqual([
      {
        kind: 'changed',
        lineId: 'star',
        accountNumber: '1500',
        description: 'Star (pay or play)',
        fields: ['description', 'rate'],
        // $275,000 + payroll (capped) $7,650 + P&H $48,125.
        before: { quantity: 1_000, total: 30_140_000 },
        after: { quantity: 1_000, total: 33_077_500 },
        delta: 2_937_500,
      },
      {
        kind: 'changed',
        lineId: 'dp',
        accountNumber: '3300',
        description: 'Director of photography',
        fields: [],
        // One more crew day through CREW_DAYS → SHOOT_DAYS: 21 × $1,250 = $26,250, payroll 7.65 % of it
        // is $2,008.125 → $2,008.12 (half to even), H&W 21 × $45.
        before: { quantity: 20_000, total: 2_781_250 },
        after: { quantity: 21_000, total: 2_920_312 },
        delta: 139_062,
      },
      {
        kind: 'added',
        lineId: 'steadicam',
        accountNumber: '3300',
        description: 'Steadicam',
        after: { quantity: 5_000, total: 750_000 },
        delta: 750_000,
      },
      {
        kind: 'removed',
        lineId: 'insurance',
        accountNumber: '5200',
        description: 'Production package',
        before: { quantity: 1_000, total: 6_000_000 },
        delta: -6_000_000,
      },
    ]);
    expect(comparison.unchangedLines).toBe(5);
    expect(comparison.globals).toEqual([
      { name: 'SHOOT_DAYS', before: 20_000, after: 21_000 },
      { name: 'CREW_DAYS', before: 20_000, after: 21_000 },
    ]);
    expect(comparison.accounts.map((a) => [a.accountNumber, a.delta])).toEqual([
      ['1500', 2_500_000],
      ['1900', 437_500],
      ['3300', 125_000 + 750_000],
      ['3900', 9_562 + 4_500],
      ['5200', -6_000_000],
    ]);
    const lineDeltas = comparison.lines.reduce((sum, line) => sum + line.delta, 0);
    expect(comparison.subtotal.delta).toBe(lineDeltas);
    expect(comparison.sections['other'].delta).toBe(-6_000_000);
    expect(comparison.grandTotal).toEqual({
      before: before.grandTotal,
      after: after.grandTotal,
      delta: after.grandTotal - before.grandTotal,
    });
    expect(comparison.grandTotal.delta).toBe(
      comparison.subtotal.delta +
        comparison.percentageItems.reduce((sum, item) => sum + item.delta, 0),
    );
  });

  it('finds nothing between a budget and itself, and refuses two currencies', () => {
    const same = compareBudgets(before, before);
    expect(same).toMatchObject({ ok: true, value: { lines: [], accounts: [], unchangedLines: 8 } });
    const euros = compute({
      ...SMALL_BUDGET,
      currency: currencyCode('EUR'),
      exchangeRates: [],
      lines: [],
    });
    expect(compareBudgets(before, euros).ok).toBe(false);
  });
});
