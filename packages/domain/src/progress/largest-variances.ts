import type { CostReport, CostReportRow } from '../cost/cost-report.js';
import type { ProgressVariance } from './progress-report.js';

const varianceOf = (row: CostReportRow): ProgressVariance => ({
  accountNumber: row.accountNumber,
  name: row.name,
  section: row.section,
  budget: row.budget,
  estimatedFinalCost: row.estimatedFinalCost,
  variance: row.variance,
});

const byAccount = (a: CostReportRow, b: CostReportRow): number =>
  a.accountNumber < b.accountNumber ? -1 : a.accountNumber > b.accountNumber ? 1 : 0;

/**
 * The `count` accounts furthest over budget (estimated final cost above the budget, the largest overage
 * first) and the `count` furthest under it, the accounts not in the budget included. An account on budget
 * is in neither list; equal variances go by account number, so the lists never depend on input order.
 */
export const largestVariances = (
  report: CostReport,
  count: number,
): { readonly over: ProgressVariance[]; readonly under: ProgressVariance[] } => {
  const rows = [...report.sections.flatMap((s) => s.rows), ...report.unbudgeted.rows];
  const over = rows
    .filter((row) => row.variance < 0)
    .sort((a, b) => a.variance - b.variance || byAccount(a, b))
    .slice(0, count)
    .map(varianceOf);
  const under = rows
    .filter((row) => row.variance > 0)
    .sort((a, b) => b.variance - a.variance || byAccount(a, b))
    .slice(0, count)
    .map(varianceOf);
  return { over, under };
};
