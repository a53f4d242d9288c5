import { describe, expect, it } from 'vitest';
import { computeBudget } from '../budget/compute-budget.js';
import { buildCostReport } from '../cost/build-cost-report.js';
import { costReportBudgetOf } from '../cost/cost-report-budget.js';
import { overageCoverage } from '../cost/overage-coverage.js';
import { calendarDate, instant } from '../shared/calendar-date.js';
import type { MinorUnits } from '../shared/money.js';
import { SMALL_BUDGET } from '../testing/small-budget.js';
import { codingLine, spendingDocument } from '../testing/spending-documents.js';
import { buildCostReportDocument } from './build-cost-report-document.js';
import { buildCostReportTable } from './build-cost-report-table.js';

const report = (() => {
  const computed = computeBudget(SMALL_BUDGET);
  if (!computed.ok) throw computed.error;
  const result = buildCostReport({
    budget: costReportBudgetOf(computed.value),
    documents: [
      spendingDocument('po-1', 'purchase-order', [codingLine('p1', '3300', 5_000_000)], {
        number: 'PO 1',
      }),
      spendingDocument(
        'inv-1',
        'invoice',
        [codingLine('a', '3300', 6_000_000, { liquidates: { line: 'p1', amount: 5_000_000 } })],
        { purchaseOrderId: 'po-1' },
      ),
      spendingDocument('cc-1', 'card-transaction', [codingLine('a', '9999', 1_234)]),
    ],
    asOf: calendarDate('2026-03-31'),
    estimatesToComplete: new Map([['1100', 10_000_000 as MinorUnits]]),
  });
  if (!result.ok) throw result.error;
  return result.value;
})();

describe('buildCostReportTable', () => {
  const table = buildCostReportTable(report);

  it('keeps money as minor units in typed columns', () => {
    expect(table.title).toBe('Cost report');
    expect(table.columns.map((c) => [c.key, c.kind])).toEqual([
      ['acct', 'text'],
      ['name', 'text'],
      ['budget', 'money'],
      ['actuals', 'money'],
      ['commitments', 'money'],
      ['etc', 'money'],
      ['efc', 'money'],
      ['variance', 'money'],
      ['change', 'money'],
    ]);
    expect(table.rows.find((r) => r['acct'] === '3300')).toEqual({
      acct: '3300',
      name: 'Camera',
      budget: 7_270_000,
      actuals: 6_000_000,
      commitments: 0,
      etc: 1_270_000,
      efc: 7_270_000,
      variance: 0,
      change: null,
    });
  });

  it('closes each section with its totals, then the unbudgeted accounts, subtotal, items and grand total', () => {
    const names = table.rows.filter((r) => r['acct'] === undefined).map((r) => r['name']);
    expect(names).toEqual([
      'ABOVE THE LINE',
      'Total above the line',
      'BELOW THE LINE',
      'Total below the line',
      'POST-PRODUCTION',
      'Total post-production',
      'OTHER',
      'Total other',
      'NOT IN THE BUDGET',
      'Total not in the budget',
      'Subtotal',
      ...report.items.map((i) => i.name),
      'Grand total',
    ]);
    expect(table.rows.at(-1)?.['efc']).toBe(report.grandTotal.estimatedFinalCost);
  });
});

describe('buildCostReportDocument', () => {
  const document = buildCostReportDocument(report, {
    title: 'The Harbour Light',
    generatedAt: instant('2026-03-31T16:00:00Z'),
    timeZone: 'Europe/Warsaw',
    overages: overageCoverage(report, []),
  });

  it('prints the sections, the totals, overages and overrun purchase orders', () => {
    expect(document.title).toBe('Cost report');
    expect(document.subtitle).toBe('The Harbour Light · as of 31 Mar 2026');
    expect(document.sections.map((s) => s.heading)).toEqual([
      'Cost report · Above the line',
      'Cost report · Below the line',
      'Cost report · Post-production',
      'Cost report · Other',
      'Cost report · Not in the budget',
      'Cost report · Totals',
      'Overages',
      'Purchase orders invoiced above their amount',
    ]);
    expect(document.sections[0]?.rows[0]).toMatchObject({
      acct: '1100',
      name: 'Story & Rights *',
      efc: '$100,000.00',
      variance: '$50,000.00',
      change: '',
    });
    expect(document.sections[6]?.rows).toEqual([
      {
        acct: '9999',
        name: 'Not in the budget',
        overage: '$12.34',
        approved: '$0.00',
        uncovered: '$12.34',
      },
    ]);
    expect(document.sections[7]?.rows).toEqual([
      { number: 'PO 1', amount: '$50,000.00', invoiced: '$60,000.00', overrun: '$10,000.00' },
    ]);
    expect(document.meta).toContainEqual({ label: 'Previous report', value: 'none' });
  });
});
