import type { Instant } from '../../shared/calendar-date.js';
import type { PersonId, ProductionId } from '../../shared/ids.js';

/**
 * What a subscribed calendar feed shows: every shoot day of the production, or its owner's own days (a cast
 * member's work days, the whole schedule for crew).
 */
export type CalendarFeedScope = 'production' | 'person';
export const CALENDAR_FEED_SCOPES: readonly CalendarFeedScope[] = ['production', 'person'];

/**
 * A subscription link a member made so a calendar app (which sends no cookie) can read the schedule. The
 * secret token in its URL is never kept, only its hash; the feed reads as its owner, whose authority is
 * checked again on every fetch.
 */
export type CalendarFeed = {
  readonly id: string;
  readonly productionId: ProductionId;
  /** Who made it, and on whose behalf it is read. */
  readonly personId: PersonId;
  readonly scope: CalendarFeedScope;
  readonly createdAt: Instant;
  /** Set when its owner stopped sharing it or reset the link; a revoked feed is never served again. */
  readonly revokedAt: Instant | null;
};
