import type { CalendarDate } from '../shared/calendar-date.js';
import type { MinorUnits } from '../shared/money.js';
import type { CostReport } from './cost-report.js';

export type CostSnapshotLine = {
  /** An account number, or a percentage item's id. */
  readonly key: string;
  readonly actualsToDate: MinorUnits;
  readonly commitments: MinorUnits;
  readonly estimatedFinalCost: MinorUnits;
};

/**
 * What is kept of an issued cost report so that the next one can say what moved: plain data (arrays, no
 * Maps) for the database to store as it is.
 */
export type CostReportSnapshot = {
  readonly asOf: CalendarDate;
  readonly accounts: readonly CostSnapshotLine[];
  readonly items: readonly CostSnapshotLine[];
};

export const costReportSnapshot = (report: CostReport): CostReportSnapshot => ({
  asOf: report.asOf,
  accounts: [...report.sections.flatMap((s) => s.rows), ...report.unbudgeted.rows].map((row) => ({
    key: row.accountNumber,
    actualsToDate: row.actualsToDate,
    commitments: row.commitments,
    estimatedFinalCost: row.estimatedFinalCost,
  })),
  items: report.items.map((item) => ({
    key: item.id,
    actualsToDate: item.actualsToDate,
    commitments: item.commitments,
    estimatedFinalCost: item.estimatedFinalCost,
  })),
});
