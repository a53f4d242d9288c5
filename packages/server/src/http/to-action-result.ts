import type { ActionResultDto } from '@greenlight/contract';
import type { ServiceContext } from '../services/service-context.js';
import { personOf, readOnly, todayFor, snapshotOf } from '../services/service-context.js';
import type { TakeActionResult } from '../services/take-action.js';
import { toApprovalView } from '../services/approval-view.js';

/** The answer to any action: done (with what it produced) or routed for approval (with the request). */
export const toActionResult = async (
  context: ServiceContext,
  result: TakeActionResult,
): Promise<ActionResultDto> => {
  if (result.outcome === 'allowed')
    return { outcome: 'allowed', rule: result.rule, result: result.result };
  const { deps } = context;
  const people = await readOnly(deps).people.listByProduction(result.production.id);
  return {
    outcome: 'approval-requested',
    rule: result.rule,
    request: toApprovalView(result.request, {
      production: result.production,
      snapshot: await snapshotOf(deps.database.kysely, result.production.id),
      names: new Map(people.map((p) => [p.id, p.name])),
      viewer: personOf(context),
      today: todayFor(deps, result.production),
    }),
  };
};
