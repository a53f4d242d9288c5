import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBudget } from '../budget/compute-budget.js';
import { buildCostReport } from '../cost/build-cost-report.js';
import { postSpendingDocuments } from '../cost/cost-ledger.js';
import { costReportBudgetOf, type CostReportBudget } from '../cost/cost-report-budget.js';
import { addDays, type Weekday } from '../schedule/calendar/date-arithmetic.js';
import { calendarDate } from '../shared/calendar-date.js';
import { randomBudget } from '../testing/random-budget.js';
import { randomSpendingDocuments } from '../testing/spending-documents.js';
import { buildProgressReport } from './build-progress-report.js';

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

const arbCase = fc
  .record({
    budgetSeed: fc.integer({ min: 1, max: 3 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    count: fc.integer({ min: 0, max: 80 }),
    asOfDay: fc.integer({ min: 0, max: 100 }),
    weekStartsOn: fc.integer({ min: 1, max: 7 }),
  })
  .map(({ budgetSeed, seed, count, asOfDay, weekStartsOn }) => {
    const budget = budgetFor(budgetSeed);
    const accounts = [...budget.accounts.map((a) => a.accountNumber), '9999'];
    const documents = randomSpendingDocuments(seed, accounts, count, { days: 90 });
    const asOf = addDays(calendarDate('2026-01-05'), asOfDay);
    const built = buildCostReport({ budget, documents, asOf });
    if (!built.ok) throw built.error;
    const report = buildProgressReport({
      costReport: built.value,
      documents,
      exchangeRates: budget.exchangeRates,
      weekStartsOn: weekStartsOn as Weekday,
      financing: null,
      shootDays: null,
    });
    return { budget, documents, asOf, costReport: built.value, report };
  });

describe('buildProgressReport (properties)', () => {
  it('ends the spend series on the cost report’s actuals and commitments', () => {
    fc.assert(
      fc.property(arbCase, ({ costReport, report }) => {
        const last = report.spend.at(-1);
        expect(last?.actuals ?? 0).toBe(costReport.grandTotal.actualsToDate);
        expect(last?.actualsAndCommitments ?? 0).toBe(
          costReport.grandTotal.actualsToDate + costReport.grandTotal.commitments,
        );
        expect(report.undatedActuals).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('gives every week the ledger as it stood at the week’s end, in unbroken weeks', () => {
    fc.assert(
      fc.property(arbCase, ({ budget, documents, report }) => {
        report.spend.forEach((week, i) => {
          const ledger = postSpendingDocuments(documents, {
            currency: budget.currency,
            exchangeRates: budget.exchangeRates,
            asOf: week.through,
          });
          expect(week.actuals).toBe(ledger.actuals);
          expect(week.actualsAndCommitments).toBe(ledger.actuals + ledger.commitments);
          if (i > 0) {
            expect(week.weekStarting).toBe(
              addDays(report.spend[i - 1]?.weekStarting ?? week.weekStarting, 7),
            );
            // Spent money stays spent.
            expect(week.actuals).toBeGreaterThanOrEqual(report.spend[i - 1]?.actuals ?? 0);
          }
        });
      }),
      { numRuns: 80 },
    );
  });

  it('has section variances that add up to the total variance, and ordered variance lists', () => {
    fc.assert(
      fc.property(arbCase, ({ report }) => {
        expect(report.sections.reduce((sum, s) => sum + s.variance, 0)).toBe(
          report.totals.variance,
        );
        for (const [a, b] of report.overBudget.slice(1).map((v, i) => [report.overBudget[i], v])) {
          expect(a?.variance ?? 0).toBeLessThanOrEqual(b?.variance ?? 0);
        }
        expect(report.overBudget.every((v) => v.variance < 0)).toBe(true);
        expect(report.underBudget.every((v) => v.variance > 0)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
