import type { BudgetSection } from '../budget/budget-section.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { CurrencyCode, MinorUnits } from '../shared/money.js';
import type { CostLedgerProblem, PurchaseOrderPosition } from './cost-ledger.js';

/**
 * The figures of one cost-report line, in the budget currency:
 * `estimatedFinalCost = actualsToDate + commitments + estimateToComplete` and
 * `variance = budget − estimatedFinalCost` (positive: under budget). `changeSinceLastReport` is the
 * movement of the estimated final cost since the previous report; null when there is none to compare with.
 */
export type CostFigures = {
  readonly budget: MinorUnits;
  readonly actualsToDate: MinorUnits;
  readonly commitments: MinorUnits;
  readonly estimateToComplete: MinorUnits;
  readonly estimatedFinalCost: MinorUnits;
  readonly variance: MinorUnits;
  readonly changeSinceLastReport: MinorUnits | null;
};

/** Whether the estimate to complete was entered by someone, or is the default (what is left of the budget). */
export type EstimateSource = 'entered' | 'default';

export type CostReportRow = CostFigures & {
  readonly accountNumber: string;
  readonly name: string;
  /** Null for an account that is not in the budget but has costs or an estimate coded to it. */
  readonly section: BudgetSection | null;
  readonly estimateSource: EstimateSource;
  /** The estimated final cost is above the budget: the overage needs an approved overage request. */
  readonly overBudget: boolean;
};

export type CostReportSection = {
  readonly section: BudgetSection;
  readonly label: string;
  readonly rows: readonly CostReportRow[];
  readonly totals: CostFigures;
};

/** A percentage item below the subtotal (contingency, bond): a budget and an estimate, nothing coded to it. */
export type CostReportItemRow = CostFigures & {
  readonly id: string;
  readonly name: string;
  readonly estimateSource: EstimateSource;
};

/**
 * The cost report: the budget's top sheet with, for every account, what is spent, what is committed, what is
 * still expected, the estimated final cost and the variance; rolled up per section, then the subtotal, the
 * percentage items and the grand total. Every roll-up is the sum of its rows, figure by figure.
 */
export type CostReport = {
  readonly currency: CurrencyCode;
  readonly asOf: CalendarDate;
  readonly previousAsOf: CalendarDate | null;
  /** The four budget sections, in top-sheet order, each with its accounts in chart order. */
  readonly sections: readonly CostReportSection[];
  /** Accounts that are not in the budget but carry costs or estimates, by account number. */
  readonly unbudgeted: { readonly rows: readonly CostReportRow[]; readonly totals: CostFigures };
  /** The sections and the unbudgeted accounts together. */
  readonly subtotal: CostFigures;
  readonly items: readonly CostReportItemRow[];
  /** Subtotal plus every item. */
  readonly grandTotal: CostFigures;
  /** Purchase orders that counted, and the ones invoiced above their amount; by number. */
  readonly purchaseOrders: readonly PurchaseOrderPosition[];
  /** Documents the ledger could not count in full, by document. */
  readonly problems: readonly CostLedgerProblem[];
};
