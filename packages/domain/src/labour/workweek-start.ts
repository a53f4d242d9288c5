import { addDays, type Weekday } from '../schedule/calendar/date-arithmetic.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import { dayNumber, workweekStartDayNumber } from './day-number.js';

/** The first date of the workweek holding `date`, for a workweek starting on `startsOn`. */
export const workweekStart = (date: CalendarDate, startsOn: Weekday): CalendarDate => {
  const day = dayNumber(date);
  return addDays(date, workweekStartDayNumber(day, startsOn) - day);
};
