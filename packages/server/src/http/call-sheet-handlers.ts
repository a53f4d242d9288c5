import type { RouteId } from '@greenlight/contract';
import type { ActionId, ProductionId } from '@greenlight/domain';
import { confirmCallSheet } from '../services/call-sheet-confirmation-service.js';
import {
  callSheetDay,
  callSheetPdf,
  listCallSheets,
  publishCallSheet,
  saveCallSheet,
} from '../services/call-sheet-service.js';
import type { RequestContext, RouteHandlers } from './route-handler.js';
import { toActionResult } from './to-action-result.js';
import { productionIdOf as id, service } from './handler-context.js';

/** The read check of `route-handlers.ts` (decided before the service runs; strangers get 404). */
type CanRead = <Id extends RouteId>(
  ctx: RequestContext<Id>,
  productionId: string,
  action: ActionId,
) => Promise<ProductionId>;

type CallSheetRouteId =
  | 'callSheets'
  | 'callSheet'
  | 'saveCallSheet'
  | 'publishCallSheet'
  | 'callSheetPdf'
  | 'confirmCallSheet';

/** The handlers of the call sheet routes, spread into the one table of handlers. */
export const callSheetHandlers = (canRead: CanRead): Pick<RouteHandlers, CallSheetRouteId> => ({
  callSheets: async (ctx) =>
    listCallSheets(service(ctx), await canRead(ctx, ctx.params.productionId, 'schedule.view')),
  callSheet: async (ctx) =>
    callSheetDay(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'schedule.view'),
      ctx.params.date,
    ),
  saveCallSheet: async (ctx) => {
    const context = service(ctx);
    return toActionResult(
      context,
      await saveCallSheet(context, id(ctx.params.productionId), ctx.params.date, ctx.body),
    );
  },
  publishCallSheet: async (ctx) => {
    const context = service(ctx);
    return toActionResult(
      context,
      await publishCallSheet(
        context,
        id(ctx.params.productionId),
        ctx.params.date,
        ctx.body,
        ctx.origin,
      ),
    );
  },
  callSheetPdf: async (ctx) =>
    callSheetPdf(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'schedule.view'),
      ctx.params.date,
    ),
  // No cookie: the token stands for one recipient, whose schedule.view the service decides on every use.
  confirmCallSheet: async (ctx) => confirmCallSheet(ctx.deps, ctx.params.token, ctx.declare),
});
