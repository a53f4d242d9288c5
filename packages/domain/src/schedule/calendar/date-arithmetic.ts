import type { CalendarDate } from '../../shared/calendar-date.js';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const MS_PER_DAY = 86_400_000;

// Calendar dates carry no zone, so arithmetic runs on UTC midnights: every UTC day is exactly 24 hours
// long, which makes adding days and counting them exact (no daylight-saving hour to trip over).
const toUtcMs = (date: CalendarDate): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

const fromUtcMs = (ms: number): CalendarDate =>
  new Date(ms).toISOString().slice(0, 10) as CalendarDate;

/** The date `days` calendar days after `date` (before it when negative). */
export const addDays = (date: CalendarDate, days: number): CalendarDate =>
  fromUtcMs(toUtcMs(date) + days * MS_PER_DAY);

/** Calendar days from `from` to `to`: 1 from a Monday to the Tuesday, negative when `to` is earlier. */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number =>
  Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);

/** The ISO weekday a date falls on. */
export const weekdayOf = (date: CalendarDate): Weekday => {
  const sundayIsZero = new Date(toUtcMs(date)).getUTCDay();
  return (sundayIsZero === 0 ? 7 : sundayIsZero) as Weekday;
};

const WEEKDAY_ABBREVIATIONS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** `Mon` … `Sun`, in English: reports are assembled here, not by the runtime's locale data. */
export const weekdayAbbreviation = (weekday: Weekday): string =>
  WEEKDAY_ABBREVIATIONS[weekday - 1] ?? '';

/** A whole number from 1 (Monday) to 7 (Sunday). */
export const isWeekday = (value: unknown): value is Weekday =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7;
