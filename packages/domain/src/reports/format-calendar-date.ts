import type { CalendarDate } from '../shared/calendar-date.js';
import { weekdayAbbreviation, weekdayOf } from '../schedule/calendar/date-arithmetic.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date as reports print it: "2 Mar 2026", the same style as `formatDateTimeInZone`.
 * Assembled by hand rather than by Intl so every server prints the same text.
 */
export const formatCalendarDate = (date: CalendarDate): string =>
  `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;

/**
 * A schedule column's short date: "Mon 3/2" (month/day, as US stripboards and day out of days print
 * it; the column sits under a header that names the year).
 */
export const formatShortScheduleDate = (date: CalendarDate): string =>
  `${weekdayAbbreviation(weekdayOf(date))} ${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;
