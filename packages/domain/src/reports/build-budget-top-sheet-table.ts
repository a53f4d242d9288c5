import { formatBasisPoints } from '../budget/basis-points.js';
import { formatMoney } from '../shared/money.js';
import type { TopSheet } from '../budget/top-sheet.js';
import type { DataColumn, DataRow, DataTable } from './data-table.js';

/**
 * The top sheet as a table for a workbook: a heading row per section, one row per account (lines,
 * fringes, total), the section's total; then the subtotal, each percentage item with its rate and
 * base, and the grand total. Money stays money (minor units of the budget currency) so the sheet can be
 * summed. It is for people: the importer never reads it.
 */
export const buildBudgetTopSheetTable = (topSheet: TopSheet): DataTable => {
  const currency = topSheet.currency;
  const columns: readonly DataColumn[] = [
    { key: 'acct', label: 'Acct', kind: 'text' },
    { key: 'name', label: 'Account', kind: 'text' },
    { key: 'lines', label: 'Lines', kind: 'money', currency },
    { key: 'fringes', label: 'Fringes', kind: 'money', currency },
    { key: 'total', label: 'Total', kind: 'money', currency },
  ];
  const rows: DataRow[] = [];
  for (const section of topSheet.sections) {
    rows.push({ name: section.label.toUpperCase() });
    for (const row of section.rows) {
      rows.push({
        acct: row.accountNumber,
        name: row.name,
        lines: row.lines,
        fringes: row.fringes,
        total: row.total,
      });
    }
    rows.push({ name: `Total ${section.label.toLowerCase()}`, total: section.total });
  }
  rows.push({ name: 'Subtotal', total: topSheet.subtotal });
  for (const item of topSheet.items) {
    rows.push({
      name: `${item.name} (${formatBasisPoints(item.rateBp)} of ${formatMoney(item.base, currency)})`,
      total: item.amount,
    });
  }
  rows.push({ name: 'Grand total', total: topSheet.grandTotal });
  return { title: 'Top sheet', columns, rows };
};
