import type { RouteId } from '@greenlight/contract';
import type { ActionId, ProductionId } from '@greenlight/domain';
import {
  listProductionReports,
  previewProductionReport,
  productionReportDay,
  productionReportPdf,
  saveProductionReport,
  stepProductionReport,
} from '../services/production-report-service.js';
import type { RequestContext, RouteHandlers } from './route-handler.js';
import { toActionResult } from './to-action-result.js';
import { productionIdOf as id, service } from './handler-context.js';

/** The read check of `route-handlers.ts` (decided before the service runs; strangers get 404). */
type CanRead = <Id extends RouteId>(
  ctx: RequestContext<Id>,
  productionId: string,
  action: ActionId,
) => Promise<ProductionId>;

type ProductionReportRouteId =
  | 'productionReports'
  | 'productionReport'
  | 'saveProductionReport'
  | 'previewProductionReport'
  | 'submitProductionReport'
  | 'signProductionReport'
  | 'correctProductionReport'
  | 'productionReportPdf';

/** The handlers of the production report routes, spread into the one table of handlers. */
export const productionReportHandlers = (
  canRead: CanRead,
): Pick<RouteHandlers, ProductionReportRouteId> => ({
  productionReports: async (ctx) =>
    listProductionReports(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'schedule.view'),
    ),
  productionReport: async (ctx) =>
    productionReportDay(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'schedule.view'),
      ctx.params.date,
    ),
  previewProductionReport: async (ctx) =>
    previewProductionReport(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'schedule.view'),
      ctx.params.date,
      ctx.body,
    ),
  saveProductionReport: async (ctx) => {
    const context = service(ctx);
    return toActionResult(
      context,
      await saveProductionReport(context, id(ctx.params.productionId), ctx.params.date, ctx.body),
    );
  },
  submitProductionReport: async (ctx) => {
    const context = service(ctx);
    return toActionResult(
      context,
      await stepProductionReport(
        context,
        id(ctx.params.productionId),
        ctx.params.date,
        'submit',
        ctx.body,
      ),
    );
  },
  signProductionReport: async (ctx) => {
    const context = service(ctx);
    return toActionResult(
      context,
      await stepProductionReport(
        context,
        id(ctx.params.productionId),
        ctx.params.date,
        'sign',
        ctx.body,
      ),
    );
  },
  correctProductionReport: async (ctx) => {
    const context = service(ctx);
    return toActionResult(
      context,
      await stepProductionReport(
        context,
        id(ctx.params.productionId),
        ctx.params.date,
        'correct',
        ctx.body,
      ),
    );
  },
  productionReportPdf: async (ctx) =>
    productionReportPdf(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'schedule.view'),
      ctx.params.date,
    ),
});
