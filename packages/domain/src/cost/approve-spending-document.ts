import type { AuditEvent } from '../authority/audit-entry.js';
import { authorityBasisJson } from '../authority/authority-basis-json.js';
import type { AuthoritySnapshot } from '../authority/authority-snapshot.js';
import { eligibleToApprove, type ApprovalSubject } from '../authority/eligible-to-approve.js';
import type { Role } from '../production/roles.js';
import type { CalendarDate, Instant } from '../shared/calendar-date.js';
import { DomainError } from '../shared/domain-error.js';
import type { PersonId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  DEFAULT_SPENDING_LADDER,
  routeSpendingApproval,
  SPENDING_ACTION,
  spendingSigner,
  type SpendingRoute,
} from './route-spending-approval.js';
import {
  SPENDING_DOCUMENT_KIND_LABELS,
  type SpendingApproval,
  type SpendingDocument,
} from './spending-document.js';
import { moveSpendingDocument } from './spending-document-status.js';

export type SpendingApprovalOutcome = {
  /** The document with the sign-off; committed or approved when it covered the amount. */
  readonly document: SpendingDocument;
  readonly approval: SpendingApproval;
  /** `approved`: the document is committed (a purchase order) or approved; `escalated`: it climbs. */
  readonly outcome: 'approved' | 'escalated';
  /** Where it stands now: approved, or whom it waits on next. */
  readonly route: SpendingRoute;
  readonly event: AuditEvent;
};

/**
 * Records a sign-off on a submitted document, checked against the snapshot at this moment. Nobody signs
 * their own document or signs twice. Someone whose limit covers the amount approves it, whoever it is
 * routed to (as with any approval request); someone above their limit may sign only when it is routed to
 * them, and their sign-off sends it to the next rung. A document that is no longer submitted (another
 * approver got there first) is a conflict, so of two approvals at once only one can count: the caller
 * stores the result only if the document is still as it was read.
 */
export const approveSpendingDocument = (
  snapshot: AuthoritySnapshot,
  document: SpendingDocument,
  subject: ApprovalSubject,
  approverId: PersonId,
  options: {
    readonly now: Instant;
    readonly today: CalendarDate;
    readonly ladder?: readonly (readonly Role[])[];
  },
): Result<SpendingApprovalOutcome> => {
  const ladder = options.ladder ?? DEFAULT_SPENDING_LADDER;
  const name = `${SPENDING_DOCUMENT_KIND_LABELS[document.kind]} ${document.number}`;
  const details = { documentId: document.id };
  if (snapshot.productionId !== document.productionId) {
    return err(
      new DomainError(
        'internal',
        'The authority snapshot is of another production than the document',
        details,
      ),
    );
  }
  if (document.status !== 'submitted') {
    return err(
      new DomainError('conflict', `${name} is ${document.status}: it is not waiting for approval`, {
        ...details,
        status: document.status,
      }),
    );
  }
  if (approverId === document.requestedBy || approverId === subject.requestedBy) {
    return err(new DomainError('forbidden', 'Nobody may approve their own document', details));
  }
  if (document.approvals.some((a) => a.personId === approverId)) {
    return err(
      new DomainError('conflict', `${name} already carries this person's sign-off`, details),
    );
  }
  const signer = spendingSigner(snapshot, approverId, subject, options.today, ladder);
  if (signer === null) {
    const eligibility = eligibleToApprove(snapshot, approverId, subject, options.today);
    const reason = eligibility.eligible ? 'May not sign this document' : eligibility.reason;
    return err(new DomainError('forbidden', reason, details));
  }
  const before = routeSpendingApproval(
    snapshot,
    subject,
    document.approvals,
    options.today,
    ladder,
  );
  if (
    !signer.covers &&
    (before.state !== 'pending' || !before.nextApprovers.includes(approverId))
  ) {
    const eligibility = eligibleToApprove(snapshot, approverId, subject, options.today);
    const why = eligibility.eligible ? '' : `${eligibility.reason}; `;
    const waits = before.state === 'pending' ? before.reason : 'it is not routed to them';
    return err(new DomainError('forbidden', `${why}${waits}`, details));
  }

  const approval: SpendingApproval = {
    personId: approverId,
    at: options.now,
    basis: signer.basis,
    covers: signer.covers,
  };
  const signedDocument: SpendingDocument = {
    ...document,
    approvals: [...document.approvals, approval],
  };
  const route = routeSpendingApproval(
    snapshot,
    subject,
    signedDocument.approvals,
    options.today,
    ladder,
  );
  let after = signedDocument;
  if (signer.covers) {
    const moved = moveSpendingDocument(signedDocument, 'approve');
    if (!moved.ok) return moved;
    after = moved.value;
  }
  const eligibility = eligibleToApprove(snapshot, approverId, subject, options.today);
  const rule = eligibility.eligible
    ? eligibility.rule
    : `${eligibility.reason}: signed and sent on${route.state === 'pending' ? `; ${route.reason}` : ''}`;
  const event: AuditEvent = {
    productionId: document.productionId,
    at: options.now,
    actorPersonId: approverId,
    action: SPENDING_ACTION,
    outcome: signer.covers ? 'approved' : 'escalated',
    rule,
    amount: subject.amount,
    approvalRequestId: null,
    details: {
      documentId: document.id,
      kind: document.kind,
      number: document.number,
      basis: authorityBasisJson(signer.basis),
      covers: signer.covers,
      next: route.state === 'pending' ? [...route.nextApprovers] : [],
    },
  };
  return ok({
    document: after,
    approval,
    outcome: signer.covers ? 'approved' : 'escalated',
    route,
    event,
  });
};
