import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekdayOf } from '../schedule/calendar/date-arithmetic.js';
import { calendarDate } from '../shared/calendar-date.js';
import { dayNumber, weekdayOfDayNumber } from './day-number.js';

const EPOCH = calendarDate('1970-01-01');

describe('dayNumber', () => {
  it('agrees with the calendar module on day counts and weekdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (offset) => {
        const date = addDays(EPOCH, offset);
        expect(dayNumber(date)).toBe(daysBetween(EPOCH, date));
        expect(weekdayOfDayNumber(dayNumber(date))).toBe(weekdayOf(date));
      }),
    );
  });

  it('counts leap days: 2024-02-29 to 2024-03-01 is one day, 2100 is not a leap year', () => {
    expect(dayNumber(calendarDate('2024-03-01')) - dayNumber(calendarDate('2024-02-29'))).toBe(1);
    expect(dayNumber(calendarDate('2100-03-01')) - dayNumber(calendarDate('2100-02-28'))).toBe(1);
    expect(weekdayOfDayNumber(dayNumber(calendarDate('2026-03-01')))).toBe(7);
  });
});
