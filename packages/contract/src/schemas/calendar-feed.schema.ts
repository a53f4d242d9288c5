import { z } from 'zod';
import { CALENDAR_FEED_SCOPES, type CalendarFeedScope } from '@greenlight/domain';
import { IdSchema, InstantSchema } from './common.schema.js';

export const CalendarFeedScopeSchema = z
  .enum(CALENDAR_FEED_SCOPES as [CalendarFeedScope, ...CalendarFeedScope[]])
  .describe('production: every shoot day; person: the owner’s own days');

/** A live subscription link, without its secret: the token is shown once, when the feed is made. */
export const CalendarFeedSchema = z.object({
  id: IdSchema,
  scope: CalendarFeedScopeSchema,
  createdAt: InstantSchema,
});
export type CalendarFeedDto = z.infer<typeof CalendarFeedSchema>;

export const CalendarFeedListSchema = z.object({ feeds: z.array(CalendarFeedSchema) });
export type CalendarFeedListDto = z.infer<typeof CalendarFeedListSchema>;

export const CreateCalendarFeedRequestSchema = z.object({ scope: CalendarFeedScopeSchema });
export type CreateCalendarFeedRequest = z.infer<typeof CreateCalendarFeedRequestSchema>;

export const CreatedCalendarFeedSchema = z.object({
  feed: CalendarFeedSchema,
  url: z.url().describe('The feed over http(s), with its secret token; shown only this once'),
  webcalUrl: z
    .string()
    .startsWith('webcal://')
    .describe('The same feed as a webcal:// link, which opens the subscription in a calendar app'),
  /** Whether an older link of the same scope stopped working because this one replaced it. */
  replacedFeedId: IdSchema.nullable(),
});
export type CreatedCalendarFeedDto = z.infer<typeof CreatedCalendarFeedSchema>;

/**
 * The secret of a feed URL. Anything is accepted here and looked up by its hash, so a malformed token is
 * the same 404 as an unknown or revoked one.
 */
export const CalendarFeedTokenSchema = z.string().min(1).max(128);
