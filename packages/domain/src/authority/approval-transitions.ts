import type { CalendarDate, Instant } from '../shared/calendar-date.js';
import { DomainError } from '../shared/domain-error.js';
import type { ApprovalRequestId, PersonId, ProductionId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import { actionDefinition } from './action-catalog.js';
import type { ApprovalRequest, JsonValue } from './approval-request.js';
import type { AuditEvent, AuditOutcome } from './audit-entry.js';
import { authorityBasisJson } from './authority-basis-json.js';
import type { AuthoritySnapshot } from './authority-snapshot.js';
import type { DecisionContext, RequiresApprovalDecision } from './decision.js';
import { eligibleToApprove } from './eligible-to-approve.js';
import { approversPhrase, escalationTargets } from './route-approvers.js';

export type ApprovalTransition = Result<
  { readonly request: ApprovalRequest; readonly event: AuditEvent },
  DomainError
>;

export type OpenApprovalRequestInput = {
  readonly id: ApprovalRequestId;
  readonly productionId: ProductionId;
  readonly requestedBy: PersonId;
  readonly decision: RequiresApprovalDecision;
  /** The context the decision was made with: its amount and department travel with the request. */
  readonly context: Pick<DecisionContext, 'amount' | 'department'>;
  readonly summary: string;
  readonly payload: JsonValue;
  readonly now: Instant;
};

/**
 * A pending request built from a requires-approval decision, routed to the approvers the decision chose. A
 * blank summary falls back to the action's label so the inbox never shows an empty line.
 */
export const openApprovalRequest = (input: OpenApprovalRequestInput): ApprovalRequest => {
  const definition = actionDefinition(input.decision.action);
  const summary = input.summary.trim();
  return {
    id: input.id,
    productionId: input.productionId,
    action: input.decision.action,
    requestedBy: input.requestedBy,
    amount: definition.involvesMoney ? (input.context.amount ?? null) : null,
    department: input.context.department ?? null,
    summary: summary === '' ? definition.label : summary,
    payload: input.payload,
    status: 'pending',
    routedTo: input.decision.approvers,
    level: 0,
    createdAt: input.now,
    decidedAt: null,
    decidedBy: null,
    decisionReason: null,
  };
};

export type DecideRequestOptions = { readonly now: Instant; readonly today: CalendarDate };

const event = (
  request: ApprovalRequest,
  actor: PersonId,
  outcome: AuditOutcome,
  rule: string,
  at: Instant,
  details: JsonValue,
): AuditEvent => ({
  productionId: request.productionId,
  at,
  actorPersonId: actor,
  action: request.action,
  outcome,
  rule,
  amount: request.amount,
  approvalRequestId: request.id,
  details,
});

// Only a pending request moves, and only against the snapshot of its own production.
const checkOpen = (request: ApprovalRequest, snapshot?: AuthoritySnapshot): DomainError | null => {
  if (snapshot !== undefined && snapshot.productionId !== request.productionId) {
    return new DomainError(
      'internal',
      'The authority snapshot is of another production than the request',
      {
        requestId: request.id,
      },
    );
  }
  if (request.status !== 'pending') {
    return new DomainError('conflict', `The request is already ${request.status}`, {
      requestId: request.id,
      status: request.status,
    });
  }
  return null;
};

/**
 * Approve a pending request. The approver's authority is checked now, against the current snapshot, amount
 * and date, not against whom the request was routed to: anyone eligible may decide it, and someone who has
 * since lost the authority may not. Nobody approves their own request.
 */
export const approveRequest = (
  snapshot: AuthoritySnapshot,
  request: ApprovalRequest,
  approverId: PersonId,
  options: DecideRequestOptions & { readonly note?: string },
): ApprovalTransition => {
  const closed = checkOpen(request, snapshot);
  if (closed) return err(closed);
  const eligibility = eligibleToApprove(snapshot, approverId, request, options.today);
  if (!eligibility.eligible) {
    return err(new DomainError('forbidden', eligibility.reason, { requestId: request.id }));
  }
  const note = options.note?.trim() || null;
  const approved: ApprovalRequest = {
    ...request,
    status: 'approved',
    decidedAt: options.now,
    decidedBy: approverId,
    decisionReason: note,
  };
  return ok({
    request: approved,
    event: event(request, approverId, 'approved', eligibility.rule, options.now, {
      basis: authorityBasisJson(eligibility.basis),
      level: request.level,
      note,
    }),
  });
};

/** Reject a pending request, with a reason the requester will read. Only someone who could approve it may. */
export const rejectRequest = (
  snapshot: AuthoritySnapshot,
  request: ApprovalRequest,
  approverId: PersonId,
  options: DecideRequestOptions & { readonly reason: string },
): ApprovalTransition => {
  const closed = checkOpen(request, snapshot);
  if (closed) return err(closed);
  const eligibility = eligibleToApprove(snapshot, approverId, request, options.today);
  if (!eligibility.eligible) {
    return err(new DomainError('forbidden', eligibility.reason, { requestId: request.id }));
  }
  const reason = options.reason.trim();
  if (reason === '')
    return err(new DomainError('validation', 'A rejection needs a reason', { field: 'reason' }));
  return ok({
    request: {
      ...request,
      status: 'rejected',
      decidedAt: options.now,
      decidedBy: approverId,
      decisionReason: reason,
    },
    event: event(request, approverId, 'rejected', eligibility.rule, options.now, {
      basis: authorityBasisJson(eligibility.basis),
      level: request.level,
      reason,
    }),
  });
};

/** The requester takes a pending request back. */
export const withdrawRequest = (
  request: ApprovalRequest,
  personId: PersonId,
  options: { readonly now: Instant },
): ApprovalTransition => {
  const closed = checkOpen(request);
  if (closed) return err(closed);
  if (personId !== request.requestedBy) {
    return err(
      new DomainError('forbidden', 'Only the requester may withdraw a request', {
        requestId: request.id,
      }),
    );
  }
  return ok({
    request: {
      ...request,
      status: 'withdrawn',
      decidedAt: options.now,
      decidedBy: personId,
      decisionReason: null,
    },
    event: event(
      request,
      personId,
      'withdrawn',
      'The requester may withdraw their own pending request',
      options.now,
      {
        level: request.level,
      },
    ),
  });
};

/**
 * Send a pending request one level higher: to the next eligible people above those it is routed to in the
 * requester's chain of command, and past the top of the chain to the final say. The requester and the people
 * it is routed to may escalate; once it is with the final say there is nowhere higher and it is refused.
 */
export const escalateRequest = (
  snapshot: AuthoritySnapshot,
  request: ApprovalRequest,
  personId: PersonId,
  options: DecideRequestOptions,
): ApprovalTransition => {
  const closed = checkOpen(request, snapshot);
  if (closed) return err(closed);
  if (personId !== request.requestedBy && !request.routedTo.includes(personId)) {
    return err(
      new DomainError(
        'forbidden',
        'Only the requester or the people it is routed to may escalate a request',
        {
          requestId: request.id,
        },
      ),
    );
  }
  const targets = escalationTargets(snapshot, request, options.today);
  if (!targets.ok)
    return err(new DomainError('conflict', targets.error, { requestId: request.id }));
  const escalated: ApprovalRequest = {
    ...request,
    routedTo: targets.value,
    level: request.level + 1,
  };
  const to = approversPhrase(snapshot, request, targets.value, options.today);
  return ok({
    request: escalated,
    event: event(request, personId, 'escalated', `Escalated to ${to}`, options.now, {
      from: request.routedTo,
      to: targets.value,
      level: escalated.level,
    }),
  });
};
