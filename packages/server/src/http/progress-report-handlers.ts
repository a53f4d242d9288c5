import type { RouteId } from '@greenlight/contract';
import type { ActionId, ProductionId } from '@greenlight/domain';
import { progressReportPdf, progressReportView } from '../services/progress-report-service.js';
import type { RequestContext, RouteHandlers } from './route-handler.js';

/** The read check of `route-handlers.ts` (decided before the service runs; strangers get 404). */
type CanRead = <Id extends RouteId>(
  ctx: RequestContext<Id>,
  productionId: string,
  action: ActionId,
) => Promise<ProductionId>;

type ProgressReportRouteId = 'progressReport' | 'progressReportPdf';

/** The weekly progress report: read with the cost report's action, as it shows the same figures. */
export const progressReportHandlers = (
  canRead: CanRead,
): Pick<RouteHandlers, ProgressReportRouteId> => ({
  progressReport: async (ctx) =>
    progressReportView(
      { deps: ctx.deps },
      await canRead(ctx, ctx.params.productionId, 'budget.view'),
      ctx.query,
    ),
  progressReportPdf: async (ctx) =>
    progressReportPdf(
      { deps: ctx.deps },
      await canRead(ctx, ctx.params.productionId, 'budget.view'),
      ctx.query,
    ),
});
