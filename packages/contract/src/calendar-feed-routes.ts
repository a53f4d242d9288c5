import { z } from 'zod';
import { DocumentBytesSchema, DOCUMENT_TYPES, type RouteDefinition } from './route-definition.js';
import { IdSchema, OkSchema } from './schemas/common.schema.js';
import {
  CalendarFeedListSchema,
  CalendarFeedTokenSchema,
  CreateCalendarFeedRequestSchema,
  CreatedCalendarFeedSchema,
} from './schemas/calendar-feed.schema.js';

const production = z.object({ productionId: IdSchema });
const feed = z.object({ productionId: IdSchema, feedId: IdSchema });
const documentBytes = DocumentBytesSchema;

/**
 * Calendar subscriptions (part of the one route table). Calendar apps cannot sign in, so a member makes a
 * feed: a URL with a secret token that reads the schedule as them. Managing feeds is for the signed-in
 * member; reading one needs only the token.
 */
export const calendarFeedRoutes = {
  calendarFeeds: {
    method: 'GET',
    path: '/productions/:productionId/calendar-feeds',
    summary:
      'The caller’s live calendar subscriptions on the production (never their secret links)',
    authority: { kind: 'action', action: 'schedule.view' },
    params: production,
    response: CalendarFeedListSchema,
  },
  createCalendarFeed: {
    method: 'POST',
    path: '/productions/:productionId/calendar-feeds',
    summary:
      'Make a subscription link to the shoot days (production) or the caller’s own days (person); the link is shown only in this answer. Making one again for the same scope replaces the old link, which stops working',
    authority: { kind: 'action', action: 'schedule.view' },
    params: production,
    body: CreateCalendarFeedRequestSchema,
    response: CreatedCalendarFeedSchema,
    status: 201,
  },
  revokeCalendarFeed: {
    method: 'DELETE',
    path: '/productions/:productionId/calendar-feeds/:feedId',
    summary: 'Stop sharing: the caller’s subscription link stops working at once',
    authority: { kind: 'action', action: 'schedule.view' },
    params: feed,
    response: OkSchema,
  },
  calendarFeedIcs: {
    method: 'GET',
    path: '/calendar-feeds/:token/calendar.ics',
    summary:
      'A subscribed calendar: the shoot days, or the feed owner’s own days, as iCalendar (polled by calendar apps)',
    authority: {
      kind: 'token',
      action: 'schedule.view',
      reason:
        'Calendar apps subscribe to a URL and send no cookie; the token stands for the member who made the feed, and their authority is checked on every fetch',
    },
    params: z.object({ token: CalendarFeedTokenSchema }),
    response: documentBytes,
    produces: DOCUMENT_TYPES.ics,
    // Calendar servers poll every few hours; a quarter of an hour spares the server a burst of refreshes.
    cacheControl: 'private, max-age=900',
  },
} as const satisfies Record<string, RouteDefinition>;
