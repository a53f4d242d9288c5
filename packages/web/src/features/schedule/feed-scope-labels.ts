import type { CalendarFeedDto } from '@greenlight/contract';

/** What each kind of calendar subscription is called on screen. */
export const FEED_SCOPE_LABELS: Readonly<Record<CalendarFeedDto['scope'], string>> = {
  production: 'The production calendar',
  person: 'My calendar',
};
