import type { RouteId } from '@greenlight/contract';
import type { ActionId, ProductionId } from '@greenlight/domain';
import {
  calendarFeedIcs,
  createCalendarFeed,
  listCalendarFeeds,
  revokeCalendarFeed,
} from '../services/calendar-feed-service.js';
import type { RequestContext, RouteHandlers } from './route-handler.js';
import { service } from './handler-context.js';

/** The read check of `route-handlers.ts` (decided before the service runs; strangers get 404). */
type CanRead = <Id extends RouteId>(
  ctx: RequestContext<Id>,
  productionId: string,
  action: ActionId,
) => Promise<ProductionId>;

type CalendarFeedRouteId =
  'calendarFeeds' | 'createCalendarFeed' | 'revokeCalendarFeed' | 'calendarFeedIcs';

/** The handlers of the calendar subscription routes, spread into the one table of handlers. */
export const calendarFeedHandlers = (
  canRead: CanRead,
): Pick<RouteHandlers, CalendarFeedRouteId> => ({
  calendarFeeds: async (ctx) =>
    listCalendarFeeds(service(ctx), await canRead(ctx, ctx.params.productionId, 'schedule.view')),
  // Changes to feeds decide schedule.view themselves, in the transaction that writes and audits them.
  createCalendarFeed: async (ctx) =>
    createCalendarFeed(
      service(ctx),
      ctx.params.productionId as ProductionId,
      ctx.body.scope,
      ctx.origin,
      ctx.declare,
    ),
  revokeCalendarFeed: async (ctx) =>
    revokeCalendarFeed(
      service(ctx),
      ctx.params.productionId as ProductionId,
      ctx.params.feedId,
      ctx.declare,
    ),
  // No cookie: the token stands for its owner, whose schedule.view the service decides on every fetch.
  calendarFeedIcs: async (ctx) => calendarFeedIcs(ctx.deps, ctx.params.token, ctx.declare),
});
