import {
  BUDGET_SECTION_LABELS,
  BUDGET_SECTIONS,
  type BudgetSection,
} from '../budget/budget-section.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import { DomainError } from '../shared/domain-error.js';
import type { MinorUnits } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  postSpendingDocuments,
  type AccountCost,
  type CostLedger,
  type CostLedgerProblem,
  type PurchaseOrderPosition,
} from './cost-ledger.js';
import type { CostReportBudget } from './cost-report-budget.js';
import type { CostReportSnapshot } from './cost-report-snapshot.js';
import type {
  CostFigures,
  CostReport,
  CostReportItemRow,
  CostReportRow,
  CostReportSection,
  EstimateSource,
} from './cost-report.js';
import { defaultEstimateToComplete } from './estimate-to-complete.js';
import type { SpendingDocument } from './spending-document.js';

/**
 * What the report is built from: the spending documents, posted here; or their ledger already posted as of
 * the report date in the budget's currency (from stored totals: `costLedgerFromTotals`).
 */
export type CostReportSpending =
  | { readonly documents: readonly SpendingDocument[]; readonly ledger?: never }
  | { readonly ledger: CostLedger; readonly documents?: never };

export type CostReportInput = CostReportSpending & CostReportOptions;

export type CostReportOptions = {
  readonly budget: CostReportBudget;
  /** The report date: documents dated after it do not count yet. */
  readonly asOf: CalendarDate;
  /** Entered estimates to complete by account number; the others get `defaultEstimateToComplete`. */
  readonly estimatesToComplete?: ReadonlyMap<string, MinorUnits>;
  /** Entered estimates for percentage items by id; an item without one is expected to cost its budget. */
  readonly itemEstimates?: ReadonlyMap<string, MinorUnits>;
  /** The last report issued, for the change since then. */
  readonly previous?: CostReportSnapshot | null;
  /**
   * Actuals that do not come from spending documents, by account, in the budget currency: approved labour
   * posted from timecards (`labour/post-labour-actuals.ts`), opening balances carried over. Added to the
   * documents' actuals.
   */
  readonly otherActuals?: ReadonlyMap<string, MinorUnits>;
};

const NO_COST: AccountCost = { actuals: 0 as MinorUnits, commitments: 0 as MinorUnits };

// Roll-ups add figures as plain numbers and brand once at the end.
class Sum {
  budget = 0;
  actuals = 0;
  commitments = 0;
  etc = 0;
  efc = 0;
  change: number | null;

  constructor(comparable: boolean) {
    this.change = comparable ? 0 : null;
  }

  add(f: CostFigures): void {
    this.budget += f.budget;
    this.actuals += f.actualsToDate;
    this.commitments += f.commitments;
    this.etc += f.estimateToComplete;
    this.efc += f.estimatedFinalCost;
    if (this.change !== null) this.change += f.changeSinceLastReport ?? 0;
  }

  figures(): CostFigures {
    return {
      budget: this.budget as MinorUnits,
      actualsToDate: this.actuals as MinorUnits,
      commitments: this.commitments as MinorUnits,
      estimateToComplete: this.etc as MinorUnits,
      estimatedFinalCost: this.efc as MinorUnits,
      variance: (this.budget - this.efc) as MinorUnits,
      changeSinceLastReport: this.change as MinorUnits | null,
    };
  }
}

const checkEstimates = (
  estimates: ReadonlyMap<string, MinorUnits>,
  what: string,
): DomainError | null => {
  const problems: string[] = [];
  for (const [key, amount] of estimates) {
    if (!Number.isSafeInteger(amount) || amount < 0) {
      problems.push(
        `The estimate to complete for ${what} ${key} must be zero or more whole minor units`,
      );
    }
  }
  if (problems.length === 0) return null;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
  return new DomainError('validation', `${problems[0]}${more}`, { problems });
};

const checkOtherActuals = (actuals: ReadonlyMap<string, MinorUnits>): DomainError | null => {
  for (const [key, amount] of actuals) {
    if (!Number.isSafeInteger(amount)) {
      return new DomainError(
        'validation',
        `The actuals of account ${key} must be whole minor units`,
      );
    }
  }
  return null;
};

/**
 * The cost report as of a date, from the budget, the spending documents and the entered estimates. Each
 * account's budget is its top-sheet total (fringe accounts included); actuals and commitments come from
 * `postSpendingDocuments`; the estimate to complete is the entered one or the default. Accounts with costs
 * or estimates but no place in the budget are reported apart, never dropped, so every counted minor unit
 * reaches the grand total. Linear in documents and lines, with Maps: fast enough to build on every view.
 */
export const buildCostReport = (input: CostReportInput): Result<CostReport> => {
  const estimates = input.estimatesToComplete ?? new Map<string, MinorUnits>();
  const itemEstimates = input.itemEstimates ?? new Map<string, MinorUnits>();
  const otherActuals = input.otherActuals ?? new Map<string, MinorUnits>();
  const invalid =
    checkEstimates(estimates, 'account') ??
    checkEstimates(itemEstimates, 'item') ??
    checkOtherActuals(otherActuals);
  if (invalid) return err(invalid);

  const { budget } = input;
  const ledger =
    input.ledger !== undefined
      ? input.ledger
      : postSpendingDocuments(input.documents, {
          currency: budget.currency,
          exchangeRates: budget.exchangeRates,
          asOf: input.asOf,
        });
  if (ledger.currency !== budget.currency || ledger.asOf !== input.asOf) {
    return err(
      new DomainError(
        'internal',
        `The ledger is in ${ledger.currency} as of ${ledger.asOf ?? 'any date'}, the report in ${budget.currency} as of ${input.asOf}`,
      ),
    );
  }
  const previous = input.previous ?? null;
  const comparable = previous !== null;
  const before = new Map<string, MinorUnits>();
  for (const line of previous?.accounts ?? []) before.set(line.key, line.estimatedFinalCost);
  const itemsBefore = new Map<string, MinorUnits>();
  for (const line of previous?.items ?? []) itemsBefore.set(line.key, line.estimatedFinalCost);

  const figures = (
    key: string,
    budgetAmount: number,
    cost: AccountCost,
    entered: MinorUnits | undefined,
    earlier: ReadonlyMap<string, MinorUnits>,
  ): CostFigures & { readonly estimateSource: EstimateSource } => {
    const etc =
      entered ??
      defaultEstimateToComplete(budgetAmount as MinorUnits, cost.actuals, cost.commitments);
    const efc = cost.actuals + cost.commitments + etc;
    return {
      budget: budgetAmount as MinorUnits,
      actualsToDate: cost.actuals,
      commitments: cost.commitments,
      estimateToComplete: etc,
      estimatedFinalCost: efc as MinorUnits,
      variance: (budgetAmount - efc) as MinorUnits,
      changeSinceLastReport: comparable ? ((efc - (earlier.get(key) ?? 0)) as MinorUnits) : null,
      estimateSource: entered === undefined ? 'default' : 'entered',
    };
  };

  const rowFor = (
    accountNumber: string,
    name: string,
    section: BudgetSection | null,
    budgetAmount: number,
  ): CostReportRow => {
    const posted = ledger.accounts.get(accountNumber) ?? NO_COST;
    const other = otherActuals.get(accountNumber);
    const cost: AccountCost =
      other === undefined
        ? posted
        : { actuals: (posted.actuals + other) as MinorUnits, commitments: posted.commitments };
    const f = figures(accountNumber, budgetAmount, cost, estimates.get(accountNumber), before);
    return { accountNumber, name, section, ...f, overBudget: f.variance < 0 };
  };

  const rowsBySection = new Map<BudgetSection, CostReportRow[]>(
    BUDGET_SECTIONS.map((s) => [s, []]),
  );
  const sums = new Map<BudgetSection, Sum>(BUDGET_SECTIONS.map((s) => [s, new Sum(comparable)]));
  const budgeted = new Set<string>();
  for (const account of budget.accounts) {
    budgeted.add(account.accountNumber);
    const row = rowFor(account.accountNumber, account.name, account.section, account.budget);
    rowsBySection.get(account.section)?.push(row);
    sums.get(account.section)?.add(row);
  }

  const stray = new Set<string>();
  for (const key of ledger.accounts.keys()) if (!budgeted.has(key)) stray.add(key);
  for (const key of otherActuals.keys()) if (!budgeted.has(key)) stray.add(key);
  for (const key of estimates.keys()) if (!budgeted.has(key)) stray.add(key);
  const unbudgetedSum = new Sum(comparable);
  const unbudgetedRows = [...stray]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((accountNumber) => {
      const row = rowFor(accountNumber, 'Not in the budget', null, 0);
      unbudgetedSum.add(row);
      return row;
    });

  const subtotalSum = new Sum(comparable);
  const sections: CostReportSection[] = BUDGET_SECTIONS.map((section) => {
    const totals = sums.get(section)?.figures() ?? new Sum(comparable).figures();
    subtotalSum.add(totals);
    return {
      section,
      label: BUDGET_SECTION_LABELS[section],
      rows: rowsBySection.get(section) ?? [],
      totals,
    };
  });
  const unbudgetedTotals = unbudgetedSum.figures();
  subtotalSum.add(unbudgetedTotals);
  const subtotal = subtotalSum.figures();

  const grandSum = new Sum(comparable);
  grandSum.add(subtotal);
  const items: CostReportItemRow[] = budget.items.map((item) => {
    // Nothing is coded to an item: without an entered estimate it is expected to cost its budget.
    const row: CostReportItemRow = {
      id: item.id,
      name: item.name,
      ...figures(
        item.id,
        item.budget,
        NO_COST,
        itemEstimates.get(item.id) ?? item.budget,
        itemsBefore,
      ),
    };
    const source: EstimateSource = itemEstimates.has(item.id) ? 'entered' : 'default';
    grandSum.add(row);
    return { ...row, estimateSource: source };
  });

  return ok({
    currency: budget.currency,
    asOf: input.asOf,
    previousAsOf: previous?.asOf ?? null,
    sections,
    unbudgeted: { rows: unbudgetedRows, totals: unbudgetedTotals },
    subtotal,
    items,
    grandTotal: grandSum.figures(),
    purchaseOrders: [...ledger.purchaseOrders.values()].sort(byOrderNumber),
    problems: [...ledger.problems].sort(byDocument),
  });
};

// Lists in a fixed order, whatever order the documents were read in (or the ledger came from stored totals).
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byOrderNumber = (a: PurchaseOrderPosition, b: PurchaseOrderPosition): number =>
  compareText(a.number, b.number) || compareText(a.purchaseOrderId, b.purchaseOrderId);
const byDocument = (a: CostLedgerProblem, b: CostLedgerProblem): number =>
  compareText(a.documentId, b.documentId) ||
  compareText(a.code, b.code) ||
  compareText(a.message, b.message);
