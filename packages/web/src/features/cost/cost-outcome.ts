import type { ActionResultDto } from '@greenlight/contract';
import { ApiError } from '@greenlight/contract';
import { describeError } from '../../api/describe-error';

/**
 * What became of the last change on the Cost tab, shown in the corner toast: an action done or routed, a
 * signature that approved the document or sent it higher, someone else's change first, or a refusal.
 */
export type CostOutcome =
  | { readonly kind: 'result'; readonly result: ActionResultDto; readonly doneText: string }
  | { readonly kind: 'signed'; readonly outcome: 'approved' | 'escalated'; readonly text: string }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'conflict'; readonly message: string };

/** Where a view of the Cost tab reports what became of a change. */
export type ReportCostOutcome = (outcome: CostOutcome) => void;

/** A failed call as an outcome: a 409 is someone else's change (reload), anything else a refusal. */
export const failureOutcome = (error: unknown): CostOutcome =>
  error instanceof ApiError && error.status === 409
    ? { kind: 'conflict', message: `${describeError(error)} Reload to see the latest version.` }
    : { kind: 'error', message: describeError(error) };
