import type { Repositories } from '@greenlight/db';
import {
  formatMoney,
  stageTransitionAction,
  type Instant,
  type MinorUnits,
  type PersonId,
  type Production,
} from '@greenlight/domain';
import type { ActionEffect } from './action-effect.js';
import {
  assessGreenlightGate,
  finalSayLabel,
  refuseUnlessOpen,
} from './greenlight-gate-service.js';

type ChangeStageEffect = Extract<ActionEffect, { kind: 'change-stage' }>;

/**
 * Before a production leaves development: the gate once more (a request may have waited while the money
 * moved: then it is a conflict and the request stays pending), or, for an override, its record in the audit
 * log. Other stage moves pass.
 */
export const checkGreenlight = async (
  repos: Repositories,
  production: Production,
  effect: ChangeStageEffect,
  now: Instant,
): Promise<void> => {
  if (stageTransitionAction(effect.from, effect.to) !== 'production.greenlight') return;
  const { override } = effect;
  if (override === undefined) {
    const { gate, context } = await assessGreenlightGate(repos, production);
    if (gate.outcome === 'open') return;
    const snapshot = await repos.loadAuthoritySnapshot(production.id);
    refuseUnlessOpen(
      gate,
      context.currency,
      snapshot === null ? 'executive producer' : finalSayLabel(snapshot),
    );
    return;
  }
  const shortfall = override.shortfall === null ? null : (override.shortfall as MinorUnits);
  await repos.auditLog.append([
    {
      productionId: production.id,
      at: now,
      actorPersonId: override.by as PersonId,
      action: 'production.greenlight-override',
      outcome: 'allowed',
      rule: override.rule,
      amount: shortfall,
      approvalRequestId: null,
      details: {
        reason: override.reason,
        overridden: override.overridden,
        shortfall: shortfall === null ? null : formatMoney(shortfall, production.currency),
      },
    },
  ]);
};
