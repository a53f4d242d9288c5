import { addDays, type CalendarDate } from '@greenlight/domain';

const MS_PER_DAY = 86_400_000;

/** The Sunday starting the week of `date` (every agreement on offer starts its workweek on Sunday). */
export const weekStartOf = (date: string): string => {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return new Date(Date.parse(`${date}T00:00:00Z`) - weekday * MS_PER_DAY)
    .toISOString()
    .slice(0, 10);
};

/** The seven dates of the week, Sunday first. */
export const weekDates = (weekStart: string): string[] =>
  Array.from({ length: 7 }, (_, i) => addDays(weekStart as CalendarDate, i));

export const shiftWeek = (weekStart: string, weeks: number): string =>
  addDays(weekStart as CalendarDate, weeks * 7);

const WEEKDAY = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'UTC' });
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const FULL = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Mon 22 Feb". */
export const dayLabel = (date: string): string => {
  const at = new Date(`${date}T00:00:00Z`);
  return `${WEEKDAY.format(at)} ${DAY_MONTH.format(at)}`;
};

/** "Week of 21 Feb 2027". */
export const weekLabel = (weekStart: string): string =>
  `Week of ${FULL.format(new Date(`${weekStart}T00:00:00Z`))}`;

/** Minutes as hours to a tenth: 630 → "10.5 h". */
export const hoursLabel = (minutes: number): string => `${(minutes / 60).toFixed(1)} h`;
