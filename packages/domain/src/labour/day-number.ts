import type { Weekday } from '../schedule/calendar/date-arithmetic.js';
import type { CalendarDate } from '../shared/calendar-date.js';

// Timecards do date arithmetic on every card (workweeks, turnaround); building a Date for each costs more
// than the rest of the engine, so these work on the digits. Same results as `addDays`/`daysBetween`/
// `weekdayOf` in schedule/calendar (proleptic Gregorian calendar, no zone).

const digits = (date: string, from: number, to: number): number => {
  let value = 0;
  for (let i = from; i < to; i += 1) value = value * 10 + (date.charCodeAt(i) - 48);
  return value;
};

/** Days from 1970-01-01 to `date` (negative before it): Howard Hinnant's days_from_civil. */
export const dayNumber = (date: CalendarDate): number => {
  const month = digits(date, 5, 7);
  const year = digits(date, 0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear =
    Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + digits(date, 8, 10) - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
};

/** ISO weekday of a day number: 1970-01-01 was a Thursday (4). */
export const weekdayOfDayNumber = (day: number): Weekday =>
  (((((day + 3) % 7) + 7) % 7) + 1) as Weekday;

/** The day number of the first day of the workweek holding `day`. */
export const workweekStartDayNumber = (day: number, startsOn: Weekday): number =>
  day - ((weekdayOfDayNumber(day) - startsOn + 7) % 7);
