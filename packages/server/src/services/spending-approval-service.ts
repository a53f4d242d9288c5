import type { z } from 'zod';
import type { SpendingDocumentDto, SpendingInboxSchema } from '@greenlight/contract';
import type { Repositories } from '@greenlight/db';
import {
  approveSpendingDocument,
  auditEventForDecision,
  decide,
  DomainError,
  moveSpendingDocument,
  SPENDING_ACTION,
  SPENDING_DOCUMENT_KIND_LABELS,
  spendingSigner,
  validateSpendingDocument,
  type AuthoritySnapshot,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import {
  checkAgainstPurchaseOrder,
  mustBeAtVersion,
  mustFindDocument,
  settleOrderOf,
} from './apply-cost-effect.js';
import { loadSpendingContext, subjectOf } from './cost-context.js';
import {
  inTransaction,
  mustFind,
  personOf,
  readOnly,
  snapshotOf,
  todayFor,
  type ServiceContext,
} from './service-context.js';
import { namesOf, routeOf, toDocumentDto } from './spending-service.js';

// The approval path of spending documents: submit (decided as expenditure.commit), sign-offs within
// signing limits, return, and the inbox of documents a person may sign.

type InboxDto = z.output<typeof SpendingInboxSchema>;

/** A member's write that the matrix refused: audited in its own transaction, then 403 (or 404). */
const refuse = async (
  context: ServiceContext,
  event: Parameters<Repositories['auditLog']['append']>[0][number],
  reason: string,
  code: string,
): Promise<never> => {
  await inTransaction(context.deps, (repos) => repos.auditLog.append([event]));
  if (code === 'not-on-production') throw new DomainError('not-found', 'No such production');
  throw new DomainError('forbidden', reason, { code, action: SPENDING_ACTION });
};

const memberOrNotFound = (snapshot: AuthoritySnapshot, personId: PersonId): void => {
  const member =
    snapshot.assignments.some(
      (a) => a.personId === personId && a.productionId === snapshot.productionId,
    ) || snapshot.delegations.some((d) => d.toPersonId === personId);
  if (!member) throw new DomainError('not-found', 'No such production');
};

/**
 * Submit a draft: decided as `expenditure.commit` for its amount and department. A refusal is a 403 (and
 * audited); allowed and requires-approval both submit, since the sign-offs are what commit it.
 */
export const submitSpendingDocument = async (
  context: ServiceContext,
  productionId: ProductionId,
  documentId: string,
  version: number,
): Promise<{
  outcome: 'allowed';
  rule: string;
  result: { documentId: string; status: string; version: number };
}> => {
  const personId = personOf(context);
  const outcome = await inTransaction(context.deps, async (repos, tx) => {
    const production = mustFind(await repos.productions.get(productionId), 'production');
    const snapshot = await snapshotOf(tx, production.id);
    const stored = await mustFindDocument(repos, production, documentId);
    mustBeAtVersion(stored.version, version, documentId);
    const document = stored.document;
    const now = context.deps.clock.now();
    const spending = await loadSpendingContext(repos, production);
    const subject = subjectOf(document, spending);
    const decision = decide(snapshot, personId, SPENDING_ACTION, {
      ...(subject.amount === null ? {} : { amount: subject.amount }),
      ...(subject.department === null ? {} : { department: subject.department }),
      today: todayFor(context.deps, production),
    });
    const details = {
      summary: `Submit ${SPENDING_DOCUMENT_KIND_LABELS[document.kind].toLowerCase()} ${document.number}`,
      documentId: document.id,
    };
    const event = auditEventForDecision(snapshot, personId, decision, {
      now,
      amount: subject.amount,
      details,
    });
    if (decision.outcome === 'deny') {
      return { kind: 'denied' as const, event, reason: decision.reason, code: decision.code };
    }
    if (document.requestedBy !== personId) {
      throw new DomainError('forbidden', 'Only the requester submits their document');
    }
    const valid = validateSpendingDocument(document);
    if (!valid.ok) throw valid.error;
    await checkAgainstPurchaseOrder(repos, production, document);
    const moved = moveSpendingDocument(document, 'submit');
    if (!moved.ok) throw moved.error;
    const saved = await repos.cost.setStatus(document.id, moved.value.status, stored.version, {
      newSubmission: true,
    });
    await repos.auditLog.append([event]);
    return {
      kind: 'done' as const,
      rule: decision.outcome === 'allow' ? decision.rule : decision.reason,
      saved,
    };
  });
  if (outcome.kind === 'denied')
    return refuse(context, outcome.event, outcome.reason, outcome.code);
  return {
    outcome: 'allowed',
    rule: outcome.rule,
    result: {
      documentId: outcome.saved.document.id,
      status: outcome.saved.document.status,
      version: outcome.saved.version,
    },
  };
};

/**
 * Sign a submitted document, in one transaction: read it, let the domain record the sign-off (refusing the
 * requester, a second signature, an over-limit signer it is not routed to, a document no longer submitted),
 * store the sign-off, then move the document only if it is still at the version read. Of two approvals at
 * once exactly one is stored; the other is a 409 and leaves nothing behind.
 */
export const approveSpending = async (
  context: ServiceContext,
  productionId: ProductionId,
  documentId: string,
  version: number,
): Promise<{ outcome: 'approved' | 'escalated'; document: SpendingDocumentDto }> => {
  const personId = personOf(context);
  const result = await inTransaction(context.deps, async (repos, tx) => {
    const production = mustFind(await repos.productions.get(productionId), 'production');
    const snapshot = await snapshotOf(tx, production.id);
    memberOrNotFound(snapshot, personId);
    const stored = await mustFindDocument(repos, production, documentId);
    mustBeAtVersion(stored.version, version, documentId);
    const spending = await loadSpendingContext(repos, production);
    const subject = subjectOf(stored.document, spending);
    const today = todayFor(context.deps, production);
    const signed = approveSpendingDocument(snapshot, stored.document, subject, personId, {
      now: context.deps.clock.now(),
      today,
    });
    if (!signed.ok) throw signed.error;
    await repos.cost.addApproval(stored.document.id, stored.submission, signed.value.approval);
    const saved = await repos.cost.setStatus(
      stored.document.id,
      signed.value.document.status,
      stored.version,
    );
    await repos.auditLog.append([signed.value.event]);
    if (signed.value.outcome === 'approved') {
      await settleOrderOf(repos, production, saved.document);
    }
    const names = await namesOf(repos, production.id);
    return {
      outcome: signed.value.outcome,
      document: toDocumentDto(saved, names, routeOf(saved, snapshot, spending, today)),
    };
  });
  return result;
};

/** Send a submitted document back to draft: someone who may sign it (never its requester). */
export const returnSpendingDocument = async (
  context: ServiceContext,
  productionId: ProductionId,
  documentId: string,
  version: number,
  note: string | undefined,
) => {
  const personId = personOf(context);
  return inTransaction(context.deps, async (repos, tx) => {
    const production = mustFind(await repos.productions.get(productionId), 'production');
    const snapshot = await snapshotOf(tx, production.id);
    memberOrNotFound(snapshot, personId);
    const stored = await mustFindDocument(repos, production, documentId);
    mustBeAtVersion(stored.version, version, documentId);
    const spending = await loadSpendingContext(repos, production);
    const subject = subjectOf(stored.document, spending);
    const today = todayFor(context.deps, production);
    if (
      stored.document.requestedBy === personId ||
      spendingSigner(snapshot, personId, subject, today) === null
    ) {
      throw new DomainError('forbidden', 'Only someone who may sign this document returns it');
    }
    const moved = moveSpendingDocument(stored.document, 'return');
    if (!moved.ok) throw moved.error;
    const saved = await repos.cost.setStatus(
      stored.document.id,
      moved.value.status,
      stored.version,
    );
    await repos.auditLog.append([
      {
        productionId: production.id,
        at: context.deps.clock.now(),
        actorPersonId: personId,
        action: SPENDING_ACTION,
        outcome: 'rejected',
        rule: `Returned to draft${note === undefined ? '' : `: ${note}`}`,
        amount: subject.amount,
        approvalRequestId: null,
        details: {
          documentId: stored.document.id,
          kind: stored.document.kind,
          number: stored.document.number,
        },
      },
    ]);
    return {
      outcome: 'allowed' as const,
      rule: 'Returned to draft',
      result: {
        documentId: saved.document.id,
        status: saved.document.status,
        version: saved.version,
      },
    };
  });
};

/**
 * Submitted documents the viewer may sign now: routed to them, or within their signing limit (anyone
 * covering may sign at any time).
 */
export const spendingInbox = async (
  context: ServiceContext,
  productionId: ProductionId,
): Promise<InboxDto> => {
  const repos = readOnly(context.deps);
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const personId = personOf(context);
  const snapshot = await snapshotOf(context.deps.database.kysely, productionId);
  const spending = await loadSpendingContext(repos, production);
  const today = todayFor(context.deps, production);
  const submitted = await repos.cost.listStoredDocuments(productionId, { status: 'submitted' });
  const approvals = await repos.cost.approvalsOf(submitted);
  const names = await namesOf(repos, productionId);
  const documents: InboxDto['documents'] = [];
  for (const s of submitted) {
    const stored = {
      ...s,
      document: { ...s.document, approvals: approvals.get(s.document.id) ?? [] },
    };
    if (stored.document.requestedBy === personId) continue;
    if (stored.document.approvals.some((a) => a.personId === personId)) continue;
    const route = routeOf(stored, snapshot, spending, today);
    let covers: boolean;
    try {
      covers =
        spendingSigner(snapshot, personId, subjectOf(stored.document, spending), today)?.covers ??
        false;
    } catch {
      covers = false;
    }
    const routed = route?.state === 'pending' && route.nextApprovers.includes(personId);
    if (!routed && !covers) continue;
    documents.push({
      ...toDocumentDto(stored, names, route),
      routedToViewer: routed,
      viewerCovers: covers,
    });
  }
  return { documents };
};
