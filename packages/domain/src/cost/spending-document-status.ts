import { DomainError } from '../shared/domain-error.js';
import type { MinorUnits } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  isFullyApproved,
  SPENDING_DOCUMENT_KIND_LABELS,
  spendingDocumentTotal,
  type SpendingDocument,
  type SpendingDocumentKind,
  type SpendingDocumentStatus,
} from './spending-document.js';

export const SPENDING_DOCUMENT_STATUS_LABELS: Readonly<Record<SpendingDocumentStatus, string>> = {
  draft: 'Draft',
  submitted: 'Submitted',
  approved: 'Approved',
  committed: 'Committed',
  'partly-liquidated': 'Partly liquidated',
  closed: 'Closed',
  paid: 'Paid',
  void: 'Void',
};

/**
 * - `submit`: the requester sends a draft for approval;
 * - `withdraw`: the requester takes a submitted document back to draft;
 * - `return`: an approver sends a submitted document back to draft, to be changed;
 * - `approve`: a submitted document with a covering sign-off becomes committed (a purchase order) or
 *   approved (the others); `approveSpendingDocument` records sign-offs and makes this move;
 * - `close`: a purchase order releases what is left of its commitment;
 * - `reopen`: a purchase order closed by hand commits its open balance again (then `settlePurchaseOrder`);
 * - `pay`: an approved invoice, check request, envelope or card transaction is paid (reimbursed, settled);
 * - `void`: a document is cancelled. A paid document, or a purchase order invoices have drawn on, is a
 *   matter for a credit document, not a void.
 */
export type SpendingDocumentTransition =
  'submit' | 'withdraw' | 'return' | 'approve' | 'close' | 'reopen' | 'pay' | 'void';

type Move = {
  readonly from: readonly SpendingDocumentStatus[];
  readonly to: SpendingDocumentStatus;
};
type Moves = Readonly<Partial<Record<SpendingDocumentTransition, Move>>>;

const PURCHASE_ORDER_MOVES: Moves = {
  submit: { from: ['draft'], to: 'submitted' },
  withdraw: { from: ['submitted'], to: 'draft' },
  return: { from: ['submitted'], to: 'draft' },
  approve: { from: ['submitted'], to: 'committed' },
  close: { from: ['committed', 'partly-liquidated'], to: 'closed' },
  reopen: { from: ['closed'], to: 'committed' },
  void: { from: ['draft', 'submitted', 'committed'], to: 'void' },
};

const SPEND_MOVES: Moves = {
  submit: { from: ['draft'], to: 'submitted' },
  withdraw: { from: ['submitted'], to: 'draft' },
  return: { from: ['submitted'], to: 'draft' },
  approve: { from: ['submitted'], to: 'approved' },
  pay: { from: ['approved'], to: 'paid' },
  void: { from: ['draft', 'submitted', 'approved'], to: 'void' },
};

const MOVES: Readonly<Record<SpendingDocumentKind, Moves>> = {
  'purchase-order': PURCHASE_ORDER_MOVES,
  invoice: SPEND_MOVES,
  'check-request': SPEND_MOVES,
  'petty-cash': SPEND_MOVES,
  'card-transaction': SPEND_MOVES,
};

const TRANSITIONS: readonly SpendingDocumentTransition[] = [
  'submit',
  'withdraw',
  'return',
  'approve',
  'close',
  'reopen',
  'pay',
  'void',
];

const PAST: Readonly<Record<SpendingDocumentTransition, string>> = {
  submit: 'submitted',
  withdraw: 'withdrawn',
  return: 'returned',
  approve: 'approved',
  close: 'closed',
  reopen: 'reopened',
  pay: 'paid',
  void: 'voided',
};

/** The statuses a kind of document passes through, in pipeline order. */
export const spendingDocumentStatuses = (
  kind: SpendingDocumentKind,
): readonly SpendingDocumentStatus[] =>
  kind === 'purchase-order'
    ? ['draft', 'submitted', 'committed', 'partly-liquidated', 'closed', 'void']
    : ['draft', 'submitted', 'approved', 'paid', 'void'];

/** Only a draft is edited: a submitted document is what its approvers signed. */
export const canEditSpendingDocument = (status: SpendingDocumentStatus): boolean =>
  status === 'draft';

/** The transitions a document of `kind` in `status` allows. */
export const spendingDocumentTransitions = (
  kind: SpendingDocumentKind,
  status: SpendingDocumentStatus,
): SpendingDocumentTransition[] =>
  TRANSITIONS.filter((t) => MOVES[kind][t]?.from.includes(status) ?? false);

/** The status after a transition, or a conflict naming what the status allows. */
export const spendingDocumentStatusAfter = (
  kind: SpendingDocumentKind,
  status: SpendingDocumentStatus,
  transition: SpendingDocumentTransition,
): Result<SpendingDocumentStatus> => {
  const move = MOVES[kind][transition];
  if (move?.from.includes(status)) return ok(move.to);
  const label = SPENDING_DOCUMENT_KIND_LABELS[kind].toLowerCase();
  const a = /^[aeiou]/.test(label) ? `An ${label}` : `A ${label}`;
  if (move === undefined) {
    return err(
      new DomainError('conflict', `${a} is never ${PAST[transition]}`, {
        kind,
        status,
        transition,
      }),
    );
  }
  const allowed = spendingDocumentTransitions(kind, status);
  return err(
    new DomainError(
      'conflict',
      `${a} that is ${SPENDING_DOCUMENT_STATUS_LABELS[status].toLowerCase()} cannot be ${PAST[transition]}${
        allowed.length === 0
          ? '; it never changes again'
          : `; it can be ${allowed.map((t) => PAST[t]).join(' or ')}`
      }`,
      { kind, status, transition },
    ),
  );
};

/**
 * The document after a transition. Approving needs a sign-off within a signing limit already recorded (so
 * nothing is committed or paid without one); submitting, withdrawing and returning start the sign-offs
 * afresh, because a changed document must be signed again.
 */
export const moveSpendingDocument = (
  document: SpendingDocument,
  transition: SpendingDocumentTransition,
): Result<SpendingDocument> => {
  const after = spendingDocumentStatusAfter(document.kind, document.status, transition);
  if (!after.ok) return after;
  if (transition === 'approve' && !isFullyApproved(document)) {
    return err(
      new DomainError(
        'conflict',
        `${SPENDING_DOCUMENT_KIND_LABELS[document.kind]} ${document.number} has no approval within a signing limit yet`,
        { documentId: document.id },
      ),
    );
  }
  const restarts = transition === 'submit' || transition === 'withdraw' || transition === 'return';
  return ok({
    ...document,
    status: after.value,
    ...(restarts ? { approvals: [] } : {}),
  });
};

/**
 * A committed purchase order's status from what approved and paid invoices have relieved of it: nothing
 * yet is `committed`, some is `partly-liquidated`, all of it is `closed`. A purchase order in any other
 * status is returned as it is: one closed by hand stays closed until it is reopened.
 */
export const settlePurchaseOrder = (
  purchaseOrder: SpendingDocument,
  liquidated: MinorUnits,
): SpendingDocument => {
  if (purchaseOrder.kind !== 'purchase-order') return purchaseOrder;
  if (purchaseOrder.status !== 'committed' && purchaseOrder.status !== 'partly-liquidated') {
    return purchaseOrder;
  }
  const total = spendingDocumentTotal(purchaseOrder);
  const status: SpendingDocumentStatus =
    liquidated >= total ? 'closed' : liquidated > 0 ? 'partly-liquidated' : 'committed';
  return status === purchaseOrder.status ? purchaseOrder : { ...purchaseOrder, status };
};
