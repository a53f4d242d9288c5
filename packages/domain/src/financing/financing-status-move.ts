import type { ActionId } from '../authority/action-catalog.js';
import { DomainError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  FINANCING_STATUS_LABELS,
  type FinancingSource,
  type FinancingStatus,
} from './financing-source.js';

const PIPELINE: readonly FinancingStatus[] = [
  'prospect',
  'in-negotiation',
  'term-sheet',
  'committed',
  'closed',
  'drawn',
];
const CLOSED_AT = PIPELINE.indexOf('closed');

/**
 * Whether a source may move from one status to another:
 * - forward to any later stage (the producer's own funds go straight to closed);
 * - back to an earlier stage only before it is closed (a term sheet falls back to negotiation);
 * - withdrawn from any stage before drawn (money received is not un-received), and revived from
 *   withdrawn as a prospect only;
 * - drawn is final.
 */
export const financingMoveAllowed = (from: FinancingStatus, to: FinancingStatus): boolean => {
  if (from === to) return false;
  if (from === 'drawn') return false;
  if (to === 'withdrawn') return true;
  if (from === 'withdrawn') return to === 'prospect';
  const a = PIPELINE.indexOf(from);
  const b = PIPELINE.indexOf(to);
  return b > a || a < CLOSED_AT;
};

/**
 * The catalog action a move performs: closing a deal (into closed or drawn from before closed) commits
 * the production and has its own authority; everything else is editing the plan.
 */
export const financingMoveAction = (from: FinancingStatus, to: FinancingStatus): ActionId => {
  const closes = (to === 'closed' || to === 'drawn') && PIPELINE.indexOf(from) < CLOSED_AT;
  return closes ? 'financing.close-deal' : 'financing.edit-plan';
};

/** The source in its new status, or a conflict saying why it cannot move there. */
export const moveFinancingSource = (
  source: FinancingSource,
  to: FinancingStatus,
): Result<FinancingSource> => {
  if (!financingMoveAllowed(source.status, to)) {
    return err(
      new DomainError(
        'conflict',
        `${source.name} cannot move from ${FINANCING_STATUS_LABELS[source.status].toLowerCase()} to ${FINANCING_STATUS_LABELS[to].toLowerCase()}`,
        { sourceId: source.id, from: source.status, to },
      ),
    );
  }
  return ok({ ...source, status: to });
};
