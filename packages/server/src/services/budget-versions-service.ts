import type { BudgetComparisonDto, BudgetTransitionRequest } from '@greenlight/contract';
import {
  BUDGET_TRANSITION_ACTIONS,
  budgetStatusAfter,
  compareBudgets,
  type ActionId,
  type ApprovalRequestId,
  type ProductionId,
} from '@greenlight/domain';
import { toVersionSummaryDto } from './budget-dto.js';
import { loadComputedBudget, mustFindVersion } from './load-budget.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import { personOf, readOnly, type ServiceContext } from './service-context.js';

const PAST: Readonly<Record<BudgetTransitionRequest['transition'], string>> = {
  submit: 'Submit for approval',
  withdraw: 'Withdraw from approval',
  return: 'Return for changes',
  approve: 'Approve',
};

/**
 * Submit, withdraw, return or approve a version; the domain says which moves its status allows and which
 * catalog action each is (submitting is preparing the budget, approving is `budget.approve`: by default
 * the executive producer, so a producer's "approve" is routed to them). Approving a revision locks the
 * version it replaces, in the same step.
 */
export const transitionBudget = async (
  context: ServiceContext,
  productionId: ProductionId,
  versionId: string,
  input: BudgetTransitionRequest,
  declare: (action: ActionId) => ActionId,
): Promise<TakeActionResult> => {
  const version = await mustFindVersion(readOnly(context.deps), productionId, versionId);
  const action = declare(BUDGET_TRANSITION_ACTIONS[input.transition]);
  // A move the status does not allow is a 409 before anyone is asked.
  const after = budgetStatusAfter(version.status, input.transition);
  if (!after.ok) throw after.error;
  return takeAction(context, {
    productionId,
    action,
    summary: `${PAST[input.transition]}: ${version.name} (version ${version.number})${input.note ? `: ${input.note}` : ''}`,
    buildEffect: (_repos, _production, _snapshot, requestId: ApprovalRequestId | null) =>
      Promise.resolve({
        kind: 'budget-transition' as const,
        versionId: version.id,
        transition: input.transition,
        from: version.status,
        by: personOf(context),
        requestId,
      }),
  });
};

/** A new draft copied from the approved version: the only way an approved budget changes. */
export const startRevision = async (
  context: ServiceContext,
  productionId: ProductionId,
  versionId: string,
  input: { name?: string | undefined },
): Promise<TakeActionResult> => {
  const version = await mustFindVersion(readOnly(context.deps), productionId, versionId);
  const name = input.name ?? `Revision of version ${version.number}`;
  return takeAction(context, {
    productionId,
    action: 'budget.edit-top-sheet',
    summary: `Start a revision of ${version.name} (version ${version.number}): “${name}”`,
    buildEffect: () =>
      Promise.resolve({
        kind: 'start-budget-revision' as const,
        fromVersionId: version.id,
        name,
        createdBy: personOf(context),
      }),
  });
};

/** Two versions (of any budgets of the production, in one currency) line by line. */
export const compareBudgetVersions = async (
  context: ServiceContext,
  productionId: ProductionId,
  query: { from: string; to: string },
): Promise<BudgetComparisonDto> => {
  const repos = readOnly(context.deps);
  const from = await mustFindVersion(repos, productionId, query.from);
  const to = await mustFindVersion(repos, productionId, query.to);
  const comparison = compareBudgets(
    await loadComputedBudget(repos, from, context.deps),
    await loadComputedBudget(repos, to, context.deps),
  );
  if (!comparison.ok) throw comparison.error;
  const c = comparison.value;
  return {
    from: toVersionSummaryDto(from),
    to: toVersionSummaryDto(to),
    currency: c.currency,
    lines: c.lines.map((line) =>
      line.kind === 'changed' ? { ...line, fields: [...line.fields] } : { ...line },
    ),
    unchangedLines: c.unchangedLines,
    accounts: c.accounts.map((a) => ({ ...a })),
    sections: { ...c.sections },
    percentageItems: c.percentageItems.map((item) => ({ ...item })),
    subtotal: c.subtotal,
    grandTotal: c.grandTotal,
    globals: c.globals.map((g) => ({ ...g })),
  };
};
