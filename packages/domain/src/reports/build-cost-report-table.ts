import type { CostFigures, CostReport } from '../cost/cost-report.js';
import type { DataColumn, DataRow, DataTable } from './data-table.js';

const figureCells = (f: CostFigures): DataRow => ({
  budget: f.budget,
  actuals: f.actualsToDate,
  commitments: f.commitments,
  etc: f.estimateToComplete,
  efc: f.estimatedFinalCost,
  variance: f.variance,
  change: f.changeSinceLastReport,
});

/**
 * The cost report as a table for a workbook (XLSX, CSV): a heading row per section, one row per account,
 * the section's totals; the unbudgeted accounts when there are any; the subtotal, each percentage item and
 * the grand total. Money stays money (minor units of the budget currency), so the sheet sums; the change
 * column is empty when there is no earlier report.
 */
export const buildCostReportTable = (report: CostReport): DataTable => {
  const currency = report.currency;
  const money = (key: string, label: string): DataColumn => ({
    key,
    label,
    kind: 'money',
    currency,
  });
  const columns: readonly DataColumn[] = [
    { key: 'acct', label: 'Acct', kind: 'text' },
    { key: 'name', label: 'Account', kind: 'text' },
    money('budget', 'Budget'),
    money('actuals', 'Actuals to date'),
    money('commitments', 'Commitments'),
    money('etc', 'Estimate to complete'),
    money('efc', 'Estimated final cost'),
    money('variance', 'Variance (under budget +)'),
    money('change', 'Change since last report'),
  ];
  const rows: DataRow[] = [];
  for (const section of report.sections) {
    rows.push({ name: section.label.toUpperCase() });
    for (const row of section.rows) {
      rows.push({ acct: row.accountNumber, name: row.name, ...figureCells(row) });
    }
    rows.push({ name: `Total ${section.label.toLowerCase()}`, ...figureCells(section.totals) });
  }
  if (report.unbudgeted.rows.length > 0) {
    rows.push({ name: 'NOT IN THE BUDGET' });
    for (const row of report.unbudgeted.rows) {
      rows.push({ acct: row.accountNumber, name: row.name, ...figureCells(row) });
    }
    rows.push({ name: 'Total not in the budget', ...figureCells(report.unbudgeted.totals) });
  }
  rows.push({ name: 'Subtotal', ...figureCells(report.subtotal) });
  for (const item of report.items) rows.push({ name: item.name, ...figureCells(item) });
  rows.push({ name: 'Grand total', ...figureCells(report.grandTotal) });
  return { title: 'Cost report', columns, rows };
};
