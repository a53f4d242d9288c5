import { describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate } from '../../shared/calendar-date.js';
import type { Weekday } from './date-arithmetic.js';
import { defaultShootCalendar } from './shoot-calendar.js';
import { validateShootCalendar } from './validate-shoot-calendar.js';

const d = calendarDate;

describe('validateShootCalendar', () => {
  it('accepts a plain calendar, and a Saturday start', () => {
    expect(validateShootCalendar(defaultShootCalendar(d('2026-03-02'))).ok).toBe(true);
    expect(validateShootCalendar(defaultShootCalendar(d('2026-03-07'))).ok).toBe(true);
  });

  it('lists every problem', () => {
    const result = validateShootCalendar({
      firstShootDay: d('2026-03-10'),
      workingWeekdays: [1, 1, 8 as Weekday],
      holidays: [
        { date: d('2026-03-10'), name: 'Founders’ Day' },
        { date: d('2026-03-10'), name: ' ' },
        { date: '2026-02-30' as CalendarDate, name: 'Nowhere' },
      ],
      daysOff: [d('2026-03-11'), d('2026-03-11'), d('2026-03-10')],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.details?.['problems']).toEqual([
      'working weekday 1 is listed twice',
      'working weekday 8 is not 1 (Monday) to 7 (Sunday)',
      'holiday 2026-03-10 is listed twice',
      'holiday 2026-03-10 has no name',
      'holiday date "2026-02-30" is not a date',
      'day off 2026-03-11 is listed twice',
      'day off 2026-03-10 is also a holiday',
      'the first shoot day 2026-03-10 is a holiday',
      'the first shoot day 2026-03-10 is a day off',
    ]);
    expect(result.error.message).toBe(
      'The shoot calendar is not valid: working weekday 1 is listed twice; working weekday 8 is not 1 (Monday) to 7 (Sunday); holiday 2026-03-10 is listed twice (and 6 more)',
    );
  });

  it('refuses a calendar without working weekdays', () => {
    const result = validateShootCalendar({
      ...defaultShootCalendar(d('2026-03-02')),
      workingWeekdays: [],
    });
    expect(result.ok ? [] : result.error.details?.['problems']).toEqual(['no working weekdays']);
  });
});
