import { dateInTimeZone, instant } from '@greenlight/domain';

/**
 * Today as `YYYY-MM-DD` in an IANA time zone (the production's): the browser's clock, converted with Intl the
 * same way the server works out its own today. Calendar dates in that form compare as plain strings.
 */
export const todayIn = (timeZone: string, now: number = Date.now()): string =>
  dateInTimeZone(instant(new Date(now).toISOString()), timeZone);
