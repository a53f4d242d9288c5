import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate } from '../../shared/calendar-date.js';
import { addDays, weekdayOf, type Weekday } from './date-arithmetic.js';
import { defaultShootCalendar, type ShootCalendar } from './shoot-calendar.js';
import { shootDates } from './shoot-dates.js';

const d = calendarDate;

/** A calendar starting on some date in 2026–2027, with holidays and days off in its first months. */
const arbCalendar = (): fc.Arbitrary<ShootCalendar> =>
  fc
    .record({
      start: fc.integer({ min: 0, max: 700 }),
      workingWeekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }) as fc.Arbitrary<Weekday>, {
        minLength: 1,
        maxLength: 7,
      }),
      holidayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 15 }),
      dayOffOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 15 }),
    })
    .map(({ start, workingWeekdays, holidayOffsets, dayOffOffsets }) => {
      const firstShootDay = addDays(d('2026-01-01'), start);
      return {
        firstShootDay,
        workingWeekdays,
        holidays: holidayOffsets.map((offset, index) => ({
          date: addDays(firstShootDay, offset),
          name: `Holiday ${index}`,
        })),
        daysOff: dayOffOffsets.map((offset) => addDays(firstShootDay, offset)),
      };
    });

describe('shootDates', () => {
  it('dates a Monday-to-Friday shoot, skipping weekends, holidays and days off', () => {
    const calendar: ShootCalendar = {
      ...defaultShootCalendar(d('2026-03-05')), // a Thursday
      holidays: [{ date: d('2026-03-10'), name: 'Founders’ Day' }],
      daysOff: [d('2026-03-12')],
    };
    expect(shootDates(calendar, 6)).toEqual([
      '2026-03-05',
      '2026-03-06',
      '2026-03-09',
      '2026-03-11',
      '2026-03-13',
      '2026-03-16',
    ]);
  });

  it('keeps a first shoot day that is not a working day as day 1', () => {
    const calendar = defaultShootCalendar(d('2026-03-07')); // a Saturday
    expect(shootDates(calendar, 3)).toEqual(['2026-03-07', '2026-03-09', '2026-03-10']);
  });

  it('gives nothing for no days, and refuses a calendar with no working weekdays', () => {
    expect(shootDates(defaultShootCalendar(d('2026-03-02')), 0)).toEqual([]);
    const idle = { ...defaultShootCalendar(d('2026-03-02')), workingWeekdays: [] };
    expect(shootDates(idle, 1)).toEqual(['2026-03-02']);
    expect(() => shootDates(idle, 2)).toThrow(/no working weekdays/);
  });

  it('gives as many dates as asked, strictly increasing, all on working days after the first', () => {
    fc.assert(
      fc.property(arbCalendar(), fc.integer({ min: 0, max: 80 }), (calendar, count) => {
        const dates = shootDates(calendar, count);
        expect(dates).toHaveLength(count);
        if (count > 0) expect(dates[0]).toBe(calendar.firstShootDay);
        const off = new Set<CalendarDate>([
          ...calendar.holidays.map((h) => h.date),
          ...calendar.daysOff,
        ]);
        dates.forEach((date, index) => {
          if (index === 0) return;
          const previous = dates[index - 1];
          expect(previous !== undefined && previous < date).toBe(true);
          expect(off.has(date)).toBe(false);
          expect(calendar.workingWeekdays).toContain(weekdayOf(date));
        });
      }),
    );
  });

  it('skips no working day: every working date between two shoot days is one of them', () => {
    fc.assert(
      fc.property(arbCalendar(), fc.integer({ min: 2, max: 40 }), (calendar, count) => {
        const dates = shootDates(calendar, count);
        const chosen = new Set(dates);
        const off = new Set([...calendar.holidays.map((h) => h.date), ...calendar.daysOff]);
        const last = dates[dates.length - 1] ?? calendar.firstShootDay;
        for (let date = calendar.firstShootDay; date <= last; date = addDays(date, 1)) {
          const working = calendar.workingWeekdays.includes(weekdayOf(date)) && !off.has(date);
          if (working) expect(chosen.has(date)).toBe(true);
        }
      }),
    );
  });
});
