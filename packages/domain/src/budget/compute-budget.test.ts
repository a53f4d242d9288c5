import { describe, expect, it } from 'vitest';
import { currencyCode, formatMoney, type MinorUnits } from '../shared/money.js';
import { budgetLine } from '../testing/budget-builders.js';
import { SMALL_BUDGET } from '../testing/small-budget.js';
import { applyLineEdit } from './apply-line-edit.js';
import { budgetProblemsOf } from './budget-problem.js';
import { budgetSummary } from './budget-summary.js';
import type { Budget } from './budget.js';
import { computeBudget } from './compute-budget.js';
import type { ComputedBudget } from './computed-budget.js';
import { computedLine } from './computed-budget-lines.js';
import { quantity } from './quantity.js';

const USD = currencyCode('USD');
const cents = (n: number) => n as MinorUnits;

const compute = (budget: Budget): ComputedBudget => {
  const result = computeBudget(budget);
  if (!result.ok) throw result.error;
  return result.value;
};

const problemCodes = (budget: Budget) => {
  const result = computeBudget(budget);
  return result.ok ? [] : budgetProblemsOf(result.error).map((p) => p.code);
};

describe('computeBudget on a small feature budget', () => {
  const computed = compute(SMALL_BUDGET);

  it('prints the top sheet worked out by hand', () => {
    const money = (n: number) => formatMoney(n as MinorUnits, USD);
    const printed = computed.topSheet.sections.map((section) => [
      section.label,
      money(section.total),
      ...section.rows.map((row) => `${row.accountNumber} ${row.name}: ${money(row.total)}`),
    ]);
    expect(printed).toEqual([
      [
        'Above the line',
        '$502,360.00',
        '1100 Story & Rights: $150,000.00',
        '1500 Cast: $290,000.00',
        '1900 ATL Fringes: $62,360.00',
      ],
      ['Below the line', '$79,301.50', '3300 Camera: $72,700.00', '3900 BTL Fringes: $6,601.50'],
      ['Post-production', '$43,802.45', '4100 Editorial: $43,802.45'],
      ['Other', '$60,000.00', '5200 Insurance: $60,000.00'],
    ]);
    expect(money(computed.subtotal)).toBe('$685,463.95');
    // 10 % of $685,463.95 is $68,546.395: half to even gives $68,546.40.
    // 2 % of $754,010.35 (subtotal + contingency) is $15,080.207 → $15,080.21.
    expect(
      computed.topSheet.items.map((item) => [item.name, money(item.base), money(item.amount)]),
    ).toEqual([
      ['Contingency', '$685,463.95', '$68,546.40'],
      ['Completion bond', '$754,010.35', '$15,080.21'],
    ]);
    expect(money(computed.grandTotal)).toBe('$769,090.56');
  });

  it('gives the summary the CLI prints as JSON', () => {
    expect(budgetSummary(computed)).toEqual({
      currency: 'USD',
      aboveTheLine: 50_236_000,
      belowTheLine: 7_930_150,
      post: 4_380_245,
      other: 6_000_000,
      subtotal: 68_546_395,
      contingency: 6_854_640,
      completionBond: 1_508_021,
      grandTotal: 76_909_056,
    });
  });

  it('works out each line: quantity from globals, currency, fringes once each', () => {
    expect(computedLine(computed, 'dp')).toMatchObject({ quantity: 20_000, total: 2_500_000 });
    expect(computedLine(computed, 'package')).toMatchObject({
      totalInLineCurrency: 2_000_000,
      total: 2_170_000,
      fringes: [],
    });
    expect(computedLine(computed, 'star')?.fringes).toEqual([
      { fringeId: 'payroll', amount: 765_000 },
      { fringeId: 'ph', amount: 4_375_000 },
    ]);
    expect(computedLine(computed, 'editor')).toMatchObject({
      total: 3_499_996,
      fringes: [
        { fringeId: 'payroll', amount: 267_750 },
        { fringeId: 'ph', amount: 612_499 },
      ],
      fringeAccountNumber: '4100',
    });
    expect(computedLine(computed, 'operators')?.fringes).toEqual([
      { fringeId: 'payroll', amount: 198_900 },
      { fringeId: 'hw', amount: 180_000 },
    ]);
    expect(Object.fromEntries(computed.fringeTotals)).toEqual({
      payroll: 306_000 + 765_000 + 191_250 + 198_900 + 267_750,
      ph: 700_000 + 4_375_000 + 612_499,
      hw: 90_000 + 90_000 + 180_000,
    });
  });

  it('applies a percentage fringe only between its threshold and its cap, and mirrors credits', () => {
    const budget: Budget = {
      ...SMALL_BUDGET,
      fringes: [
        {
          id: 'band',
          name: 'Band',
          kind: 'percentage',
          rateBp: 1_000,
          cap: cents(500_000),
          threshold: cents(100_000),
        },
      ],
      lines: [
        budgetLine('below', '1500', { rate: 80_000, fringes: ['band'] }),
        budgetLine('inside', '1500', { rate: 300_000, fringes: ['band'] }),
        budgetLine('above', '1500', { rate: 900_000, fringes: ['band'] }),
        budgetLine('credit', '1500', { rate: -300_000, fringes: ['band'] }),
      ],
    };
    const result = compute(budget);
    expect(
      ['below', 'inside', 'above', 'credit'].map((id) => computedLine(result, id)?.fringeTotal),
    ).toEqual([0, 20_000, 40_000, -20_000]);
  });

  it('updates every total after a line edit exactly as a full recompute does', () => {
    const edited = applyLineEdit(computed, {
      kind: 'update',
      line: budgetLine('operators', '3300', {
        description: 'Camera operators',
        amount: 21,
        unit: 'days',
        multiplier: 2,
        rate: 65_000,
        fringes: ['payroll', 'hw'],
      }),
    });
    if (!edited.ok) throw edited.error;
    const full = compute({
      ...SMALL_BUDGET,
      lines: SMALL_BUDGET.lines.map((line) =>
        line.id === 'operators'
          ? { ...line, amount: { kind: 'quantity', quantity: quantity(21) } }
          : line,
      ),
    });
    expect(edited.value.topSheet).toEqual(full.topSheet);
    // One more day for two operators: $1,300 + payroll $99.45 + H&W $90.
    expect(edited.value.subtotal - computed.subtotal).toBe(130_000 + 9_945 + 9_000);
  });
});

describe('computeBudget refuses what it cannot compute, as a result', () => {
  const withLines = (...lines: Budget['lines']): Budget => ({ ...SMALL_BUDGET, lines });

  it('names an unknown global and a circle of globals', () => {
    expect(
      problemCodes(withLines(budgetLine('x', '3300', { amount: 'NOPE', unit: 'days' }))),
    ).toEqual(['unknown-global']);
    const circle: Budget = {
      ...withLines(budgetLine('x', '3300', { amount: 'A', unit: 'days' })),
      globals: [
        { name: 'A', description: '', value: { kind: 'global', name: 'B' }, scheduleLink: null },
        { name: 'B', description: '', value: { kind: 'global', name: 'A' }, scheduleLink: null },
      ],
    };
    const result = computeBudget(circle);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.message).toBe(
      'The globals A → B → A refer to each other in a circle (and 1 more problems)',
    );
    expect(budgetProblemsOf(result.error).map((p) => p.code)).toEqual([
      'global-cycle',
      'unknown-global',
    ]);
  });

  it('names a missing exchange rate, an unknown fringe, a unit mismatch and a duplicate id', () => {
    expect(problemCodes(withLines(budgetLine('x', '3300', { rate: 1, currency: 'GBP' })))).toEqual([
      'missing-exchange-rate',
    ]);
    expect(
      problemCodes(withLines(budgetLine('x', '3300', { rate: 1, fringes: ['nope'] }))),
    ).toEqual(['unknown-fringe']);
    expect(
      problemCodes(withLines(budgetLine('x', '3300', { unit: 'weeks', rate: 1, fringes: ['hw'] }))),
    ).toEqual(['fringe-unit-mismatch']);
    expect(problemCodes(withLines(budgetLine('x', '3300'), budgetLine('x', '3300')))).toEqual([
      'duplicate-line',
    ]);
    expect(problemCodes(withLines(budgetLine('x', '3900')))).toEqual(['line-in-fringe-account']);
    expect(problemCodes(withLines(budgetLine('x', '9999')))).toEqual(['unknown-account']);
  });

  it('refuses a percentage item based on an item after it, and amounts beyond the limits', () => {
    expect(
      problemCodes({
        ...SMALL_BUDGET,
        percentageItems: [...SMALL_BUDGET.percentageItems].reverse(),
      }),
    ).toEqual(['invalid-percentage-item']);
    expect(
      problemCodes(
        withLines(budgetLine('x', '3300', { amount: 1_000_000, multiplier: 1_000, rate: 1e12 })),
      ),
    ).toEqual(['too-large']);
  });

  it('refuses an edit that breaks a rule, leaving the budget as it was', () => {
    const computed = compute(SMALL_BUDGET);
    const result = applyLineEdit(computed, { kind: 'add', line: budgetLine('rights', '1100') });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(budgetProblemsOf(result.error)[0]?.code).toBe('duplicate-line');
    const unknown = applyLineEdit(computed, { kind: 'remove', lineId: 'nope' });
    expect(!unknown.ok && budgetProblemsOf(unknown.error)[0]?.code).toBe('unknown-line');
    expect(computed.grandTotal).toBe(76_909_056);
  });
});
