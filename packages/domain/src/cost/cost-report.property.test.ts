import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBudget } from '../budget/compute-budget.js';
import { convertWithRates } from '../budget/exchange-rate.js';
import { calendarDate } from '../shared/calendar-date.js';
import type { MinorUnits } from '../shared/money.js';
import { randomBudget } from '../testing/random-budget.js';
import { randomSpendingDocuments } from '../testing/spending-documents.js';
import { codingLine, spendingDocument } from '../testing/spending-documents.js';
import { buildCostReport } from './build-cost-report.js';
import { costPostings, postSpendingDocuments } from './cost-ledger.js';
import { costReportBudgetOf, type CostReportBudget } from './cost-report-budget.js';
import type { CostFigures, CostReport } from './cost-report.js';
import type { SpendingDocument } from './spending-document.js';

const AS_OF = calendarDate('2026-03-15');

const budgets = new Map<number, CostReportBudget>();
const budgetFor = (seed: number): CostReportBudget => {
  let budget = budgets.get(seed);
  if (!budget) {
    const computed = computeBudget(randomBudget(seed, 30));
    if (!computed.ok) throw computed.error;
    budget = costReportBudgetOf(computed.value);
    budgets.set(seed, budget);
  }
  return budget;
};

// A handful of budgets (computing one is the slow part), many document sets; a few lines are coded to an
// account the budget does not have.
const arbCase = fc
  .record({
    budgetSeed: fc.integer({ min: 1, max: 4 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    count: fc.integer({ min: 0, max: 120 }),
    estimates: fc.array(
      fc.record({ index: fc.nat(), amount: fc.integer({ min: 0, max: 10_000_000 }) }),
      { maxLength: 8 },
    ),
  })
  .map(({ budgetSeed, seed, count, estimates }) => {
    const budget = budgetFor(budgetSeed);
    const accounts = [...budget.accounts.map((a) => a.accountNumber), '9999'];
    return {
      budget,
      documents: randomSpendingDocuments(seed, accounts, count, { days: 90 }),
      estimates: new Map(
        estimates.map((e) => [
          accounts[e.index % accounts.length] ?? '9999',
          e.amount as MinorUnits,
        ]),
      ),
    };
  });

const report = (c: {
  budget: CostReportBudget;
  documents: readonly SpendingDocument[];
  estimates: ReadonlyMap<string, MinorUnits>;
}): CostReport => {
  const result = buildCostReport({
    budget: c.budget,
    documents: c.documents,
    asOf: AS_OF,
    estimatesToComplete: c.estimates,
  });
  if (!result.ok) throw result.error;
  return result.value;
};

const KEYS = [
  'budget',
  'actualsToDate',
  'commitments',
  'estimateToComplete',
  'estimatedFinalCost',
] as const;

const expectIdentity = (f: CostFigures): void => {
  expect(f.estimatedFinalCost).toBe(f.actualsToDate + f.commitments + f.estimateToComplete);
  expect(f.variance).toBe(f.budget - f.estimatedFinalCost);
};

const expectSum = (total: CostFigures, parts: readonly CostFigures[]): void => {
  for (const key of KEYS) {
    expect(total[key]).toBe(parts.reduce((sum, p) => sum + p[key], 0));
  }
};

// An independent reading of what counts, line by line, for the conservation property.
const reference = (budget: CostReportBudget, documents: readonly SpendingDocument[]) => {
  const convert = (d: SpendingDocument, amount: number): number => {
    const converted = convertWithRates(
      amount as MinorUnits,
      d.currency,
      budget.currency,
      budget.exchangeRates,
    );
    if (!converted.ok) throw converted.error;
    return converted.value;
  };
  const relieved = new Map<string, number>();
  for (const d of documents) {
    if (d.kind !== 'invoice' || d.date > AS_OF || (d.status !== 'approved' && d.status !== 'paid'))
      continue;
    for (const line of d.lines) {
      if (line.liquidates === null || d.purchaseOrderId === null) continue;
      const key = `${d.purchaseOrderId}/${line.liquidates.purchaseOrderLineId}`;
      relieved.set(key, (relieved.get(key) ?? 0) + line.liquidates.amount);
    }
  }
  const actuals = new Map<string, number>();
  const commitments = new Map<string, number>();
  for (const d of documents) {
    if (d.date > AS_OF) continue;
    if (d.kind === 'purchase-order') {
      if (d.status !== 'committed' && d.status !== 'partly-liquidated') continue;
      for (const line of d.lines) {
        const open = Math.max(0, line.amount - (relieved.get(`${d.id}/${line.id}`) ?? 0));
        if (open === 0) continue;
        commitments.set(
          line.accountNumber,
          (commitments.get(line.accountNumber) ?? 0) + convert(d, open),
        );
      }
    } else if (d.status === 'approved' || d.status === 'paid') {
      for (const line of d.lines) {
        actuals.set(
          line.accountNumber,
          (actuals.get(line.accountNumber) ?? 0) + convert(d, line.amount),
        );
      }
    }
  }
  return { actuals, commitments };
};

const sum = (values: Iterable<number>): number => [...values].reduce((a, b) => a + b, 0);

describe('the cost report, over generated documents', () => {
  it('has estimated final cost = actuals + commitments + estimate to complete everywhere, and every roll-up is the sum of its parts', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const r = report(c);
        for (const section of r.sections) {
          section.rows.forEach(expectIdentity);
          expectIdentity(section.totals);
          expectSum(section.totals, section.rows);
        }
        r.unbudgeted.rows.forEach(expectIdentity);
        expectSum(r.unbudgeted.totals, r.unbudgeted.rows);
        expectIdentity(r.subtotal);
        expectSum(r.subtotal, [...r.sections.map((s) => s.totals), r.unbudgeted.totals]);
        r.items.forEach(expectIdentity);
        expectIdentity(r.grandTotal);
        expectSum(r.grandTotal, [r.subtotal, ...r.items]);
      }),
    );
  });

  it('conserves every minor unit from documents to accounts to the top sheet', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const r = report(c);
        const expected = reference(c.budget, c.documents);
        const rows = [...r.sections.flatMap((s) => s.rows), ...r.unbudgeted.rows];
        for (const row of rows) {
          expect(row.actualsToDate).toBe(expected.actuals.get(row.accountNumber) ?? 0);
          expect(row.commitments).toBe(expected.commitments.get(row.accountNumber) ?? 0);
        }
        // No account with costs is missing from the report.
        const reported = new Set(rows.map((row) => row.accountNumber));
        for (const account of [...expected.actuals.keys(), ...expected.commitments.keys()]) {
          expect(reported.has(account)).toBe(true);
        }
        expect(r.grandTotal.actualsToDate).toBe(sum(expected.actuals.values()));
        expect(r.grandTotal.commitments).toBe(sum(expected.commitments.values()));
        const ledger = postSpendingDocuments(c.documents, {
          currency: c.budget.currency,
          exchangeRates: c.budget.exchangeRates,
          asOf: AS_OF,
        });
        expect(ledger.actuals).toBe(r.grandTotal.actualsToDate);
        expect(ledger.commitments).toBe(r.grandTotal.commitments);
        // The drill-down lists exactly what the accounts hold.
        for (const row of rows) {
          const postings = costPostings(
            c.documents,
            { currency: c.budget.currency, exchangeRates: c.budget.exchangeRates, asOf: AS_OF },
            row.accountNumber,
          );
          expect(sum(postings.filter((p) => p.kind === 'actual').map((p) => p.amount))).toBe(
            row.actualsToDate,
          );
          expect(sum(postings.filter((p) => p.kind === 'commitment').map((p) => p.amount))).toBe(
            row.commitments,
          );
        }
      }),
    );
  });

  it('never counts a purchase order twice: relieved by invoices of the same amount, the account holds the order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 100 })), { maxLength: 10 }),
        (lineAmounts, bills) => {
          const order = spendingDocument(
            'po',
            'purchase-order',
            lineAmounts.map((amount, i) => codingLine(`p${i}`, `A${i % 2}`, amount)),
          );
          // Each bill relieves a share of what is left on one line, and spends exactly that.
          const left = [...lineAmounts];
          const invoices = bills.flatMap(([pick, percent], n) => {
            const i = pick % left.length;
            const amount = Math.floor(((left[i] ?? 0) * percent) / 100);
            if (amount === 0) return [];
            left[i] = (left[i] ?? 0) - amount;
            return [
              spendingDocument(
                `inv-${n}`,
                'invoice',
                [codingLine('x', `A${i % 2}`, amount, { liquidates: { line: `p${i}`, amount } })],
                { purchaseOrderId: 'po', status: n % 2 === 0 ? 'approved' : 'paid' },
              ),
            ];
          });
          const ledger = postSpendingDocuments([order, ...invoices], {
            currency: order.currency,
            exchangeRates: [],
            asOf: null,
          });
          for (const account of ['A0', 'A1']) {
            const cost = ledger.accounts.get(account);
            const ordered = lineAmounts.reduce(
              (s, a, i) => (i % 2 === Number(account[1]) ? s + a : s),
              0,
            );
            expect((cost?.actuals ?? 0) + (cost?.commitments ?? 0)).toBe(ordered);
          }
          expect(ledger.purchaseOrders.get(order.id)?.overrun).toBe(0);
        },
      ),
    );
  });
});
