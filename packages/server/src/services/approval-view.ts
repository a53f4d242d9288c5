import type { ApprovalRequestDto } from '@greenlight/contract';
import {
  actionDefinition,
  eligibleToApprove,
  escalationTargets,
  type ApprovalRequest,
  type AuthoritySnapshot,
  type CalendarDate,
  type PersonId,
  type Production,
} from '@greenlight/domain';

export type ApprovalViewContext = {
  readonly production: Production;
  readonly snapshot: AuthoritySnapshot;
  readonly names: ReadonlyMap<string, string>;
  readonly viewer: PersonId;
  readonly today: CalendarDate;
};

const nameOf = (names: ReadonlyMap<string, string>, id: string | null): string | null =>
  id === null ? null : (names.get(id) ?? 'Someone no longer on the production');

/** A request as the viewer sees it: names instead of ids, and what the viewer may do with it now. */
export const toApprovalView = (
  request: ApprovalRequest,
  view: ApprovalViewContext,
): ApprovalRequestDto => {
  const pending = request.status === 'pending';
  const involved = request.requestedBy === view.viewer || request.routedTo.includes(view.viewer);
  return {
    id: request.id,
    productionId: request.productionId,
    productionTitle: view.production.title,
    currency: view.production.currency,
    action: request.action,
    actionLabel: actionDefinition(request.action).label,
    requestedBy: request.requestedBy,
    requestedByName: nameOf(view.names, request.requestedBy) ?? '',
    amount: request.amount,
    department: request.department,
    summary: request.summary,
    payload: request.payload,
    status: request.status,
    routedTo: request.routedTo.map((personId) => ({
      personId,
      name: nameOf(view.names, personId) ?? '',
    })),
    level: request.level,
    createdAt: request.createdAt,
    decidedAt: request.decidedAt,
    decidedBy: request.decidedBy,
    decidedByName: nameOf(view.names, request.decidedBy),
    decisionReason: request.decisionReason,
    canDecide:
      pending && eligibleToApprove(view.snapshot, view.viewer, request, view.today).eligible,
    canWithdraw: pending && request.requestedBy === view.viewer,
    canEscalate: pending && involved && escalationTargets(view.snapshot, request, view.today).ok,
  };
};
