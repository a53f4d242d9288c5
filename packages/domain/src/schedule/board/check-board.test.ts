import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../shared/calendar-date.js';
import { defaultShootCalendar } from '../calendar/shoot-calendar.js';
import { layoutStripboard, type StripboardScene } from '../stripboard/layout-stripboard.js';
import type { Strip } from '../stripboard/strip.js';
import { checkBoard, type BoardRules } from './check-board.js';

const scene = (
  id: string,
  eighths: number,
  castNumbers: number[],
  set: string,
): StripboardScene => ({
  id,
  number: id,
  eighths,
  castNumbers,
  set,
  intExt: 'INT',
  time: null,
});
const SCENES = [
  scene('1', 8, [1], 'HOUSE'),
  scene('2', 40, [1, 2], 'QUAY'),
  scene('3', 8, [2], 'HOUSE'),
];
const s = (id: string): Strip => ({ kind: 'scene', id: `s${id}`, sceneId: id });
const br = (n: number): Strip => ({ kind: 'day-break', id: `b${n}` });
// Thursday 4 March 2027: day 1 Thu, day 2 Fri, day 3 Mon.
const calendar = defaultShootCalendar(calendarDate('2027-03-04'));

const rules = (overrides: Partial<BoardRules> = {}): BoardRules => ({
  maxEighthsPerDay: 40,
  sceneOrder: [],
  castAvailability: [],
  locationAvailability: [],
  light: new Map([
    ['1', 'night'],
    ['2', 'day'],
    ['3', 'day'],
  ]),
  castNames: new Map([
    [1, 'MARGOT'],
    [2, 'TOMAS'],
  ]),
  sceneNumbers: new Map(SCENES.map((x) => [x.id, x.id])),
  ...overrides,
});

describe('checkBoard', () => {
  it('finds nothing on a board that keeps every rule', () => {
    const layout = layoutStripboard(
      [s('3'), br(1), s('2'), br(2), s('1'), br(3)],
      SCENES,
      calendar,
    );
    expect(checkBoard(layout, rules())).toEqual([]);
  });

  it('flags an overfull day, a scene order broken, unavailable cast and location, and a short turnaround', () => {
    const layout = layoutStripboard([s('1'), br(1), s('2'), s('3'), br(2)], SCENES, calendar);
    const found = checkBoard(
      layout,
      rules({
        sceneOrder: [['3', '1']],
        castAvailability: [
          {
            castNumber: 2,
            availableFrom: null,
            availableUntil: null,
            unavailable: [calendarDate('2027-03-05')],
          },
        ],
        locationAvailability: [
          { set: 'QUAY', availableFrom: calendarDate('2027-03-08'), availableUntil: null },
        ],
      }),
    );
    expect(found.map((c) => [c.kind, c.dayNumber])).toEqual([
      ['scene-order', 1],
      ['turnaround', 2],
      ['over-limit', 2],
      ['cast-unavailable', 2],
      ['location-unavailable', 2],
    ]);
    expect(found.find((c) => c.kind === 'cast-unavailable')?.message).toBe(
      'TOMAS is not available on 2027-03-05 (day 2)',
    );
    expect(found.find((c) => c.kind === 'turnaround')?.sceneIds).toEqual(['2']);
  });

  it('does not count a night followed by a weekend as a short turnaround', () => {
    // Day 2 (Friday) works at night; day 3 is Monday.
    const layout = layoutStripboard(
      [s('3'), br(1), s('1'), br(2), s('2'), br(3)],
      SCENES,
      calendar,
    );
    expect(checkBoard(layout, rules()).map((c) => c.kind)).toEqual([]);
  });

  it('flags a same-day group split across days, once, on its first day', () => {
    const layout = layoutStripboard([s('1'), s('3'), br(1), s('2'), br(2)], SCENES, calendar);
    const found = checkBoard(
      layout,
      rules({
        light: new Map(),
        sameDay: [
          ['2', '1', 'missing'],
          ['1', '3'],
        ],
      }),
    );
    expect(found).toEqual([
      {
        kind: 'same-day',
        dayNumber: 1,
        date: calendarDate('2027-03-04'),
        sceneIds: ['1', '2'],
        message: 'Scenes 1 and 2 must be shot on the same day, not on days 1 and 2',
      },
    ]);
  });

  it('flags a day over its hours from the estimates, or two hours a page without one', () => {
    const layout = layoutStripboard([s('1'), s('3'), br(1), s('2'), br(2)], SCENES, calendar);
    const daylight = (overrides: Partial<BoardRules>) => rules({ light: new Map(), ...overrides });
    // Day 1: scene 1 estimated at 4 h 30, scene 3 at 8/8 × 15 min = 2 h; day 2 is one scene.
    const found = checkBoard(
      layout,
      daylight({ maxMinutesPerDay: 6 * 60, sceneMinutes: new Map([['1', 270]]) }),
    );
    expect(found.map((c) => [c.kind, c.dayNumber, c.message])).toEqual([
      ['over-hours', 1, 'Day 1 is estimated at 6 h 30 min of shooting, over the 6 h day'],
    ]);
    expect(
      checkBoard(
        layout,
        daylight({ maxMinutesPerDay: 6 * 60 + 30, sceneMinutes: new Map([['1', 270]]) }),
      ),
    ).toEqual([]);
    expect(checkBoard(layout, daylight({ maxMinutesPerDay: null }))).toEqual([]);
    // Without estimates, 16 eighths at two hours a page are four hours.
    expect(checkBoard(layout, daylight({ maxMinutesPerDay: 3 * 60 }))[0]?.message).toBe(
      'Day 1 is estimated at 4 h of shooting, over the 3 h day',
    );
    expect(
      checkBoard(layout, daylight({ maxMinutesPerDay: 3 * 60, minutesPerEighth: 10 })).map(
        (c) => c.kind,
      ),
    ).toEqual([]);
  });
});
