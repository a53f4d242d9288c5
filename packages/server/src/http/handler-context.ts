import type { ActionResultDto, RouteId } from '@greenlight/contract';
import type { ProductionId } from '@greenlight/domain';
import type { ServiceContext } from '../services/service-context.js';
import type { TakeActionResult } from '../services/take-action.js';
import { requireActor, type RequestContext } from './route-handler.js';
import { toActionResult } from './to-action-result.js';

/** The service context of a signed-in request (a route without a session never reaches its handler). */
export const service = <Id extends RouteId>(ctx: RequestContext<Id>): ServiceContext => ({
  deps: ctx.deps,
  actor: requireActor(ctx.actor),
});

/** Runs a state-changing use case and answers with its outcome: done, or routed for approval. */
export const act = async <Id extends RouteId>(
  ctx: RequestContext<Id>,
  run: (context: ServiceContext) => Promise<TakeActionResult>,
): Promise<ActionResultDto> => {
  const context = service(ctx);
  return toActionResult(context, await run(context));
};

/** A path's production id (the contract checked it is a UUID). */
export const productionIdOf = (productionId: string): ProductionId => productionId as ProductionId;
