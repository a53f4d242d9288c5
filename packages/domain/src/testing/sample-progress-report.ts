import { buildCostReport } from '../cost/build-cost-report.js';
import type { CostReportBudget } from '../cost/cost-report-budget.js';
import type { CostReport } from '../cost/cost-report.js';
import { NO_TERMS, type FinancingSource } from '../financing/financing-source.js';
import {
  buildProgressReport,
  type ProgressReportInput,
} from '../progress/build-progress-report.js';
import type { ProgressReport } from '../progress/progress-report.js';
import { calendarDate } from '../shared/calendar-date.js';
import { currencyCode, type MinorUnits } from '../shared/money.js';
import { codingLine, spendingDocument } from './spending-documents.js';

// A progress report worked out by hand (build-progress-report.test.ts checks every figure): three accounts
// and a contingency in dollars, five documents over three weeks, one closed and one committed deal, and a
// four-day shoot half shot on the report date.

const USD = currencyCode('USD');
const m = (n: number) => n as MinorUnits;
const d = calendarDate;

// Three accounts and a contingency, all in dollars (minor units are cents).
const BUDGET: CostReportBudget = {
  currency: USD,
  exchangeRates: [],
  accounts: [
    {
      accountNumber: '1100',
      name: 'Story & rights',
      section: 'above-the-line',
      budget: m(10_000_000),
    },
    { accountNumber: '3300', name: 'Camera', section: 'below-the-line', budget: m(5_000_000) },
    { accountNumber: '4100', name: 'Editorial', section: 'post', budget: m(2_000_000) },
  ],
  items: [{ id: 'contingency', name: 'Contingency', budget: m(1_000_000) }],
};

// Week of Mon 2 Mar: a $30,000 camera order, $10,000 of it invoiced on the 4th. Week of 9 Mar: a paid
// $25,000 editorial invoice and a $40,000 check request for the rights. A draft counts nowhere.
const DOCUMENTS = [
  spendingDocument('po-1', 'purchase-order', [codingLine('p1', '3300', 3_000_000)], {
    status: 'partly-liquidated',
    date: '2026-03-02',
  }),
  spendingDocument(
    'inv-1',
    'invoice',
    [codingLine('a', '3300', 1_000_000, { liquidates: { line: 'p1', amount: 1_000_000 } })],
    { purchaseOrderId: 'po-1', date: '2026-03-04' },
  ),
  spendingDocument('inv-2', 'invoice', [codingLine('a', '4100', 2_500_000)], {
    status: 'paid',
    date: '2026-03-10',
  }),
  spendingDocument('cr-1', 'check-request', [codingLine('a', '1100', 4_000_000)], {
    date: '2026-03-12',
  }),
  spendingDocument('inv-3', 'invoice', [codingLine('a', '1100', 9_900_000)], {
    status: 'draft',
    date: '2026-03-11',
  }),
];

export const SAMPLE_PROGRESS_AS_OF = d('2026-03-18');

const costReport = (): CostReport => {
  const built = buildCostReport({
    budget: BUDGET,
    documents: DOCUMENTS,
    asOf: SAMPLE_PROGRESS_AS_OF,
    // Camera expects $35,000 more (over by $15,000); the rights $50,000 more (under by $10,000).
    estimatesToComplete: new Map([
      ['3300', m(3_500_000)],
      ['1100', m(5_000_000)],
    ]),
  });
  if (!built.ok) throw built.error;
  return built.value;
};

const source = (
  fields: Partial<FinancingSource> & Pick<FinancingSource, 'id'>,
): FinancingSource => ({
  name: fields.id,
  kind: 'equity',
  status: 'closed',
  amount: m(15_000_000),
  currency: USD,
  terms: NO_TERMS,
  conditions: [],
  drawdowns: [],
  ...fields,
});

export const SAMPLE_FINANCING: NonNullable<ProgressReportInput['financing']> = {
  firstWeek: d('2026-03-02'),
  sources: [
    source({
      id: 'Harbour Equity',
      drawdowns: [
        { week: 1, amount: m(5_000_000) },
        { week: 3, amount: m(5_000_000) },
        { week: 5, amount: m(5_000_000) },
      ],
    }),
    // Committed, not closed: counted on by nobody yet.
    source({
      id: 'Northern Bank',
      status: 'committed',
      amount: m(5_000_000),
      drawdowns: [{ week: 1, amount: m(5_000_000) }],
    }),
  ],
};

export const SAMPLE_SHOOT_DAYS = [
  { date: d('2026-03-16'), eighths: 8 },
  { date: d('2026-03-17'), eighths: 12 },
  { date: d('2026-03-18'), eighths: 10 },
  { date: d('2026-03-19'), eighths: 16 },
];

/** The sample's inputs, with `extra` in place of any of them. */
export const sampleProgressReportInput = (
  extra: Partial<ProgressReportInput> = {},
): ProgressReportInput => ({
  costReport: costReport(),
  documents: DOCUMENTS,
  exchangeRates: [],
  weekStartsOn: 1,
  financing: SAMPLE_FINANCING,
  shootDays: SAMPLE_SHOOT_DAYS,
  ...extra,
});

export const sampleProgressReport = (extra: Partial<ProgressReportInput> = {}): ProgressReport =>
  buildProgressReport(sampleProgressReportInput(extra));
