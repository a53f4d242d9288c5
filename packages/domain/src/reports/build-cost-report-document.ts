import type { CostFigures, CostReport, CostReportRow } from '../cost/cost-report.js';
import type { OverageCoverage } from '../cost/overage-coverage.js';
import type { Instant } from '../shared/calendar-date.js';
import { formatMoney, type MinorUnits } from '../shared/money.js';
import { formatCalendarDate } from './format-calendar-date.js';
import { createDateTimeFormatter } from './format-date-time-in-zone.js';
import type { ReportColumn, ReportDocument, ReportRow, ReportSection } from './report-document.js';

export type CostReportMeta = {
  /** The production's title. */
  readonly title: string;
  readonly generatedAt: Instant;
  /** The production's IANA zone, for the generated-at time. */
  readonly timeZone: string;
  /** `overageCoverage(report, approved)`, to list the overages and what approvals cover. */
  readonly overages?: readonly OverageCoverage[];
};

const FIGURE_COLUMNS: readonly ReportColumn[] = [
  { key: 'budget', label: 'Budget', align: 'right', width: 3.5 },
  { key: 'actuals', label: 'Actuals', align: 'right', width: 3.5 },
  { key: 'commitments', label: 'Committed', align: 'right', width: 3.5 },
  { key: 'etc', label: 'To complete', align: 'right', width: 3.5 },
  { key: 'efc', label: 'Est. final', align: 'right', width: 3.5 },
  { key: 'variance', label: 'Variance', align: 'right', width: 3.5 },
  { key: 'change', label: 'Change', align: 'right', width: 3 },
];

const ACCOUNT_COLUMNS: readonly ReportColumn[] = [
  { key: 'acct', label: 'Acct', width: 1.6 },
  { key: 'name', label: 'Account', width: 5 },
  ...FIGURE_COLUMNS,
];

/**
 * The weekly cost report for print: each section's accounts with budget, actuals, commitments, estimate to
 * complete, estimated final cost, variance and the change since the last report; the totals; the overages
 * and whether approved overage requests cover them; purchase orders invoiced above their amount; and
 * anything the ledger could not count. A variance below zero is over budget; entered estimates are marked.
 */
export const buildCostReportDocument = (
  report: CostReport,
  meta: CostReportMeta,
): ReportDocument => {
  const generated = createDateTimeFormatter(meta.timeZone)(meta.generatedAt);
  const money = (amount: number): string => formatMoney(amount as MinorUnits, report.currency);
  const cells = (f: CostFigures): ReportRow => ({
    budget: money(f.budget),
    actuals: money(f.actualsToDate),
    commitments: money(f.commitments),
    etc: money(f.estimateToComplete),
    efc: money(f.estimatedFinalCost),
    variance: money(f.variance),
    change: f.changeSinceLastReport === null ? '' : money(f.changeSinceLastReport),
  });
  const accountRow = (row: CostReportRow): ReportRow => ({
    acct: row.accountNumber,
    name: `${row.name}${row.estimateSource === 'entered' ? ' *' : ''}${row.overBudget ? ' (over)' : ''}`,
    ...cells(row),
  });

  const sections: ReportSection[] = report.sections.map((section) => ({
    heading: `Cost report · ${section.label}`,
    columns: ACCOUNT_COLUMNS,
    rows: section.rows.map(accountRow),
    totals: { name: `Total ${section.label.toLowerCase()}`, ...cells(section.totals) },
    emptyText: 'No accounts in this section.',
  }));
  if (report.unbudgeted.rows.length > 0) {
    sections.push({
      heading: 'Cost report · Not in the budget',
      columns: ACCOUNT_COLUMNS,
      rows: report.unbudgeted.rows.map(accountRow),
      totals: { name: 'Total not in the budget', ...cells(report.unbudgeted.totals) },
    });
  }
  sections.push({
    heading: 'Cost report · Totals',
    columns: [{ key: 'name', label: '', width: 6.6 }, ...FIGURE_COLUMNS],
    rows: [
      ...report.sections.map((s): ReportRow => ({ name: s.label, ...cells(s.totals) })),
      ...(report.unbudgeted.rows.length > 0
        ? [{ name: 'Not in the budget', ...cells(report.unbudgeted.totals) }]
        : []),
      { name: 'Subtotal', ...cells(report.subtotal) },
      ...report.items.map((item): ReportRow => ({
        name: `${item.name}${item.estimateSource === 'entered' ? ' *' : ''}`,
        ...cells(item),
      })),
    ],
    totals: { name: 'Grand total', ...cells(report.grandTotal) },
  });
  if (meta.overages !== undefined) {
    sections.push({
      heading: 'Overages',
      columns: [
        { key: 'acct', label: 'Acct', width: 2 },
        { key: 'name', label: 'Account', width: 8 },
        { key: 'overage', label: 'Over by', align: 'right', width: 4 },
        { key: 'approved', label: 'Approved', align: 'right', width: 4 },
        { key: 'uncovered', label: 'Needs approval', align: 'right', width: 4 },
      ],
      rows: meta.overages.map((o): ReportRow => ({
        acct: o.accountNumber,
        name: o.name,
        overage: money(o.overage),
        approved: money(o.approved),
        uncovered: o.covered ? 'covered' : money(o.uncovered),
      })),
      emptyText: 'No account is over budget.',
    });
  }
  const overruns = report.purchaseOrders.filter((po) => po.overrun > 0);
  sections.push({
    heading: 'Purchase orders invoiced above their amount',
    columns: [
      { key: 'number', label: 'PO', width: 3 },
      { key: 'amount', label: 'Ordered', align: 'right', width: 4 },
      { key: 'invoiced', label: 'Invoiced', align: 'right', width: 4 },
      { key: 'overrun', label: 'Overrun', align: 'right', width: 4 },
    ],
    rows: overruns.map((po): ReportRow => ({
      number: po.number,
      amount: formatMoney(po.amount, po.currency),
      invoiced: formatMoney(po.invoiced, po.currency),
      overrun: formatMoney(po.overrun, po.currency),
    })),
    emptyText: 'No purchase order is invoiced above its amount.',
  });
  if (report.problems.length > 0) {
    sections.push({
      heading: 'Not counted',
      columns: [{ key: 'message', label: 'Document', width: 1 }],
      rows: report.problems.map((p): ReportRow => ({ message: p.message })),
    });
  }

  return {
    title: 'Cost report',
    subtitle: `${meta.title} · as of ${formatCalendarDate(report.asOf)}`,
    generatedAt: meta.generatedAt,
    meta: [
      { label: 'As of', value: formatCalendarDate(report.asOf) },
      {
        label: 'Previous report',
        value: report.previousAsOf === null ? 'none' : formatCalendarDate(report.previousAsOf),
      },
      { label: 'Currency', value: report.currency },
      { label: 'Budget', value: money(report.grandTotal.budget) },
      { label: 'Estimated final cost', value: money(report.grandTotal.estimatedFinalCost) },
      { label: 'Variance', value: money(report.grandTotal.variance) },
      { label: 'Generated', value: generated },
    ],
    sections,
    footer: `${meta.title} · Cost report as of ${formatCalendarDate(report.asOf)} · variance is budget less estimated final cost (below zero: over) · * estimate entered · generated ${generated}`,
  };
};
