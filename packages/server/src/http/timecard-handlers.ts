import type { RouteId } from '@greenlight/contract';
import type { ActionId, ProductionId } from '@greenlight/domain';
import { payrollCsv } from '../services/payroll-export-service.js';
import { returnTimecardToPerson, signTimecardStep } from '../services/timecard-approval-service.js';
import {
  labourAgreements,
  labourDeals,
  saveLabourDeal,
} from '../services/timecard-deals-service.js';
import { saveTimecard } from '../services/timecard-entry-service.js';
import { timecardView } from '../services/timecard-view-service.js';
import { timecardWeek } from '../services/timecard-week-service.js';
import type { RequestContext, RouteHandlers } from './route-handler.js';
import { toActionResult } from './to-action-result.js';
import { productionIdOf as id, service } from './handler-context.js';

/** The read check of `route-handlers.ts` (decided before the service runs; strangers get 404). */
type CanRead = <Id extends RouteId>(
  ctx: RequestContext<Id>,
  productionId: string,
  action: ActionId,
) => Promise<ProductionId>;

type TimecardRouteId =
  | 'labourAgreements'
  | 'labourDeals'
  | 'saveLabourDeal'
  | 'timecards'
  | 'timecard'
  | 'saveTimecard'
  | 'signTimecard'
  | 'returnTimecard'
  | 'payrollCsv';

/** The handlers of the timecard routes, spread into the one table of handlers. */
export const timecardHandlers = (canRead: CanRead): Pick<RouteHandlers, TimecardRouteId> => ({
  labourAgreements: async (ctx) => {
    await canRead(ctx, ctx.params.productionId, 'timecard.view');
    return labourAgreements();
  },
  // Deals carry pay: reading them takes the right to set them.
  labourDeals: async (ctx) =>
    labourDeals(service(ctx), await canRead(ctx, ctx.params.productionId, 'labour.deals')),
  saveLabourDeal: async (ctx) => {
    const context = service(ctx);
    return toActionResult(
      context,
      await saveLabourDeal(context, id(ctx.params.productionId), ctx.params.personId, ctx.body),
    );
  },
  timecards: async (ctx) =>
    timecardWeek(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'timecard.view'),
      ctx.query.weekStart,
    ),
  timecard: async (ctx) =>
    timecardView(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'timecard.view'),
      ctx.params.personId,
      ctx.params.weekStart,
    ),
  saveTimecard: async (ctx) => {
    const context = service(ctx);
    return toActionResult(
      context,
      await saveTimecard(
        context,
        id(ctx.params.productionId),
        ctx.params.personId,
        ctx.params.weekStart,
        ctx.body,
        ctx.declare,
      ),
    );
  },
  signTimecard: async (ctx) => {
    const context = service(ctx);
    return toActionResult(
      context,
      await signTimecardStep(
        context,
        id(ctx.params.productionId),
        ctx.params.personId,
        ctx.params.weekStart,
        ctx.body,
        ctx.declare,
      ),
    );
  },
  returnTimecard: async (ctx) => {
    const context = service(ctx);
    return toActionResult(
      context,
      await returnTimecardToPerson(
        context,
        id(ctx.params.productionId),
        ctx.params.personId,
        ctx.params.weekStart,
        ctx.body,
        ctx.declare,
      ),
    );
  },
  payrollCsv: async (ctx) =>
    payrollCsv(
      service(ctx),
      await canRead(ctx, ctx.params.productionId, 'payroll.export'),
      ctx.query.weekStart,
    ),
});
