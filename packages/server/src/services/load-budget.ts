import type { BudgetVersionRecord, Repositories } from '@greenlight/db';
import {
  BUDGET_STATUS_LABELS,
  canEditBudget,
  computeBudget,
  DomainError,
  type Budget,
  type ComputedBudget,
  type ProductionId,
} from '@greenlight/domain';
import type { ServerDeps } from '../server-deps.js';
import { cachedBudget, rememberBudget } from './budget-cache.js';
import { mustFind } from './service-context.js';

/** A budget worked out, or the domain's validation error listing every problem (a 400). */
export const computeOrRefuse = (budget: Budget): ComputedBudget => {
  const result = computeBudget(budget);
  if (!result.ok) throw result.error;
  return result.value;
};

/**
 * A stored version worked out. Every save computes the budget first, so a stored version that does not
 * compute is a bug, not the user's data. With `deps`, the cache is used and filled: pass them only for reads
 * of committed content (outside a transaction, or in one before it writes).
 */
export const loadComputedBudget = async (
  repos: Repositories,
  version: BudgetVersionRecord,
  deps: ServerDeps | null,
): Promise<ComputedBudget> => {
  const cached = deps === null ? null : cachedBudget(deps, version.id, version.revision);
  if (cached !== null) return cached;
  const lines = await repos.budgets.lines(version.id);
  const result = computeBudget({ ...version.setup, lines });
  if (!result.ok) {
    throw new DomainError(
      'internal',
      `Stored budget version ${version.id} does not compute: ${result.error.message}`,
    );
  }
  if (deps !== null) rememberBudget(deps, version.id, version.revision, result.value);
  return result.value;
};

export const mustFindVersion = async (
  repos: Repositories,
  productionId: ProductionId,
  versionId: string,
): Promise<BudgetVersionRecord> =>
  mustFind(await repos.budgets.getVersion(productionId, versionId), 'budget version');

/** Only a draft changes: submitted waits for a decision, approved is read-only (changed by a revision). */
export const mustBeEditable = (version: BudgetVersionRecord): void => {
  if (canEditBudget(version.status)) return;
  throw new DomainError(
    'conflict',
    version.status === 'approved' || version.status === 'locked'
      ? `Version ${version.number} (${version.name}) is ${BUDGET_STATUS_LABELS[version.status].toLowerCase()} and read-only: start a revision of the approved budget to change it`
      : `Version ${version.number} (${version.name}) is submitted for approval: withdraw it (or have it returned) to change it`,
    { versionId: version.id, status: version.status },
  );
};

/** The revision the change was made at must still be the version's. */
export const mustBeAtRevision = (version: BudgetVersionRecord, revision: number): void => {
  if (version.revision === revision) return;
  throw new DomainError(
    'conflict',
    'Someone changed this budget since you loaded it; load it again and redo your change',
    { versionId: version.id, revision: version.revision },
  );
};

/** Every version of the budget `version` belongs to, in number order. */
export const versionsOfBudget = async (
  repos: Repositories,
  version: BudgetVersionRecord,
): Promise<BudgetVersionRecord[]> =>
  (await repos.budgets.listVersions(version.productionId)).filter(
    (v) => v.budgetId === version.budgetId,
  );
