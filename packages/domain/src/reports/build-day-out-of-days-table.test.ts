import { describe, expect, it } from 'vitest';
import { calendarDate } from '../shared/calendar-date.js';
import { defaultShootCalendar } from '../schedule/calendar/shoot-calendar.js';
import { shootDates } from '../schedule/calendar/shoot-dates.js';
import { buildDayOutOfDays } from '../schedule/dood/build-day-out-of-days.js';
import { buildDayOutOfDaysTable } from './build-day-out-of-days-table.js';

const calendar = {
  ...defaultShootCalendar(calendarDate('2026-03-05')),
  holidays: [{ date: calendarDate('2026-03-09'), name: 'Founders’ Day' }],
};
const [d1, d2, d3] = shootDates(calendar, 3);
const dood = buildDayOutOfDays({
  calendar,
  shootDays: [
    { date: d1 ?? calendar.firstShootDay, castElementIds: ['margot', 'tomas'] },
    { date: d2 ?? calendar.firstShootDay, castElementIds: ['margot'] },
    { date: d3 ?? calendar.firstShootDay, castElementIds: ['margot'] },
  ],
  cast: [
    { elementId: 'tomas', castNumber: 2, name: 'TOMAS' },
    { elementId: 'margot', castNumber: 1, name: 'MARGOT' },
  ],
});

describe('buildDayOutOfDaysTable', () => {
  it('has cast, a column per date, then start, finish and totals', () => {
    const table = buildDayOutOfDaysTable(dood);
    expect(table.title).toBe('Day out of days');
    expect(table.columns.map((c) => `${c.label}:${c.kind}`)).toEqual([
      '#:integer',
      'Cast:text',
      'Thu 3/5 · Day 1:text',
      'Fri 3/6 · Day 2:text',
      'Sat 3/7:text',
      'Sun 3/8:text',
      'Mon 3/9:text',
      'Tue 3/10 · Day 3:text',
      'Start:date',
      'Finish:date',
      'Travel:integer',
      'Work:integer',
      'Hold:integer',
      'Holiday:integer',
      'Rehearsal:integer',
      'Fitting:integer',
      'Idle:integer',
      'Drops:integer',
      'Span:integer',
    ]);
  });

  it('writes one row per cast member with codes and typed totals', () => {
    const [margot, tomas] = buildDayOutOfDaysTable(dood).rows;
    expect(margot).toEqual({
      castNumber: 1,
      name: 'MARGOT',
      'day-2026-03-05': 'SW',
      'day-2026-03-06': 'W',
      'day-2026-03-07': null,
      'day-2026-03-08': null,
      'day-2026-03-09': '/',
      'day-2026-03-10': 'WF',
      start: '2026-03-05',
      finish: '2026-03-10',
      travel: 0,
      work: 3,
      hold: 0,
      holiday: 1,
      rehearsal: 0,
      fitting: 0,
      idle: 2,
      drops: 0,
      span: 6,
    });
    expect(tomas).toMatchObject({ castNumber: 2, 'day-2026-03-05': 'SWF', work: 1, span: 1 });
  });
});
