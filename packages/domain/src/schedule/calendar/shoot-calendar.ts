import type { CalendarDate } from '../../shared/calendar-date.js';
import { weekdayOf, type Weekday } from './date-arithmetic.js';

export type ShootCalendarHoliday = { readonly date: CalendarDate; readonly name: string };

/**
 * When the company shoots: from the first shoot day on, every working weekday that is neither a company
 * holiday nor a day off. Holidays have names because call sheets and the day out of days print them.
 */
export type ShootCalendar = {
  /** Always shoot day 1, even on a weekday the company does not usually work (see `shootDates`). */
  readonly firstShootDay: CalendarDate;
  /** ISO weekdays the company works, 1 = Monday … 7 = Sunday. */
  readonly workingWeekdays: readonly Weekday[];
  readonly holidays: readonly ShootCalendarHoliday[];
  /** Other days the company does not shoot (a turnaround day, a travel day for the whole unit). */
  readonly daysOff: readonly CalendarDate[];
};

/** Monday to Friday. */
export const DEFAULT_WORKING_WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];

/** A calendar with the default five-day week and no holidays or days off. */
export const defaultShootCalendar = (firstShootDay: CalendarDate): ShootCalendar => ({
  firstShootDay,
  workingWeekdays: DEFAULT_WORKING_WEEKDAYS,
  holidays: [],
  daysOff: [],
});

/** What the company's calendar says about a date, ignoring which shoot day it might be. */
export type DateStatus =
  | { readonly kind: 'working' }
  | { readonly kind: 'holiday'; readonly name: string }
  | { readonly kind: 'day-off' }
  | { readonly kind: 'weekend' };

/** The non-shooting days only; what remains of the calendar is `firstShootDay`. */
export type CompanyDaysOff = Pick<ShootCalendar, 'workingWeekdays' | 'holidays' | 'daysOff'>;

/**
 * Classifies dates against a calendar. A holiday wins over a day off, and both over the weekday, so a
 * holiday on a Saturday still prints its name. Built once per calendar: reports ask about every date.
 */
export const dateStatusLookup = (
  calendar: CompanyDaysOff,
): ((date: CalendarDate) => DateStatus) => {
  const holidays = new Map(calendar.holidays.map((holiday) => [holiday.date, holiday.name]));
  const daysOff = new Set(calendar.daysOff);
  const working = new Set(calendar.workingWeekdays);
  return (date) => {
    const holiday = holidays.get(date);
    if (holiday !== undefined) return { kind: 'holiday', name: holiday };
    if (daysOff.has(date)) return { kind: 'day-off' };
    if (!working.has(weekdayOf(date))) return { kind: 'weekend' };
    return { kind: 'working' };
  };
};
