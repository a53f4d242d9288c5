import type { BudgetVersionRecord, Repositories } from '@greenlight/db';
import {
  buildCostReport,
  costReportBudgetOf,
  DomainError,
  minorUnits,
  overageCoverage,
  postSpendingDocuments,
  spendingApprovalSubject,
  type ApprovalSubject,
  type CalendarDate,
  type CostLedger,
  type CostLedgerBasis,
  type CostReport,
  type CostReportBudget,
  type CurrencyCode,
  type Department,
  type ExchangeRate,
  type MinorUnits,
  type OverageCoverage,
  type Production,
  type ProductionId,
  type SpendingDocument,
} from '@greenlight/domain';
import type { ServerDeps } from '../server-deps.js';
import { cachedBudget } from './budget-cache.js';
import { loadComputedBudget } from './load-budget.js';
import { inTransaction } from './service-context.js';

/**
 * What spending documents are weighed against: the main budget's approved version (else its latest), its
 * currency, rates and account departments. Without a budget, the production's currency and no departments.
 */
export type SpendingContext = {
  readonly version: BudgetVersionRecord | null;
  readonly approved: BudgetVersionRecord | null;
  readonly currency: CurrencyCode;
  readonly exchangeRates: readonly ExchangeRate[];
  readonly accountDepartments: Readonly<Record<string, Department>>;
};

export const loadSpendingContext = async (
  repos: Repositories,
  production: Production,
): Promise<SpendingContext> => {
  const main = await repos.budgets.findMain(production.id);
  const versions =
    main === null
      ? []
      : (await repos.budgets.listVersions(production.id)).filter((v) => v.budgetId === main.id);
  const approved = versions.find((v) => v.status === 'approved') ?? null;
  const version = approved ?? versions.at(-1) ?? null;
  return {
    version,
    approved,
    currency: version?.currency ?? production.currency,
    exchangeRates: version?.setup.exchangeRates ?? [],
    accountDepartments: version?.accountDepartments ?? {},
  };
};

/** The subject the authority engine decides on for a document (a missing rate is a 400). */
export const subjectOf = (
  document: SpendingDocument,
  context: SpendingContext,
): ApprovalSubject => {
  const subject = spendingApprovalSubject(document, context);
  if (!subject.ok) throw subject.error;
  return subject.value;
};

/**
 * The production's ledger as of a day in the budget's currency and rates. The database keeps it (every write
 * to a document keeps its group's share in step, in the write's transaction), so a report reads per-account
 * sums, not documents. When none is kept for these rates, or a write went around it: with `deps` (a read of
 * committed data) it is worked out once from every document and kept from then on; without (inside a
 * transaction), the documents are walked.
 */
export const costLedgerAsOf = async (
  repos: Repositories,
  productionId: ProductionId,
  basis: CostLedgerBasis,
  asOf: CalendarDate,
  deps: ServerDeps | null,
): Promise<CostLedger> => {
  const kept = await repos.cost.ledgerAsOf(productionId, basis, asOf);
  if (kept !== null) return kept;
  if (deps !== null) {
    await inTransaction(deps, (tx) => tx.cost.rebuildLedger(productionId, basis));
    const rebuilt = await repos.cost.ledgerAsOf(productionId, basis, asOf);
    if (rebuilt !== null) return rebuilt;
  }
  return postSpendingDocuments(await repos.cost.listDocuments(productionId), { ...basis, asOf });
};

/**
 * What the report needs of the approved version: the worked-out budget if this process has it, else what the
 * database keeps for the version at its revision, else worked out from its lines (and, with `deps`, kept).
 */
export const costReportBudgetFor = async (
  repos: Repositories,
  version: BudgetVersionRecord,
  deps: ServerDeps | null,
): Promise<CostReportBudget> => {
  const cached = deps === null ? null : cachedBudget(deps, version.id, version.revision);
  if (cached !== null) return costReportBudgetOf(cached);
  const kept = await repos.cost.reportBudget(version.id, version.revision);
  if (kept !== null) return kept;
  const budget = costReportBudgetOf(await loadComputedBudget(repos, version, deps));
  if (deps !== null) await repos.cost.keepReportBudget(version.id, version.revision, budget);
  return budget;
};

export type BuiltCostReport = {
  readonly report: CostReport;
  readonly overages: readonly OverageCoverage[];
  readonly version: BudgetVersionRecord;
};

/** What a report adds to the spending documents. */
export type CostReportAdditions = {
  /**
   * Actuals posted outside spending documents, per account in the budget currency, as of the report date
   * (approved labour from timecards, opening balances): added to the documents' actuals.
   */
  readonly otherActuals?: ReadonlyMap<string, MinorUnits>;
};

/**
 * Approved labour (posted when the production accountant signs a timecard, dated by the day worked) counts
 * as actuals on its account, added to any other actuals the caller brings.
 */
const withLabourActuals = (
  others: ReadonlyMap<string, MinorUnits> | undefined,
  labour: readonly { readonly accountNumber: string; readonly amount: MinorUnits }[],
): ReadonlyMap<string, MinorUnits> => {
  const total = new Map<string, MinorUnits>(others ?? []);
  for (const { accountNumber, amount } of labour) {
    total.set(accountNumber, minorUnits((total.get(accountNumber) ?? 0) + amount));
  }
  return total;
};

/**
 * The cost report of the production as of a day, against its approved main budget: the ledger
 * (`costLedgerAsOf`), entered estimates, the last report issued before that day and the accepted overages.
 * `deps` enables the caches (pass null inside a transaction that wrote).
 */
export const buildProductionCostReport = async (
  repos: Repositories,
  production: Production,
  asOf: CalendarDate,
  deps: ServerDeps | null,
  additions: CostReportAdditions = {},
): Promise<BuiltCostReport> => {
  const context = await loadSpendingContext(repos, production);
  const version = context.approved;
  if (version === null) {
    throw new DomainError(
      'conflict',
      'The cost report is measured against the approved budget, and the production has none yet',
    );
  }
  const [budget, estimates, previous, accepted, labour] = [
    await costReportBudgetFor(repos, version, deps),
    await repos.cost.listEstimates(production.id),
    await repos.cost.previousReport(production.id, asOf),
    await repos.cost.listOverages(production.id),
    await repos.timecards.labourActualsByAccount(production.id, asOf),
  ];
  const ledger = await costLedgerAsOf(
    repos,
    production.id,
    { currency: budget.currency, exchangeRates: budget.exchangeRates },
    asOf,
    deps,
  );
  const accountEstimates = new Map<string, MinorUnits>();
  const itemEstimates = new Map<string, MinorUnits>();
  for (const e of estimates) {
    (e.target === 'account' ? accountEstimates : itemEstimates).set(e.key, e.amount);
  }
  const built = buildCostReport({
    budget,
    ledger,
    asOf,
    estimatesToComplete: accountEstimates,
    itemEstimates,
    previous: previous?.snapshot ?? null,
    otherActuals: withLabourActuals(additions.otherActuals, labour),
  });
  if (!built.ok) throw built.error;
  return {
    report: built.value,
    overages: overageCoverage(
      built.value,
      accepted.map((o) => ({ accountNumber: o.accountNumber, amount: o.amount })),
    ),
    version,
  };
};
