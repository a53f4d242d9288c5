import type { ApprovalListDto, ApprovalRequestDto } from '@greenlight/contract';
import {
  approveRequest,
  eligibleToApprove,
  DomainError,
  escalateRequest,
  rejectRequest,
  withdrawRequest,
  type ApprovalRequest,
  type ApprovalRequestId,
  type ApprovalStatus,
  type ApprovalTransition,
  type AuthoritySnapshot,
  type CalendarDate,
  type Production,
  type ProductionId,
} from '@greenlight/domain';
import type { DbExecutor, Repositories } from '@greenlight/db';
import { RequestPayloadSchema } from './action-effect.js';
import { applyActionEffect, settleRefusedEffect } from './apply-action-effect.js';
import { toApprovalView } from './approval-view.js';
import { deliverPublishedCallSheet } from './call-sheet-delivery.js';
import {
  inTransaction,
  mustFind,
  personOf,
  readOnly,
  todayFor,
  type ServiceContext,
  snapshotOf,
} from './service-context.js';

type Scope = 'awaiting-me' | 'mine' | 'all';

type ProductionView = {
  production: Production;
  snapshot: AuthoritySnapshot;
  names: Map<string, string>;
};

const loadView = async (
  repos: Repositories,
  executor: DbExecutor,
  productionId: ProductionId,
): Promise<ProductionView> => {
  const production = mustFind(await repos.productions.get(productionId), 'production');
  const [snapshot, people] = await Promise.all([
    snapshotOf(executor, productionId),
    repos.people.listByProduction(productionId),
  ]);
  return { production, snapshot, names: new Map(people.map((p) => [p.id, p.name])) };
};

/** The inbox: requests on every production the caller is on, filtered by scope and status. */
export const listApprovals = async (
  context: ServiceContext,
  filter: { scope: Scope; status?: ApprovalStatus | undefined; productionId?: ProductionId },
): Promise<ApprovalListDto> => {
  const { deps } = context;
  const viewer = personOf(context);
  const repos = readOnly(deps);
  const mine = await repos.productions.listForPerson(viewer);
  const productionIds = mine
    .map((entry) => entry.production.id)
    .filter((id) => filter.productionId === undefined || id === filter.productionId);
  if (filter.productionId !== undefined && productionIds.length === 0) {
    throw new DomainError('not-found', 'No such production');
  }
  const requests = await listRequests(repos, productionIds, filter.status);
  // One view per production, and today read once: every request of a production is judged on the same date.
  const views = new Map<string, ProductionView & { today: CalendarDate }>();
  const result: ApprovalRequestDto[] = [];
  for (const request of requests) {
    if (filter.scope === 'mine' && request.requestedBy !== viewer) continue;
    let view = views.get(request.productionId);
    if (!view) {
      const loaded = await loadView(repos, deps.database.kysely, request.productionId);
      view = { ...loaded, today: todayFor(deps, loaded.production) };
      views.set(request.productionId, view);
    }
    // Checked before building the view of the request, which also works out where it could escalate to.
    if (
      filter.scope === 'awaiting-me' &&
      (request.status !== 'pending' ||
        !eligibleToApprove(view.snapshot, viewer, request, view.today).eligible)
    ) {
      continue;
    }
    result.push(toApprovalView(request, { ...view, viewer }));
  }
  return { requests: result };
};

/** One request, visible to anyone on its production. */
export const getApproval = async (
  context: ServiceContext,
  requestId: ApprovalRequestId,
): Promise<ApprovalRequestDto> => {
  const { deps } = context;
  const repos = readOnly(deps);
  const request = mustFind(await repos.approvalRequests.get(requestId), 'approval request');
  const view = await loadView(repos, deps.database.kysely, request.productionId);
  const viewer = personOf(context);
  if (!view.snapshot.assignments.some((a) => a.personId === viewer))
    throw new DomainError('not-found', 'No such approval request');
  return toApprovalView(request, { ...view, viewer, today: todayFor(deps, view.production) });
};

type Verb = 'approve' | 'reject' | 'escalate' | 'withdraw';

/**
 * Decides a request. The transition is checked by the domain against the authority the caller holds at this
 * moment; an approval then carries out the request's effect in the same transaction, so an effect that can no
 * longer be applied (the stage moved on, the matrix changed) leaves the request pending. A refused attempt is
 * audited on its own.
 */
export const decideApproval = async (
  context: ServiceContext,
  requestId: ApprovalRequestId,
  verb: Verb,
  text: { note?: string | undefined; reason?: string | undefined } = {},
): Promise<ApprovalRequestDto> => {
  const { deps } = context;
  const actorId = personOf(context);
  const outcome = await inTransaction(deps, async (repos, tx) => {
    const request = mustFind(await repos.approvalRequests.get(requestId), 'approval request');
    const view = await loadView(repos, tx, request.productionId);
    if (
      !view.snapshot.assignments.some((a) => a.personId === actorId) &&
      request.requestedBy !== actorId
    ) {
      // Strangers to the production learn nothing about its requests.
      throw new DomainError('not-found', 'No such approval request');
    }
    const now = deps.clock.now();
    const today = todayFor(deps, view.production);
    const transition = transitionFor(verb, view.snapshot, request, actorId, { now, today, text });
    if (!transition.ok) return { kind: 'refused' as const, error: transition.error, request };
    const next = transition.value.request;
    const updated = await repos.approvalRequests.update(
      request.id,
      {
        status: next.status,
        routedTo: next.routedTo,
        level: next.level,
        decidedAt: next.decidedAt,
        decidedBy: next.decidedBy,
        decisionReason: next.decisionReason,
      },
      { expectedStatus: 'pending', expectedLevel: request.level },
    );
    const payload = RequestPayloadSchema.safeParse(request.payload);
    if (!payload.success)
      throw new DomainError('internal', 'The request carries an unreadable payload');
    if (updated.status === 'approved')
      await applyActionEffect(repos, view.production, payload.data.effect, now);
    if (updated.status === 'rejected' || updated.status === 'withdrawn') {
      await settleRefusedEffect(repos, payload.data.effect, updated.status);
    }
    await repos.auditLog.append([transition.value.event]);
    const after = mustFind(await repos.productions.get(view.production.id), 'production');
    return {
      kind: 'done' as const,
      request: updated,
      view: { ...view, production: after },
      today,
      effect: payload.data.effect,
    };
  });
  if (outcome.kind === 'refused') {
    const { error, request } = outcome;
    await inTransaction(deps, (repos) =>
      repos.auditLog.append([
        {
          productionId: request.productionId,
          at: deps.clock.now(),
          actorPersonId: actorId,
          action: 'approvals.decide',
          outcome: 'denied',
          rule: error.message,
          amount: request.amount,
          approvalRequestId: request.id,
          details: { attempted: verb, code: error.code },
        },
      ]),
    );
    throw error;
  }
  // What reaches outside the database goes once the approval has committed: a call sheet's emails.
  if (outcome.request.status === 'approved') await deliverPublishedCallSheet(deps, outcome.effect);
  return toApprovalView(outcome.request, {
    ...outcome.view,
    viewer: actorId,
    today: outcome.today,
  });
};

const transitionFor = (
  verb: Verb,
  snapshot: AuthoritySnapshot,
  request: ApprovalRequest,
  actorId: ReturnType<typeof personOf>,
  options: {
    now: ReturnType<ServiceContext['deps']['clock']['now']>;
    today: ReturnType<typeof todayFor>;
    text: { note?: string | undefined; reason?: string | undefined };
  },
): ApprovalTransition => {
  const { now, today, text } = options;
  switch (verb) {
    case 'approve':
      return approveRequest(snapshot, request, actorId, {
        now,
        today,
        ...(text.note ? { note: text.note } : {}),
      });
    case 'reject':
      return rejectRequest(snapshot, request, actorId, { now, today, reason: text.reason ?? '' });
    case 'escalate':
      return escalateRequest(snapshot, request, actorId, { now, today });
    case 'withdraw':
      return withdrawRequest(request, actorId, { now });
  }
};

/** Pending requests come from the inbox query; other statuses production by production. */
export const listRequests = async (
  repos: Repositories,
  productionIds: readonly ProductionId[],
  status: ApprovalStatus | undefined,
): Promise<ApprovalRequest[]> => {
  if (status === 'pending') return repos.approvalRequests.listPending(productionIds);
  const lists = await Promise.all(
    productionIds.map((id) =>
      repos.approvalRequests.listByProduction(id, status === undefined ? {} : { status }),
    ),
  );
  return lists
    .flat()
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
};
