import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyDecimals } from '../shared/money.js';
import { randomBudget, randomLineEdits } from '../testing/random-budget.js';
import { applyLineEdit, type LineEdit } from './apply-line-edit.js';
import { BUDGET_SECTIONS } from './budget-section.js';
import type { Budget } from './budget.js';
import { computeBudget } from './compute-budget.js';
import type { ComputedBudget } from './computed-budget.js';
import { budgetOf, computedLines } from './computed-budget-lines.js';
import type { DetailLine } from './detail-line.js';
import type { Fringe } from './fringe.js';

const RUNS = { numRuns: 150 };

const arbBudget = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    lines: fc.integer({ min: 0, max: 150 }),
  })
  .map(({ seed, lines }) => randomBudget(seed, lines));

const compute = (budget: Budget): ComputedBudget => {
  const result = computeBudget(budget);
  if (!result.ok) throw result.error;
  return result.value;
};

// An independent reading of the rounding rule, in bigint: n / d to the nearest, exact halves to even.
const reference = (n: bigint, d: bigint): number => {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  let q = abs / d;
  const twice = (abs % d) * 2n;
  if (twice > d || (twice === d && q % 2n === 1n)) q += 1n;
  return Number(negative ? -q : q);
};

const referenceLineTotal = (budget: Budget, line: DetailLine): number => {
  const quantity =
    line.amount.kind === 'quantity'
      ? line.amount.quantity
      : resolveGlobal(budget, line.amount.name);
  const own = reference(BigInt(quantity) * BigInt(line.multiplier) * BigInt(line.rate), 1_000_000n);
  if (line.currency === budget.currency) return own;
  const rate = budget.exchangeRates.find((r) => r.currency === line.currency);
  if (!rate) throw new Error('the generator gives every currency a rate');
  return reference(
    BigInt(own) * BigInt(rate.perUnitMicros) * 10n ** BigInt(currencyDecimals(budget.currency)),
    10n ** BigInt(currencyDecimals(line.currency)) * 1_000_000n,
  );
};

const resolveGlobal = (budget: Budget, name: string): number => {
  const global = budget.globals.find((g) => g.name === name);
  if (!global) throw new Error(`no global ${name}`);
  return global.value.kind === 'quantity'
    ? global.value.quantity
    : resolveGlobal(budget, global.value.name);
};

const referenceFringe = (
  fringe: Fringe,
  total: number,
  quantity: number,
  line: DetailLine,
): number => {
  if (fringe.kind === 'flat-per-unit') {
    return reference(
      BigInt(quantity) * BigInt(line.multiplier) * BigInt(fringe.amount),
      1_000_000n,
    );
  }
  const abs = Math.abs(total);
  const top = fringe.cap === null ? abs : Math.min(abs, fringe.cap);
  const part = Math.max(0, top - (fringe.threshold ?? 0));
  const amount = reference(BigInt(part) * BigInt(fringe.rateBp), 10_000n);
  return total < 0 && amount !== 0 ? -amount : amount;
};

const sum = (values: Iterable<number>): number => {
  let total = 0;
  for (const value of values) total += value;
  return total;
};

describe('computeBudget (properties)', () => {
  it('the grand total equals the sum of its parts, at every level, to the minor unit', () => {
    fc.assert(
      fc.property(arbBudget, (budget) => {
        const computed = compute(budget);
        const lines = computedLines(computed);
        for (const [number, account] of computed.accounts) {
          expect(account.lines).toBe(
            sum(lines.filter((l) => l.line.accountNumber === number).map((l) => l.total)),
          );
          expect(account.fringes).toBe(
            sum(lines.filter((l) => l.fringeAccountNumber === number).map((l) => l.fringeTotal)),
          );
          expect(account.total).toBe(account.lines + account.fringes);
        }
        for (const section of computed.topSheet.sections) {
          expect(section.total).toBe(sum(section.rows.map((row) => row.total)));
          expect(section.total).toBe(computed.sections[section.section].total);
        }
        expect(computed.subtotal).toBe(sum(BUDGET_SECTIONS.map((s) => computed.sections[s].total)));
        expect(computed.subtotal).toBe(sum(lines.map((l) => l.total + l.fringeTotal)));
        const amounts = new Map<string, number>();
        for (const [index, item] of computed.percentageItems.entries()) {
          const definition = budget.percentageItems[index];
          if (!definition) throw new Error('one computed item per item');
          const base =
            sum(definition.base.sections.map((s) => computed.sections[s].total)) +
            sum(definition.base.items.map((id) => amounts.get(id) ?? NaN));
          expect(item.base).toBe(base);
          expect(item.amount).toBe(reference(BigInt(base) * BigInt(item.rateBp), 10_000n));
          amounts.set(item.id, item.amount);
        }
        expect(computed.grandTotal).toBe(computed.subtotal + sum(amounts.values()));
      }),
      RUNS,
    );
  });

  it('applies each fringe exactly once to each line assigned to it, and to no other', () => {
    fc.assert(
      fc.property(arbBudget, (budget) => {
        const computed = compute(budget);
        const fringes = new Map(budget.fringes.map((f) => [f.id, f]));
        const expectedTotals = new Map(budget.fringes.map((f) => [f.id, 0]));
        for (const line of computedLines(computed)) {
          const assigned = [...new Set(line.line.fringeIds)];
          expect(line.total).toBe(referenceLineTotal(budget, line.line));
          expect(line.fringes.map((f) => f.fringeId)).toEqual(assigned);
          for (const applied of line.fringes) {
            const fringe = fringes.get(applied.fringeId);
            if (!fringe) throw new Error('fringes exist');
            const expected = referenceFringe(fringe, line.total, line.quantity, line.line);
            expect(applied.amount).toBe(expected);
            expectedTotals.set(fringe.id, (expectedTotals.get(fringe.id) ?? 0) + expected);
          }
          expect(line.fringeTotal).toBe(sum(line.fringes.map((f) => f.amount)));
        }
        expect(new Map(computed.fringeTotals)).toEqual(expectedTotals);
      }),
      RUNS,
    );
  });

  it('an incremental edit gives exactly what a full recompute of the edited budget gives', () => {
    fc.assert(
      fc.property(
        arbBudget,
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 40 }),
        (budget, seed, count) => {
          const edits = randomLineEdits(seed, budget, count);
          let computed = compute(budget);
          let lines: DetailLine[] = [...budget.lines];
          for (const edit of edits) {
            const result = applyLineEdit(computed, edit);
            if (!result.ok) throw result.error;
            computed = result.value;
            lines = applyToArray(lines, edit);
          }
          const full = compute({ ...budget, lines });
          expect(budgetOf(computed)).toEqual({ ...budget, lines });
          expect(comparable(computed)).toEqual(comparable(full));
        },
      ),
      RUNS,
    );
  });

  it('keeps earlier versions intact: an edit never changes the budget it was applied to', () => {
    const budget = randomBudget(7, 300);
    const before = compute(budget);
    const snapshot = comparable(before);
    let current = before;
    for (const edit of randomLineEdits(8, budget, 200)) {
      const result = applyLineEdit(current, edit);
      if (!result.ok) throw result.error;
      current = result.value;
    }
    expect(comparable(before)).toEqual(snapshot);
    expect(budgetOf(before)).toEqual(budget);
  });
});

const applyToArray = (lines: DetailLine[], edit: LineEdit): DetailLine[] => {
  switch (edit.kind) {
    case 'add':
      return [...lines, edit.line];
    case 'remove':
      return lines.filter((line) => line.id !== edit.lineId);
    case 'update':
      return lines.map((line) => (line.id === edit.line.id ? edit.line : line));
  }
};

/** Everything a caller can read, without the engine's internal layout. */
const comparable = (computed: ComputedBudget) => ({
  accounts: [...computed.accounts],
  sections: computed.sections,
  fringeTotals: [...computed.fringeTotals],
  subtotal: computed.subtotal,
  items: computed.percentageItems,
  grandTotal: computed.grandTotal,
  topSheet: computed.topSheet,
  lines: computedLines(computed),
  lineCount: computed.lineCount,
});
