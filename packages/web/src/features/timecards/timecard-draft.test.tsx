import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysFromDraft,
  draftFromDays,
  formatClock,
  parseClock,
  type DayDraft,
} from './timecard-draft';
import { weekDates, weekStartOf } from './timecard-week';

const row = (overrides: Partial<DayDraft>): DayDraft => ({
  date: '2027-02-22',
  kind: 'work',
  call: '',
  meal1Out: '',
  meal1In: '',
  meal2Out: '',
  meal2In: '',
  wrap: '',
  ...overrides,
});

describe('the week grid', () => {
  it('starts a week on Sunday and lists seven dates', () => {
    expect(weekStartOf('2027-02-24')).toBe('2027-02-21');
    expect(weekStartOf('2027-02-21')).toBe('2027-02-21');
    expect(weekDates('2027-02-21')).toEqual([
      '2027-02-21',
      '2027-02-22',
      '2027-02-23',
      '2027-02-24',
      '2027-02-25',
      '2027-02-26',
      '2027-02-27',
    ]);
  });

  it('reads a long day with two meals, and a wrap past midnight as the next morning', () => {
    const result = daysFromDraft([
      row({
        call: '14:00',
        meal1Out: '19:00',
        meal1In: '19:30',
        meal2Out: '23:45',
        meal2In: '00:15',
        wrap: '02:30',
      }),
      row({ date: '2027-02-23', kind: 'off' }),
      row({ date: '2027-02-24', kind: 'idle', call: '07:00' }),
    ]);
    expect(result).toEqual({
      ok: true,
      days: [
        {
          date: '2027-02-22',
          kind: 'work',
          call: 840,
          meals: [
            { out: 1140, in: 1170 },
            { out: 1425, in: 1455 },
          ],
          wrap: 1590,
        },
        { date: '2027-02-24', kind: 'idle', call: null, meals: [], wrap: null },
      ],
    });
  });

  it('says what is missing on a worked day', () => {
    const result = daysFromDraft([row({ call: '7.30', meal1Out: '12:00' })]);
    expect(result).toEqual({
      ok: false,
      errors: {
        '2027-02-22.call': 'A time such as 07:30',
        '2027-02-22.wrap': 'A worked day needs a wrap',
        '2027-02-22.meal1In': 'Both ends of the meal',
      },
    });
  });

  it('shows a saved card as it was typed, for any times in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 600 }),
        (call, toMeal, meal, toWrap) => {
          const day = {
            date: '2027-02-22',
            kind: 'work' as const,
            call,
            meals: [{ out: call + toMeal, in: call + toMeal + meal }],
            wrap: call + toMeal + meal + toWrap,
          };
          const [draft] = draftFromDays(['2027-02-22'], [day]);
          if (draft === undefined) throw new Error('no row');
          expect(daysFromDraft([draft])).toEqual({ ok: true, days: [day] });
        },
      ),
    );
  });

  it('formats and parses clock times', () => {
    expect(parseClock('7:05')).toBe(425);
    expect(parseClock('24:00')).toBeNull();
    expect(formatClock(1530)).toBe('01:30');
  });
});
