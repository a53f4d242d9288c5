import type { ActionId } from '../authority/action-catalog.js';
import { DomainError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * A budget version's status. Only a draft can be edited. Submitted waits for approval. Approved is the
 * budget in force, read-only: changing it means a revision (a new draft version) approved again. Locked
 * is an approved version superseded by an approved revision, kept as it was for the record.
 */
export const BUDGET_STATUSES = ['draft', 'submitted', 'approved', 'locked'] as const;
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];

export const BUDGET_STATUS_LABELS: Readonly<Record<BudgetStatus, string>> = {
  draft: 'Draft',
  submitted: 'Submitted',
  approved: 'Approved',
  locked: 'Locked',
};

/**
 * - `submit`: the preparer sends a draft for approval;
 * - `withdraw`: the preparer takes a submitted budget back to draft;
 * - `return`: the approver sends a submitted budget back to draft, to be changed;
 * - `approve`: the approver approves a submitted budget;
 * - `supersede`: an approved budget is locked because an approved revision replaces it.
 */
export type BudgetTransition = 'submit' | 'withdraw' | 'return' | 'approve' | 'supersede';

const MOVES: Readonly<Record<BudgetTransition, { from: BudgetStatus; to: BudgetStatus }>> = {
  submit: { from: 'draft', to: 'submitted' },
  withdraw: { from: 'submitted', to: 'draft' },
  return: { from: 'submitted', to: 'draft' },
  approve: { from: 'submitted', to: 'approved' },
  supersede: { from: 'approved', to: 'locked' },
};

const PAST: Readonly<Record<BudgetTransition, string>> = {
  submit: 'submitted',
  withdraw: 'withdrawn',
  return: 'returned',
  approve: 'approved',
  supersede: 'superseded',
};

/**
 * The catalog action each transition performs, for the authority matrix to decide: preparing and
 * withdrawing are building the budget; approving, returning and superseding belong to the approver.
 */
export const BUDGET_TRANSITION_ACTIONS: Readonly<Record<BudgetTransition, ActionId>> = {
  submit: 'budget.edit-top-sheet',
  withdraw: 'budget.edit-top-sheet',
  return: 'budget.approve',
  approve: 'budget.approve',
  supersede: 'budget.approve',
};

export const canEditBudget = (status: BudgetStatus): boolean => status === 'draft';

/** The transitions a version in `status` allows. */
export const budgetTransitions = (status: BudgetStatus): BudgetTransition[] =>
  (Object.keys(MOVES) as BudgetTransition[]).filter((t) => MOVES[t].from === status);

/** The status after a transition, or a conflict naming what the status allows. */
export const budgetStatusAfter = (
  status: BudgetStatus,
  transition: BudgetTransition,
): Result<BudgetStatus> => {
  const move = MOVES[transition];
  if (move.from === status) return ok(move.to);
  const allowed = budgetTransitions(status);
  return err(
    new DomainError(
      'conflict',
      `A budget that is ${BUDGET_STATUS_LABELS[status].toLowerCase()} cannot be ${PAST[transition]}${
        allowed.length === 0
          ? '; it never changes again'
          : `; it can be ${allowed.map((t) => PAST[t]).join(' or ')}`
      }`,
      { status, transition },
    ),
  );
};
