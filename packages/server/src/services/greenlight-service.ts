import type { ChangeStageRequest } from '@greenlight/contract';
import {
  DomainError,
  greenlightOverride,
  isDomainError,
  type JsonValue,
  mayOverrideGreenlightGate,
  PRODUCTION_STAGE_LABELS,
  type Production,
} from '@greenlight/domain';
import {
  assessGreenlightGate,
  finalSayLabel,
  refuseUnlessOpen,
} from './greenlight-gate-service.js';
import { takeAction, type TakeActionResult } from './take-action.js';
import { inTransaction, personOf, snapshotOf, type ServiceContext } from './service-context.js';

/**
 * The greenlight: out of development only through the gate (an approved budget covered by closed financing),
 * checked when it is asked for and again when it is carried out, since the money may move while a request
 * waits. Overriding a refusing gate is a decision of its own, open only to whoever holds the final financial
 * say; it is written to the audit log with its reason, and a refused attempt is audited too.
 */
export const greenlight = async (
  context: ServiceContext,
  production: Production,
  input: ChangeStageRequest,
): Promise<TakeActionResult> => {
  const personId = personOf(context);
  const snapshot = await snapshotOf(context.deps.database.kysely, production.id);
  const label = finalSayLabel(snapshot);
  const override = input.override;
  const rule = `The ${label} holds the final financial say and may override the greenlight gate`;
  if (override !== undefined && !mayOverrideGreenlightGate(snapshot, personId)) {
    const refusal = `Only the ${label}, who holds the final financial say, may override the greenlight gate`;
    await inTransaction(context.deps, (repos) =>
      repos.auditLog.append([
        {
          productionId: production.id,
          at: context.deps.clock.now(),
          actorPersonId: personId,
          action: 'production.greenlight-override',
          outcome: 'denied',
          rule: refusal,
          amount: null,
          approvalRequestId: null,
          details: { reason: override.reason, authority: { code: 'not-final-say' } },
        },
      ]),
    );
    throw new DomainError('forbidden', refusal, { code: 'not-final-say' });
  }
  const from = PRODUCTION_STAGE_LABELS[production.stage];
  const to = PRODUCTION_STAGE_LABELS[input.to];
  return refusalsAudited(
    context,
    production,
    input,
    takeAction(context, {
      productionId: production.id,
      action: 'production.greenlight',
      summary: `${from} → ${to}${override === undefined ? '' : ', overriding the greenlight gate'}${input.note ? `: ${input.note}` : ''}`,
      ...(override === undefined ? {} : { details: { override: { reason: override.reason } } }),
      buildEffect: async (repos) => {
        const { gate, context: financing } = await assessGreenlightGate(repos, production);
        if (override === undefined) {
          refuseUnlessOpen(gate, financing.currency, label);
          return { kind: 'change-stage' as const, from: production.stage, to: input.to };
        }
        const record = greenlightOverride(gate, override.reason);
        if (!record.ok) throw record.error;
        return {
          kind: 'change-stage' as const,
          from: production.stage,
          to: input.to,
          override: {
            reason: record.value.reason,
            by: personId,
            rule,
            overridden: record.value.overridden.map((r) => ({ code: r.code, message: r.message })),
            shortfall: record.value.shortfall,
          },
        };
      },
    }),
  );
};

/**
 * A greenlight the gate refuses is a decision too: it goes into the audit log with the gate's reasons (the
 * action's own transaction was rolled back with the refusal).
 */
const refusalsAudited = async (
  context: ServiceContext,
  production: Production,
  input: ChangeStageRequest,
  attempt: Promise<TakeActionResult>,
): Promise<TakeActionResult> => {
  try {
    return await attempt;
  } catch (error) {
    const gate = isDomainError(error) ? error.details?.['gate'] : undefined;
    if (isDomainError(error) && gate !== undefined) {
      await inTransaction(context.deps, (repos) =>
        repos.auditLog.append([
          {
            productionId: production.id,
            at: context.deps.clock.now(),
            actorPersonId: personOf(context),
            action: 'production.greenlight',
            outcome: 'denied',
            rule: error.message,
            amount: null,
            approvalRequestId: null,
            details: {
              summary: `${PRODUCTION_STAGE_LABELS[production.stage]} → ${PRODUCTION_STAGE_LABELS[input.to]}: refused by the greenlight gate`,
              gate: gate as JsonValue,
            },
          },
        ]),
      );
    }
    throw error;
  }
};
