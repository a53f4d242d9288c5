import type { BudgetVersionRecord, Repositories } from '@greenlight/db';
import {
  buildCostReport,
  costReportBudgetOf,
  DomainError,
  overageCoverage,
  spendingApprovalSubject,
  type ApprovalSubject,
  type CalendarDate,
  type CostReport,
  type CurrencyCode,
  type Department,
  type ExchangeRate,
  type Instant,
  type MinorUnits,
  type OverageCoverage,
  type Production,
  type ProductionId,
  type SpendingDocument,
  type SpendingDocumentId,
} from '@greenlight/domain';
import type { ServerDeps } from '../server-deps.js';
import { loadComputedBudget } from './load-budget.js';

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

// The ledger of each production kept in memory: the report is read far more often than documents change, and
// loading 100,000 documents is most of its cost. A read checks, in one statement, the documents' count and
// the sum of their versions (every write moves one, nothing is deleted), and fetches only documents updated
// since the previous read (less a margin of a few seconds); the merged cache must then add up to that count and sum exactly, else
// everything is loaded again. So the cache is never stale, whichever process wrote.
const MARGIN_MS = 5_000;
const MAX_PRODUCTIONS = 4;

type LedgerEntry = {
  readonly documents: Map<SpendingDocumentId, { document: SpendingDocument; version: number }>;
  count: number;
  versionSum: number;
  /** When the database last answered for this entry. */
  readAt: number;
  list: SpendingDocument[] | null;
};

const ledgers = new WeakMap<ServerDeps, Map<ProductionId, LedgerEntry>>();

const sinceOf = (entry: LedgerEntry): Instant =>
  new Date(entry.readAt - MARGIN_MS).toISOString() as Instant;

/**
 * Every spending document of the production (lines, no sign-offs). With `deps`, through the cache; without,
 * straight from `repos` (inside a transaction, which may see its own uncommitted writes).
 */
export const ledgerDocuments = async (
  repos: Repositories,
  productionId: ProductionId,
  deps: ServerDeps | null,
): Promise<readonly SpendingDocument[]> => {
  if (deps === null) return repos.cost.listDocuments(productionId);
  let cache = ledgers.get(deps);
  if (cache === undefined) {
    cache = new Map();
    ledgers.set(deps, cache);
  }
  const entry = cache.get(productionId);
  const read = await repos.cost.ledgerRead(
    productionId,
    entry === undefined ? null : sinceOf(entry),
    entry === undefined ? null : { count: entry.count, versionSum: entry.versionSum },
  );
  if (entry !== undefined && read.count === entry.count && read.versionSum === entry.versionSum) {
    entry.readAt = Date.parse(read.readAt);
    return entry.list ?? (entry.list = [...entry.documents.values()].map((d) => d.document));
  }
  let next: LedgerEntry;
  if (entry !== undefined) {
    next = entry;
    for (const d of read.documents) {
      entry.documents.set(d.document.id, { document: d.document, version: d.version });
    }
  } else {
    next = { documents: new Map(), count: 0, versionSum: 0, readAt: 0, list: null };
    for (const d of read.documents) {
      next.documents.set(d.document.id, { document: d.document, version: d.version });
    }
  }
  let sum = 0;
  for (const d of next.documents.values()) sum += d.version;
  next.list = null;
  if (next.documents.size !== read.count || sum !== read.versionSum) {
    // Something changed outside the margin (or while reading): load it all again.
    cache.delete(productionId);
    const full = await repos.cost.ledgerRead(productionId, null);
    next = {
      documents: new Map(),
      count: full.count,
      versionSum: full.versionSum,
      readAt: Date.parse(full.readAt),
      list: null,
    };
    for (const d of full.documents) {
      next.documents.set(d.document.id, { document: d.document, version: d.version });
    }
  } else {
    next.count = read.count;
    next.versionSum = read.versionSum;
    next.readAt = Date.parse(read.readAt);
  }
  cache.delete(productionId);
  cache.set(productionId, next);
  while (cache.size > MAX_PRODUCTIONS) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return (next.list = [...next.documents.values()].map((d) => d.document));
};

export type BuiltCostReport = {
  readonly report: CostReport;
  readonly overages: readonly OverageCoverage[];
  readonly version: BudgetVersionRecord;
  readonly documents: readonly SpendingDocument[];
};

/**
 * The cost report of the production as of a day, against its approved main budget: documents, entered
 * estimates, the last report issued before that day and the accepted overages. `deps` enables the caches
 * (pass null inside a transaction that wrote).
 */
export const buildProductionCostReport = async (
  repos: Repositories,
  production: Production,
  asOf: CalendarDate,
  deps: ServerDeps | null,
): Promise<BuiltCostReport> => {
  const context = await loadSpendingContext(repos, production);
  const version = context.approved;
  if (version === null) {
    throw new DomainError(
      'conflict',
      'The cost report is measured against the approved budget, and the production has none yet',
    );
  }
  const [computed, documents, estimates, previous, accepted] = [
    await loadComputedBudget(repos, version, deps),
    await ledgerDocuments(repos, production.id, deps),
    await repos.cost.listEstimates(production.id),
    await repos.cost.previousReport(production.id, asOf),
    await repos.cost.listOverages(production.id),
  ];
  const accountEstimates = new Map<string, MinorUnits>();
  const itemEstimates = new Map<string, MinorUnits>();
  for (const e of estimates) {
    (e.target === 'account' ? accountEstimates : itemEstimates).set(e.key, e.amount);
  }
  const built = buildCostReport({
    budget: costReportBudgetOf(computed),
    documents,
    asOf,
    estimatesToComplete: accountEstimates,
    itemEstimates,
    previous: previous?.snapshot ?? null,
  });
  if (!built.ok) throw built.error;
  return {
    report: built.value,
    overages: overageCoverage(
      built.value,
      accepted.map((o) => ({ accountNumber: o.accountNumber, amount: o.amount })),
    ),
    version,
    documents,
  };
};
