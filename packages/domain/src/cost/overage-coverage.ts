import type { BudgetSection } from '../budget/budget-section.js';
import type { MinorUnits } from '../shared/money.js';
import type { CostReport } from './cost-report.js';

/**
 * An overage someone approved (an approval request for `budget.approve-overage`, decided): spending above
 * an account's budget up to `amount`, in the budget currency. Several add up.
 */
export type ApprovedOverage = {
  readonly accountNumber: string;
  readonly amount: MinorUnits;
};

export type OverageCoverage = {
  readonly accountNumber: string;
  readonly name: string;
  readonly section: BudgetSection | null;
  /** How far the estimated final cost is above the budget. */
  readonly overage: MinorUnits;
  readonly approved: MinorUnits;
  /** The part of the overage no approval covers yet: what still needs an overage request. */
  readonly uncovered: MinorUnits;
  readonly covered: boolean;
};

/**
 * Every account the report shows over budget (the unbudgeted ones included: their whole cost is an
 * overage), with what approved overages cover of it. An overage is covered when the approved amounts add up
 * to at least the overage. Accounts within budget are not listed, whatever was approved for them.
 */
export const overageCoverage = (
  report: CostReport,
  approved: readonly ApprovedOverage[],
): readonly OverageCoverage[] => {
  const approvedBy = new Map<string, number>();
  for (const a of approved) {
    approvedBy.set(a.accountNumber, (approvedBy.get(a.accountNumber) ?? 0) + a.amount);
  }
  const coverage: OverageCoverage[] = [];
  for (const row of [...report.sections.flatMap((s) => s.rows), ...report.unbudgeted.rows]) {
    if (!row.overBudget) continue;
    const overage = 0 - row.variance;
    const granted = approvedBy.get(row.accountNumber) ?? 0;
    const uncovered = Math.max(0, overage - granted);
    coverage.push({
      accountNumber: row.accountNumber,
      name: row.name,
      section: row.section,
      overage: overage as MinorUnits,
      approved: granted as MinorUnits,
      uncovered: uncovered as MinorUnits,
      covered: uncovered === 0,
    });
  }
  return coverage;
};
