import { DomainError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { budgetStatusAfter, type BudgetStatus, type BudgetTransition } from './budget-status.js';

/** A version of a production's budget; its lines are stored with it, its status says what may happen. */
export type BudgetVersion = {
  readonly id: string;
  /** 1, 2, 3 … in the order the versions were made. */
  readonly number: number;
  readonly name: string;
  readonly status: BudgetStatus;
  /** The approved version this one revises, or null for a first budget. */
  readonly revisionOf: string | null;
};

/** The budget in force: the approved version (there is at most one), or null. */
export const approvedVersion = (versions: readonly BudgetVersion[]): BudgetVersion | null =>
  versions.find((version) => version.status === 'approved') ?? null;

const notFound = (id: string) =>
  err(new DomainError('not-found', `There is no budget version ${id}`, { versionId: id }));

/**
 * A transition of one version. Approving a version supersedes the version approved before it (it becomes
 * locked) in the same step, so exactly one budget is in force. Returns every version that changed.
 */
export const transitionBudgetVersion = (
  versions: readonly BudgetVersion[],
  versionId: string,
  transition: BudgetTransition,
): Result<{ readonly version: BudgetVersion; readonly superseded: BudgetVersion | null }> => {
  const version = versions.find((v) => v.id === versionId);
  if (!version) return notFound(versionId);
  if (transition === 'supersede') {
    return err(
      new DomainError(
        'conflict',
        'An approved budget is superseded only by approving a revision of it',
        { versionId },
      ),
    );
  }
  const status = budgetStatusAfter(version.status, transition);
  if (!status.ok) return status;
  const updated = { ...version, status: status.value };
  if (transition !== 'approve') return ok({ version: updated, superseded: null });
  const previous = approvedVersion(versions);
  return ok({
    version: updated,
    superseded: previous && previous.id !== versionId ? { ...previous, status: 'locked' } : null,
  });
};

/**
 * A new draft revising the approved version `fromId` (its lines are the caller's copy of that version's
 * budget): the only way to change an approved budget. Numbered after the last version.
 */
export const startBudgetRevision = (
  versions: readonly BudgetVersion[],
  fromId: string,
  newVersion: { readonly id: string; readonly name: string },
): Result<BudgetVersion> => {
  const from = versions.find((v) => v.id === fromId);
  if (!from) return notFound(fromId);
  if (from.status !== 'approved') {
    return err(
      new DomainError(
        'conflict',
        `Only the approved budget is revised; version ${from.number} (${from.name}) is ${from.status}`,
        { versionId: fromId },
      ),
    );
  }
  if (versions.some((v) => v.id === newVersion.id)) {
    return err(
      new DomainError('conflict', `There is already a budget version ${newVersion.id}`, {
        versionId: newVersion.id,
      }),
    );
  }
  return ok({
    id: newVersion.id,
    number: Math.max(0, ...versions.map((v) => v.number)) + 1,
    name: newVersion.name,
    status: 'draft',
    revisionOf: fromId,
  });
};
