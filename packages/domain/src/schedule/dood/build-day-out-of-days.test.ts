import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate } from '../../shared/calendar-date.js';
import { addDays } from '../calendar/date-arithmetic.js';
import { defaultShootCalendar, type ShootCalendar } from '../calendar/shoot-calendar.js';
import { shootDates } from '../calendar/shoot-dates.js';
import { buildDayOutOfDays } from './build-day-out-of-days.js';
import type {
  DayOutOfDays,
  DayOutOfDaysInput,
  DoodCastMember,
  DoodCode,
  DoodEventKind,
} from './day-out-of-days.js';

const d = calendarDate;
// Monday 2 March 2026; Tuesday 10 March is a holiday.
const calendar: ShootCalendar = {
  ...defaultShootCalendar(d('2026-03-02')),
  holidays: [{ date: d('2026-03-10'), name: 'Founders’ Day' }],
};
const dates = shootDates(calendar, 15);

const member = (
  elementId: string,
  castNumber: number | null,
  over: Partial<DoodCastMember> = {},
) => ({
  elementId,
  castNumber,
  name: elementId.toUpperCase(),
  ...over,
});

/** Shoot days where `work[id]` lists the day numbers each cast member works. */
const input = (
  cast: readonly DoodCastMember[],
  work: Readonly<Record<string, readonly number[]>>,
  count = 15,
): DayOutOfDaysInput => ({
  shootDays: dates.slice(0, count).map((date, index) => ({
    date,
    castElementIds: Object.keys(work).filter((id) => work[id]?.includes(index + 1)),
  })),
  cast,
  calendar,
});

const rowOf = (dood: DayOutOfDays, id: string): string =>
  (dood.rows.find((row) => row.elementId === id)?.cells ?? [])
    .map((cell) => (cell === '' ? '.' : cell === 'holiday' ? '/' : cell))
    .join(' ');

describe('buildDayOutOfDays', () => {
  it('holds between work days and leaves company weekends and holidays unpaid or marked', () => {
    const dood = buildDayOutOfDays(
      input([member('margot', 1), member('tomas', 2), member('ines', 3)], {
        margot: [1, 2, 5],
        tomas: [3],
        ines: [2, 4, 8],
      }),
    );
    // Columns: 2 Mar (Mon, day 1) … 20 Mar (Fri, day 14 of the 15 dated; the 15th is 23 Mar).
    expect(dood.days).toHaveLength(22);
    expect(
      dood.days.slice(0, 10).map((day) => `${day.kind}${'dayNumber' in day ? day.dayNumber : ''}`),
    ).toEqual([
      'shoot1',
      'shoot2',
      'shoot3',
      'shoot4',
      'shoot5',
      'weekend',
      'weekend',
      'shoot6',
      'holiday',
      'shoot7',
    ]);
    expect(rowOf(dood, 'margot')).toMatch(/^SW W H H WF \. \. \. \./);
    expect(rowOf(dood, 'tomas')).toMatch(/^\. \. SWF \. \. \./);
    // Day 8 is Thursday 12 March: the weekend is blank, the holiday marked, work days between held.
    expect(rowOf(dood, 'ines')).toMatch(/^\. SW H W H \. \. H \/ H WF \. \./);
    const ines = dood.rows.find((row) => row.elementId === 'ines');
    expect(ines).toMatchObject({
      start: '2026-03-03',
      finish: '2026-03-12',
      totals: { work: 3, hold: 4, holiday: 1, idle: 2, drops: 0, span: 10, travel: 0 },
    });
  });

  it('drops a cast member over a long gap and picks them up', () => {
    const dood = buildDayOutOfDays(
      input([member('bosun', 4), member('ghost', 5, { options: { dropPickupAfterDays: null } })], {
        bosun: [1, 14, 15],
        ghost: [1, 14],
      }),
    );
    // 3 Mar to 19 Mar is 17 free calendar days: more than ten.
    expect(rowOf(dood, 'bosun')).toBe('SW D . . . . . . . . . . . . . . . . PW . . WF');
    expect(dood.rows[0]?.totals).toMatchObject({ work: 3, hold: 0, drops: 1, idle: 19, span: 22 });
    expect(rowOf(dood, 'ghost')).toBe('SW H H H H . . H / H H H . . H H H H WF . . .');
  });

  it('keeps a gap of exactly the threshold as holds, and drops just past it', () => {
    // Days 1 and 7 (Mon 2 and Wed 11 March) are 8 calendar days apart.
    const at = (days: number) =>
      buildDayOutOfDays(
        input([member('a', 1, { options: { dropPickupAfterDays: days } })], { a: [1, 7] }, 7),
      ).rows[0]?.cells.join(' ');
    expect(at(8)).toBe('SW H H H H   H holiday WF');
    expect(at(7)).toBe('SW D        PWF');
  });

  it('leaves the days between blank for a cast member without holds', () => {
    const dood = buildDayOutOfDays(
      input([member('day-player', 9, { options: { allowHolds: false } })], {
        'day-player': [1, 3, 14],
      }),
    );
    expect(rowOf(dood, 'day-player')).toBe('SW . W . . . . . . . . . . . . . . . WF . . .');
  });

  it('shows travel, rehearsal and fitting, widening the columns to take them in', () => {
    const dood = buildDayOutOfDays({
      ...input(
        [
          member('margot', 1, {
            events: [
              { date: d('2026-02-27'), kind: 'fitting' },
              { date: d('2026-03-01'), kind: 'travel' },
              { date: d('2026-03-04'), kind: 'rehearsal' },
              { date: d('2026-03-05'), kind: 'travel' }, // a work day: work wins
              { date: d('2026-03-04'), kind: 'fitting' }, // second event on a date: not shown
            ],
          }),
        ],
        { margot: [1, 4] },
        5,
      ),
    });
    expect(dood.days[0]).toMatchObject({ date: '2026-02-27', kind: 'no-shoot', weekday: 5 });
    expect(rowOf(dood, 'margot')).toBe('FT . TR SW H R WF .');
    expect(dood.rows[0]?.totals).toMatchObject({
      work: 2,
      hold: 1,
      travel: 1,
      rehearsal: 1,
      fitting: 1,
      span: 4,
      idle: 0,
    });
  });

  it('sorts by cast number, unnumbered last, and keeps the cast who do not work', () => {
    const dood = buildDayOutOfDays(
      input(
        [member('zed', null), member('b', 2), member('a', null), member('c', 1)],
        { b: [1] },
        1,
      ),
    );
    expect(dood.rows.map((row) => row.elementId)).toEqual(['c', 'b', 'a', 'zed']);
    expect(dood.rows[0]).toMatchObject({ cells: [''], start: null, finish: null });
    expect(dood.rows[0]?.totals.span).toBe(0);
  });

  it('refuses shoot days out of order, unknown cast and doubled cast', () => {
    const cast = [member('a', 1)];
    const day = (date: string, ids: string[] = []) => ({ date: d(date), castElementIds: ids });
    expect(() =>
      buildDayOutOfDays({ shootDays: [day('2026-03-03'), day('2026-03-03')], cast, calendar }),
    ).toThrow(/Shoot day 2 \(2026-03-03\) is not after shoot day 1/);
    expect(() =>
      buildDayOutOfDays({ shootDays: [day('2026-03-03', ['x'])], cast, calendar }),
    ).toThrow(/unknown cast x/);
    expect(() => buildDayOutOfDays({ shootDays: [], cast: [...cast, ...cast], calendar })).toThrow(
      /listed twice/,
    );
  });

  it('is empty for no shoot days and no events', () => {
    expect(buildDayOutOfDays({ shootDays: [], cast: [member('a', 1)], calendar })).toMatchObject({
      days: [],
      shootDayCount: 0,
      rows: [{ cells: [], start: null }],
    });
  });
});

const EVENT_KINDS: readonly DoodEventKind[] = ['travel', 'rehearsal', 'fitting'];

const arbInput = (): fc.Arbitrary<DayOutOfDaysInput> =>
  fc
    .record({
      holidayOffsets: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 6 }),
      dayCount: fc.integer({ min: 0, max: 30 }),
      cast: fc.array(
        fc.record({
          work: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 12 }),
          allowHolds: fc.option(fc.boolean(), { nil: undefined }),
          drop: fc.option(fc.option(fc.integer({ min: 0, max: 15 }), { nil: null }), {
            nil: undefined,
          }),
          events: fc.array(
            fc.record({
              offset: fc.integer({ min: -5, max: 50 }),
              kind: fc.constantFrom(...EVENT_KINDS),
            }),
            { maxLength: 4 },
          ),
        }),
        { maxLength: 6 },
      ),
    })
    .map(({ holidayOffsets, dayCount, cast }) => {
      const first = d('2026-03-02');
      const cal: ShootCalendar = {
        ...defaultShootCalendar(first),
        holidays: holidayOffsets.map((offset) => ({ date: addDays(first, offset), name: 'H' })),
      };
      const shootDays = shootDates(cal, dayCount).map((date, index) => ({
        date,
        castElementIds: cast.flatMap((c, i) => (c.work.includes(index + 1) ? [`c${i}`] : [])),
      }));
      return {
        calendar: cal,
        shootDays,
        cast: cast.map((c, i): DoodCastMember => ({
          elementId: `c${i}`,
          castNumber: i % 3 === 2 ? null : i + 1,
          name: `Cast ${i}`,
          options: {
            ...(c.allowHolds === undefined ? {} : { allowHolds: c.allowHolds }),
            ...(c.drop === undefined ? {} : { dropPickupAfterDays: c.drop }),
          },
          events: c.events.map((e) => ({ date: addDays(first, e.offset), kind: e.kind })),
        })),
      };
    });

const isWorkCode = (code: DoodCode): boolean => code.includes('W');

describe('buildDayOutOfDays, for any schedule', () => {
  it('starts and finishes each working cast member once, on their first and last work days', () => {
    fc.assert(
      fc.property(arbInput(), (data) => {
        const dood = buildDayOutOfDays(data);
        for (const row of dood.rows) {
          const worked = data.shootDays.filter((day) => day.castElementIds.includes(row.elementId));
          const starts = row.cells.filter((cell) => cell.startsWith('S'));
          const finishes = row.cells.filter((cell) => cell.endsWith('F') && cell !== 'FT');
          expect(starts).toHaveLength(worked.length > 0 ? 1 : 0);
          expect(finishes).toHaveLength(worked.length > 0 ? 1 : 0);
          expect(row.cells.filter(isWorkCode)).toHaveLength(worked.length);
          expect(row.start).toBe(worked[0]?.date ?? null);
          expect(row.finish).toBe(worked[worked.length - 1]?.date ?? null);
          const startIndex = dood.days.findIndex((day) => day.date === row.start);
          expect(row.cells[startIndex] ?? 'SW').toMatch(/^SW/);
        }
      }),
    );
  });

  it('has totals that count the codes, and a span made of them', () => {
    fc.assert(
      fc.property(arbInput(), (data) => {
        const dood = buildDayOutOfDays(data);
        for (const row of dood.rows) {
          const count = (code: DoodCode) => row.cells.filter((cell) => cell === code).length;
          const { totals } = row;
          expect(row.cells).toHaveLength(dood.days.length);
          expect(totals.hold).toBe(count('H'));
          expect(totals.holiday).toBe(count('holiday'));
          expect(totals.travel).toBe(count('TR'));
          expect(totals.rehearsal).toBe(count('R'));
          expect(totals.fitting).toBe(count('FT'));
          expect(totals.drops).toBe(count('D'));
          expect(totals.drops).toBe(count('PW') + count('PWF'));
          if (row.start === null) expect(totals.span).toBe(0);
          const span =
            row.start === null
              ? []
              : row.cells.slice(
                  dood.days.findIndex((day) => day.date === row.start),
                  dood.days.findIndex((day) => day.date === row.finish) + 1,
                );
          const events = span.filter((c) => c === 'TR' || c === 'R' || c === 'FT').length;
          expect(totals.span).toBe(span.length);
          expect(totals.work + totals.hold + totals.holiday + totals.idle + events).toBe(
            totals.span,
          );
        }
      }),
    );
  });

  it('holds only inside the span, only on company work days, and only when holds are allowed', () => {
    fc.assert(
      fc.property(arbInput(), (data) => {
        const dood = buildDayOutOfDays(data);
        dood.rows.forEach((row) => {
          const allowHolds = data.cast.find((c) => c.elementId === row.elementId)?.options
            ?.allowHolds;
          row.cells.forEach((cell, index) => {
            const day = dood.days[index];
            if (!day || (cell !== 'H' && cell !== 'D' && cell !== 'holiday')) return;
            expect(allowHolds).not.toBe(false);
            expect(row.start !== null && row.start < day.date).toBe(true);
            expect(row.finish !== null && day.date < row.finish).toBe(true);
            if (cell === 'H') expect(['shoot', 'no-shoot']).toContain(day.kind);
            if (cell === 'holiday') expect(day.kind).toBe('holiday');
          });
        });
      }),
    );
  });

  it('numbers the shoot-day columns 1 to N', () => {
    fc.assert(
      fc.property(arbInput(), (data) => {
        const dood = buildDayOutOfDays(data);
        const numbers = dood.days.flatMap((day) => (day.kind === 'shoot' ? [day.dayNumber] : []));
        expect(numbers).toEqual(data.shootDays.map((_, index) => index + 1));
        const columnDates: CalendarDate[] = dood.days.map((day) => day.date);
        columnDates.forEach((date, index) => {
          if (index > 0) expect(addDays(columnDates[index - 1] ?? date, 1)).toBe(date);
        });
      }),
    );
  });
});
