import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../shared/calendar-date.js';
import {
  addDays,
  daysBetween,
  isWeekday,
  weekdayAbbreviation,
  weekdayOf,
} from './date-arithmetic.js';

const d = calendarDate;

describe('date arithmetic', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays(d('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(d('2026-03-01'), -1)).toBe('2026-02-28');
  });

  it('counts the days between two dates', () => {
    expect(daysBetween(d('2026-03-02'), d('2026-03-09'))).toBe(7);
    expect(daysBetween(d('2026-03-09'), d('2026-03-02'))).toBe(-7);
  });

  it('names ISO weekdays', () => {
    expect(weekdayOf(d('2026-03-02'))).toBe(1);
    expect(weekdayOf(d('2026-03-08'))).toBe(7);
    expect(weekdayAbbreviation(weekdayOf(d('2026-03-07')))).toBe('Sat');
    expect([0, 1, 7, 8, 1.5, '1'].map(isWeekday)).toEqual([false, true, true, false, false, false]);
  });

  it('adding n days moves n days and n weekdays along', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: -500, max: 500 }),
        (a, n) => {
          const date = addDays(d('1990-01-01'), a);
          const later = addDays(date, n);
          expect(calendarDate(later)).toBe(later);
          expect(daysBetween(date, later)).toBe(n);
          expect((weekdayOf(date) - 1 + ((n % 7) + 7)) % 7).toBe(weekdayOf(later) - 1);
        },
      ),
    );
  });
});
