import { calendarDate, type CalendarDate } from '../../shared/calendar-date.js';
import { DomainError } from '../../shared/domain-error.js';
import { err, ok, type Result } from '../../shared/result.js';
import { isWeekday } from './date-arithmetic.js';
import type { ShootCalendar } from './shoot-calendar.js';

const isDate = (value: unknown): value is CalendarDate => {
  if (typeof value !== 'string') return false;
  try {
    calendarDate(value);
    return true;
  } catch {
    return false;
  }
};

/**
 * Checks a calendar edited by a person before it dates a schedule: at least one working weekday, each
 * weekday 1–7 once, real dates, each holiday once and named, each day off once and not also a holiday,
 * and a first shoot day that is not itself a holiday or a day off (a contradiction `shootDates` will not
 * guess its way out of). A first shoot day on a non-working weekday is allowed: a Saturday start is a
 * choice, not a mistake. Every problem is listed in `details.problems`, the first few in the message.
 */
export const validateShootCalendar = (
  calendar: ShootCalendar,
): Result<ShootCalendar, DomainError> => {
  const problems: string[] = [];
  if (!isDate(calendar.firstShootDay))
    problems.push(`the first shoot day "${String(calendar.firstShootDay)}" is not a date`);

  if (calendar.workingWeekdays.length === 0) problems.push('no working weekdays');
  const weekdays = new Set<number>();
  for (const weekday of calendar.workingWeekdays) {
    if (!isWeekday(weekday))
      problems.push(`working weekday ${String(weekday)} is not 1 (Monday) to 7 (Sunday)`);
    else if (weekdays.has(weekday)) problems.push(`working weekday ${weekday} is listed twice`);
    weekdays.add(weekday);
  }

  const holidays = new Set<string>();
  for (const holiday of calendar.holidays) {
    if (!isDate(holiday.date))
      problems.push(`holiday date "${String(holiday.date)}" is not a date`);
    else if (holidays.has(holiday.date)) problems.push(`holiday ${holiday.date} is listed twice`);
    if (holiday.name.trim() === '') problems.push(`holiday ${String(holiday.date)} has no name`);
    holidays.add(holiday.date);
  }

  const daysOff = new Set<string>();
  for (const day of calendar.daysOff) {
    if (!isDate(day)) problems.push(`day off "${String(day)}" is not a date`);
    else if (daysOff.has(day)) problems.push(`day off ${day} is listed twice`);
    else if (holidays.has(day)) problems.push(`day off ${day} is also a holiday`);
    daysOff.add(day);
  }

  if (holidays.has(calendar.firstShootDay))
    problems.push(`the first shoot day ${calendar.firstShootDay} is a holiday`);
  if (daysOff.has(calendar.firstShootDay))
    problems.push(`the first shoot day ${calendar.firstShootDay} is a day off`);

  if (problems.length === 0) return ok(calendar);
  const shown = problems.slice(0, 3).join('; ');
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  return err(
    new DomainError('validation', `The shoot calendar is not valid: ${shown}${more}`, {
      problems,
    }),
  );
};
