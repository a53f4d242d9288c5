import type { CalendarDate } from '../../shared/calendar-date.js';
import { DomainError } from '../../shared/domain-error.js';
import { addDays, isWeekday } from './date-arithmetic.js';
import { dateStatusLookup, type ShootCalendar } from './shoot-calendar.js';

/**
 * The date of each of `count` shoot days: shoot day 1 is `firstShootDay`, each next one the next date the
 * calendar calls working (a working weekday that is neither a holiday nor a day off).
 *
 * The first shoot day is day 1 even when it is not a working day by the pattern (a Saturday start, or a
 * date that is also listed as a holiday): the AD set that date on purpose, and a calendar that moved it
 * silently would misdate every day after it. `validateShootCalendar` reports a first day on a holiday or
 * day off as a problem, so the contradiction is shown to a person rather than resolved here.
 *
 * Throws a validation DomainError when more than one day is asked of a calendar without working weekdays.
 */
export const shootDates = (calendar: ShootCalendar, count: number): CalendarDate[] => {
  const dates: CalendarDate[] = [];
  if (count < 1) return dates;
  // Checked against real weekdays: a list holding only an 8 would otherwise loop for ever.
  const hasWorkingWeekday = calendar.workingWeekdays.some((weekday) => isWeekday(weekday));
  if (count > 1 && !hasWorkingWeekday)
    throw new DomainError('validation', 'The shoot calendar has no working weekdays');
  const statusOf = dateStatusLookup(calendar);
  dates.push(calendar.firstShootDay);
  let date = calendar.firstShootDay;
  while (dates.length < count) {
    date = addDays(date, 1);
    if (statusOf(date).kind === 'working') dates.push(date);
  }
  return dates;
};
