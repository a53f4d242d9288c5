import { describe, expect, it } from 'vitest';
import { computeBudget } from '../budget/compute-budget.js';
import { calendarDate } from '../shared/calendar-date.js';
import type { MinorUnits } from '../shared/money.js';
import { SMALL_BUDGET } from '../testing/small-budget.js';
import { codingLine, spendingDocument } from '../testing/spending-documents.js';
import { buildCostReport, type CostReportOptions } from './build-cost-report.js';
import type { SpendingDocument } from './spending-document.js';
import { costReportBudgetOf } from './cost-report-budget.js';
import { costReportSnapshot } from './cost-report-snapshot.js';
import type { CostReport, CostReportRow } from './cost-report.js';
import { overageCoverage } from './overage-coverage.js';

const computed = (() => {
  const result = computeBudget(SMALL_BUDGET);
  if (!result.ok) throw result.error;
  return result.value;
})();
const budget = costReportBudgetOf(computed);
const AS_OF = calendarDate('2026-03-31');
const m = (n: number) => n as MinorUnits;

const DOCUMENTS = [
  spendingDocument('po-1', 'purchase-order', [codingLine('p1', '3300', 5_000_000)], {
    status: 'partly-liquidated',
  }),
  spendingDocument(
    'inv-1',
    'invoice',
    [codingLine('a', '3300', 2_000_000, { liquidates: { line: 'p1', amount: 2_000_000 } })],
    { purchaseOrderId: 'po-1' },
  ),
  spendingDocument('cr-1', 'check-request', [codingLine('a', '3300', 500_000)], { status: 'paid' }),
  spendingDocument('inv-2', 'invoice', [codingLine('a', '4100', 5_000_000)], { status: 'paid' }),
  spendingDocument('cc-1', 'card-transaction', [codingLine('a', '9999', 1_234)]),
];

const build = (
  extra: Partial<CostReportOptions> & { documents?: readonly SpendingDocument[] } = {},
): CostReport => {
  const result = buildCostReport({
    budget,
    documents: extra.documents ?? DOCUMENTS,
    asOf: AS_OF,
    estimatesToComplete: new Map([['1100', m(10_000_000)]]),
    ...extra,
  });
  if (!result.ok) throw result.error;
  return result.value;
};

const rowOf = (report: CostReport, account: string): CostReportRow => {
  const row = [...report.sections.flatMap((s) => s.rows), ...report.unbudgeted.rows].find(
    (r) => r.accountNumber === account,
  );
  if (!row) throw new Error(`no row ${account}`);
  return row;
};

describe('buildCostReport', () => {
  const report = build();

  it('reports every account of the budget, fringe accounts included, in top-sheet order', () => {
    expect(report.sections.map((s) => s.rows.map((r) => r.accountNumber))).toEqual([
      ['1100', '1500', '1900'],
      ['3300', '3900'],
      ['4100'],
      ['5200'],
    ]);
    expect(report.subtotal.budget).toBe(computed.subtotal);
    expect(report.grandTotal.budget).toBe(computed.grandTotal);
  });

  it('works out actuals, commitments, the default estimate to complete and the variance', () => {
    // Camera: $72,700 budget; $20,000 invoiced against a $50,000 PO and a $5,000 check request.
    expect(rowOf(report, '3300')).toEqual({
      accountNumber: '3300',
      name: 'Camera',
      section: 'below-the-line',
      budget: 7_270_000,
      actualsToDate: 2_500_000,
      commitments: 3_000_000,
      estimateToComplete: 1_770_000,
      estimatedFinalCost: 7_270_000,
      variance: 0,
      changeSinceLastReport: null,
      estimateSource: 'default',
      overBudget: false,
    });
    // Editorial: $43,802.45 budget, a $50,000 invoice: the default never hides the overage.
    expect(rowOf(report, '4100')).toMatchObject({
      budget: 4_380_245,
      actualsToDate: 5_000_000,
      estimateToComplete: 0,
      estimatedFinalCost: 5_000_000,
      variance: -619_755,
      overBudget: true,
    });
  });

  it('uses an entered estimate to complete in place of the default', () => {
    expect(rowOf(report, '1100')).toMatchObject({
      budget: 15_000_000,
      estimateToComplete: 10_000_000,
      estimatedFinalCost: 10_000_000,
      variance: 5_000_000,
      estimateSource: 'entered',
    });
  });

  it('reports costs coded outside the budget apart, and counts them in the totals', () => {
    expect(report.unbudgeted.rows).toEqual([
      expect.objectContaining({ accountNumber: '9999', section: null, actualsToDate: 1_234 }),
    ]);
    expect(report.subtotal.actualsToDate).toBe(2_500_000 + 5_000_000 + 1_234);
    expect(report.grandTotal.commitments).toBe(3_000_000);
  });

  it('forecasts the percentage items at their budget unless an estimate is entered', () => {
    expect(report.items.map((i) => [i.id, i.estimateSource, i.variance])).toEqual(
      computed.percentageItems.map((i) => [i.id, 'default', 0]),
    );
    const contingency = computed.percentageItems[0];
    if (!contingency) throw new Error('the small budget has contingency');
    const drawn = build({ itemEstimates: new Map([[contingency.id, m(0)]]) });
    expect(drawn.items[0]).toMatchObject({
      estimatedFinalCost: 0,
      variance: contingency.amount,
      estimateSource: 'entered',
    });
  });

  it('says how each estimated final cost moved since the last report', () => {
    const previous = costReportSnapshot(report);
    const withLater = build({
      previous,
      asOf: calendarDate('2026-04-07'),
      documents: [
        ...DOCUMENTS,
        spendingDocument('cr-2', 'check-request', [codingLine('a', '4100', 100_000)], {
          date: '2026-04-02',
        }),
      ],
    });
    expect(withLater.previousAsOf).toBe('2026-03-31');
    expect(rowOf(withLater, '4100').changeSinceLastReport).toBe(100_000);
    expect(rowOf(withLater, '3300').changeSinceLastReport).toBe(0);
    expect(withLater.grandTotal.changeSinceLastReport).toBe(100_000);
    expect(report.grandTotal.changeSinceLastReport).toBeNull();
  });

  it('adds actuals from outside the documents, such as approved labour', () => {
    const withLabour = build({
      otherActuals: new Map([
        ['3300', m(300_000)],
        ['3900', m(45_000)],
        ['8888', m(10)],
      ]),
    });
    expect(rowOf(withLabour, '3300')).toMatchObject({
      actualsToDate: 2_800_000,
      commitments: 3_000_000,
      estimateToComplete: 1_470_000,
    });
    expect(rowOf(withLabour, '3900').actualsToDate).toBe(45_000);
    expect(rowOf(withLabour, '8888').section).toBeNull();
    expect(withLabour.grandTotal.actualsToDate).toBe(report.grandTotal.actualsToDate + 345_010);
  });

  it('refuses a negative estimate', () => {
    const result = buildCostReport({
      budget,
      documents: [],
      asOf: AS_OF,
      estimatesToComplete: new Map([['3300', m(-1)]]),
    });
    expect(!result.ok && result.error.message).toBe(
      'The estimate to complete for account 3300 must be zero or more whole minor units',
    );
  });
});

describe('overageCoverage', () => {
  const report = build();

  it('lists the accounts over budget with what approved overages cover', () => {
    expect(overageCoverage(report, [{ accountNumber: '4100', amount: m(500_000) }])).toEqual([
      {
        accountNumber: '4100',
        name: 'Editorial',
        section: 'post',
        overage: 619_755,
        approved: 500_000,
        uncovered: 119_755,
        covered: false,
      },
      {
        accountNumber: '9999',
        name: 'Not in the budget',
        section: null,
        overage: 1_234,
        approved: 0,
        uncovered: 1_234,
        covered: false,
      },
    ]);
    const covered = overageCoverage(report, [
      { accountNumber: '4100', amount: m(600_000) },
      { accountNumber: '4100', amount: m(19_755) },
      { accountNumber: '9999', amount: m(2_000) },
    ]);
    expect(covered.every((c) => c.covered)).toBe(true);
  });
});
