import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../shared/calendar-date.js';
import { calendarDays } from './calendar-days.js';
import { defaultShootCalendar, type ShootCalendar } from './shoot-calendar.js';
import { shootDates } from './shoot-dates.js';

const d = calendarDate;
const calendar: ShootCalendar = {
  ...defaultShootCalendar(d('2026-03-05')), // a Thursday
  holidays: [
    { date: d('2026-03-03'), name: 'Prep holiday' },
    { date: d('2026-03-10'), name: 'Founders’ Day' },
    { date: d('2026-03-14'), name: 'Saturday fair' },
  ],
  daysOff: [d('2026-03-12')],
};

const describeDay = (day: ReturnType<typeof calendarDays>[number]): string =>
  `${day.date.slice(5)} ${
    day.kind === 'shoot'
      ? `day ${day.dayNumber}`
      : day.kind === 'holiday'
        ? `holiday ${day.name}`
        : day.kind
  }`;

describe('calendarDays', () => {
  it('gives every date its kind, numbering shoot days', () => {
    expect(
      calendarDays(calendar, d('2026-03-02'), d('2026-03-17'), { shootDayCount: 6 }).map(
        describeDay,
      ),
    ).toEqual([
      '03-02 before-shoot',
      '03-03 holiday Prep holiday',
      '03-04 before-shoot',
      '03-05 day 1',
      '03-06 day 2',
      '03-07 weekend',
      '03-08 weekend',
      '03-09 day 3',
      '03-10 holiday Founders’ Day',
      '03-11 day 4',
      '03-12 day-off',
      '03-13 day 5',
      '03-14 holiday Saturday fair',
      '03-15 weekend',
      '03-16 day 6',
      '03-17 after-shoot',
    ]);
  });

  it('numbers days from the first shoot day when the range starts later', () => {
    const [first] = calendarDays(calendar, d('2026-03-13'), d('2026-03-13'));
    expect(first).toMatchObject({ kind: 'shoot', dayNumber: 5, weekday: 5 });
  });

  it('agrees with shootDates', () => {
    const dates = shootDates(calendar, 20);
    const shoot = calendarDays(calendar, d('2026-03-01'), d('2026-04-30')).filter(
      (day) => day.kind === 'shoot',
    );
    expect(shoot.slice(0, 20).map((day) => day.date)).toEqual(dates);
  });

  it('is empty for a range that ends before it starts', () => {
    expect(calendarDays(calendar, d('2026-03-10'), d('2026-03-09'))).toEqual([]);
  });
});
