import { compareDates, type CalendarDate } from '../../shared/calendar-date.js';
import { addDays, weekdayOf, type Weekday } from './date-arithmetic.js';
import { dateStatusLookup, type ShootCalendar } from './shoot-calendar.js';

/**
 * One date of a shoot calendar as a schedule shows it. `weekend` is any weekday the company does not
 * work, whichever days those are. `before-shoot` and `after-shoot` are working days outside the shoot
 * (prep and wrap); `after-shoot` only appears when the number of shoot days is known.
 */
export type CalendarDay = { readonly date: CalendarDate; readonly weekday: Weekday } & (
  | { readonly kind: 'shoot'; readonly dayNumber: number }
  | { readonly kind: 'holiday'; readonly name: string }
  | { readonly kind: 'day-off' }
  | { readonly kind: 'weekend' }
  | { readonly kind: 'before-shoot' }
  | { readonly kind: 'after-shoot' }
);

export type CalendarDaysOptions = {
  /** How many shoot days there are; working days after the last one are `after-shoot`. */
  readonly shootDayCount?: number;
};

/**
 * Every date from `from` to `to` inclusive (none when `to` is earlier), each with its kind. Shoot days
 * are numbered as `shootDates` numbers them: the first shoot day is day 1 whatever the calendar says
 * about that date, then every working day. Holidays and days off before the first shoot day keep their
 * kind, so a prep calendar shows them too.
 */
export const calendarDays = (
  calendar: ShootCalendar,
  from: CalendarDate,
  to: CalendarDate,
  options: CalendarDaysOptions = {},
): CalendarDay[] => {
  const days: CalendarDay[] = [];
  if (compareDates(from, to) > 0) return days;
  const statusOf = dateStatusLookup(calendar);
  const { shootDayCount } = options;
  // Shoot days before `from` still count towards the day numbers, so the walk starts at whichever is
  // earlier; dates before `from` are numbered but not returned.
  let date = compareDates(calendar.firstShootDay, from) < 0 ? calendar.firstShootDay : from;
  let dayNumber = 0;
  for (; compareDates(date, to) <= 0; date = addDays(date, 1)) {
    const status = statusOf(date);
    const afterStart = compareDates(date, calendar.firstShootDay) >= 0;
    let day: CalendarDay;
    const base = { date, weekday: weekdayOf(date) };
    if (date === calendar.firstShootDay || (afterStart && status.kind === 'working')) {
      dayNumber += 1;
      day =
        shootDayCount !== undefined && dayNumber > shootDayCount
          ? { ...base, kind: 'after-shoot' }
          : { ...base, kind: 'shoot', dayNumber };
    } else if (status.kind === 'working') day = { ...base, kind: 'before-shoot' };
    else day = { ...base, ...status };
    if (compareDates(date, from) >= 0) days.push(day);
  }
  return days;
};
