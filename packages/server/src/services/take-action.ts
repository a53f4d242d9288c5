import {
  auditEventForDecision,
  decide,
  DomainError,
  openApprovalRequest,
  type ActionId,
  type ApprovalRequest,
  type ApprovalRequestId,
  type AuthoritySnapshot,
  type Department,
  type JsonValue,
  type MinorUnits,
  type Production,
  type ProductionId,
} from '@greenlight/domain';
import type { Repositories } from '@greenlight/db';
import type { ActionEffect } from './action-effect.js';
import { applyActionEffect } from './apply-action-effect.js';
import {
  inTransaction,
  mustFind,
  personOf,
  todayFor,
  type ServiceContext,
  snapshotOf,
} from './service-context.js';

export type TakeActionInput = {
  readonly productionId: ProductionId;
  readonly action: ActionId;
  readonly amount?: MinorUnits;
  readonly department?: Department;
  readonly summary: string;
  readonly details?: JsonValue;
  /**
   * Builds the effect once the matrix has said yes or "ask first" (never before: a refused action leaves no
   * trace but its audit line). May write placeholders, such as a pending expenditure, in the same transaction.
   */
  readonly buildEffect: (
    repos: Repositories,
    production: Production,
    snapshot: AuthoritySnapshot,
    /** The id the approval request will have, when the action is routed for approval. */
    requestId: ApprovalRequestId | null,
  ) => Promise<ActionEffect>;
};

export type TakeActionResult =
  | {
      readonly outcome: 'allowed';
      readonly rule: string;
      readonly result: JsonValue;
      readonly production: Production;
    }
  | {
      readonly outcome: 'approval-requested';
      readonly rule: string;
      readonly request: ApprovalRequest;
      readonly production: Production;
    };

/**
 * The one path every state-changing action takes: ask the production's authority matrix, then do it, route it
 * for approval, or refuse it, and write the decision to the audit log in the same transaction as its effect.
 * A refusal is audited in a transaction of its own, since the action's transaction is rolled back.
 */
export const takeAction = async (
  context: ServiceContext,
  input: TakeActionInput,
): Promise<TakeActionResult> => {
  const { deps } = context;
  const personId = personOf(context);
  const decisionContext = {
    ...(input.amount === undefined ? {} : { amount: input.amount }),
    ...(input.department === undefined ? {} : { department: input.department }),
  };
  const outcome = await inTransaction(deps, async (repos, tx) => {
    const production = mustFind(await repos.productions.get(input.productionId), 'production');
    const snapshot = await snapshotOf(tx, production.id);
    const today = todayFor(deps, production);
    const now = deps.clock.now();
    const decision = decide(snapshot, personId, input.action, { ...decisionContext, today });
    const details = {
      summary: input.summary,
      ...(input.details === undefined ? {} : { data: input.details }),
    };
    if (decision.outcome === 'deny') {
      return {
        kind: 'denied' as const,
        decision,
        event: auditEventForDecision(snapshot, personId, decision, {
          now,
          amount: input.amount ?? null,
          approvalRequestId: null,
          details,
        }),
      };
    }
    const requestId =
      decision.outcome === 'requires-approval' ? (deps.ids.next() as ApprovalRequestId) : null;
    const effect = await input.buildEffect(repos, production, snapshot, requestId);
    if (decision.outcome === 'allow') {
      const result = await applyActionEffect(repos, production, effect, now);
      await repos.auditLog.append([
        auditEventForDecision(snapshot, personId, decision, {
          now,
          amount: input.amount ?? null,
          approvalRequestId: null,
          details,
        }),
      ]);
      const after = mustFind(await repos.productions.get(production.id), 'production');
      return {
        kind: 'done' as const,
        value: { outcome: 'allowed' as const, rule: decision.rule, result, production: after },
      };
    }
    const payload = {
      effect,
      ...(input.details === undefined ? {} : { details: input.details }),
    } as JsonValue;
    const request = openApprovalRequest({
      id: requestId ?? (deps.ids.next() as ApprovalRequestId),
      productionId: production.id,
      requestedBy: personId,
      decision,
      context: decisionContext,
      summary: input.summary,
      payload,
      now,
    });
    const saved = await repos.approvalRequests.create(request);
    await repos.auditLog.append([
      auditEventForDecision(snapshot, personId, decision, {
        now,
        amount: input.amount ?? null,
        approvalRequestId: saved.id,
        details,
      }),
    ]);
    return {
      kind: 'done' as const,
      value: {
        outcome: 'approval-requested' as const,
        rule: decision.reason,
        request: saved,
        production,
      },
    };
  });
  if (outcome.kind === 'denied') {
    await inTransaction(deps, (repos) => repos.auditLog.append([outcome.event]));
    // A stranger to the production learns nothing, not even that it exists: the same 404 as for no production.
    if (outcome.decision.code === 'not-on-production')
      throw new DomainError('not-found', 'No such production');
    throw new DomainError('forbidden', outcome.decision.reason, {
      code: outcome.decision.code,
      action: input.action,
    });
  }
  return outcome.value;
};
