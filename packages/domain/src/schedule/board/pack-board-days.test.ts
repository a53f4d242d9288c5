import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../shared/calendar-date.js';
import { defaultShootCalendar } from '../calendar/shoot-calendar.js';
import type { BoardRules } from './check-board.js';
import type { BoardContext, PackableScene } from './board-context.js';
import { packBoardDays } from './pack-board-days.js';
import { sameDayUnits } from './same-day-units.js';

const scene = (id: string, eighths: number, castNumbers: number[] = []): PackableScene => ({
  id,
  eighths,
  castNumbers,
  set: 'HOUSE',
});

const rules = (overrides: Partial<BoardRules> = {}): BoardRules => ({
  maxEighthsPerDay: 40,
  sceneOrder: [],
  castAvailability: [],
  locationAvailability: [],
  light: new Map(),
  castNames: new Map(),
  sceneNumbers: new Map(),
  ...overrides,
});

// Monday 1 March 2027.
const context = (
  overrides: Partial<BoardRules> = {},
  offDaysAfter: number[] = [],
): BoardContext => ({
  cast: [],
  calendar: defaultShootCalendar(calendarDate('2027-03-01')),
  rules: rules(overrides),
  companyMoveCost: 0,
  offDaysAfter,
});

describe('packBoardDays', () => {
  it('fills a day up to its pages and its hours', () => {
    const scenes = [scene('a', 20), scene('b', 20), scene('c', 10)];
    expect(packBoardDays(scenes, context())).toEqual([['a', 'b'], ['c']]);
    // 20 eighths are five hours at two hours a page: a and b together are ten.
    expect(packBoardDays(scenes, context({ maxMinutesPerDay: 9 * 60 }))).toEqual([
      ['a'],
      ['b', 'c'],
    ]);
    expect(
      packBoardDays(
        scenes,
        context({ maxMinutesPerDay: 9 * 60, sceneMinutes: new Map([['a', 200]]) }),
      ),
    ).toEqual([['a', 'b'], ['c']]);
  });

  it('packs a same-day group as one unit where its first scene is, and gives a unit over a day a day of its own', () => {
    const scenes = [scene('a', 30), scene('b', 8), scene('c', 8), scene('d', 8), scene('e', 4)];
    expect(packBoardDays(scenes, context({ sameDay: [['d', 'b']] }))).toEqual([
      ['a'],
      ['b', 'd', 'c', 'e'],
    ]);
    const long = [scene('a', 4), scene('b', 30), scene('c', 30), scene('d', 4)];
    expect(packBoardDays(long, context({ sameDay: [['b', 'c']] }))).toEqual([
      ['a'],
      ['b', 'c'],
      ['d'],
    ]);
  });

  it('starts the next day early for a scene whose cast cannot work on the day, when they can on the next', () => {
    const scenes = [scene('a', 10, [2]), scene('b', 10, [1]), scene('c', 10, [2])];
    const away = (...dates: string[]) => ({
      castAvailability: [
        {
          castNumber: 1,
          availableFrom: null,
          availableUntil: null,
          unavailable: dates.map(calendarDate),
        },
      ],
    });
    expect(packBoardDays(scenes, context(away('2027-03-01')))).toEqual([['a'], ['b', 'c']]);
    // Not on the next day either: starting it early would only cost a day.
    expect(packBoardDays(scenes, context(away('2027-03-01', '2027-03-02')))).toEqual([
      ['a', 'b', 'c'],
    ]);
    // An off day after day 1 puts day 2 on Wednesday 3 March.
    expect(packBoardDays(scenes, context(away('2027-03-01', '2027-03-03'), [1]))).toEqual([
      ['a', 'b', 'c'],
    ]);
    expect(packBoardDays(scenes, context(away('2027-03-01', '2027-03-02'), [1]))).toEqual([
      ['a'],
      ['b', 'c'],
    ]);
  });

  it('does the same for a location outside its window, and can start at a later shoot day', () => {
    const scenes = [scene('a', 10), { ...scene('b', 10), set: 'QUAY' }];
    const window = {
      locationAvailability: [
        { set: 'QUAY', availableFrom: calendarDate('2027-03-02'), availableUntil: null },
      ],
    };
    expect(packBoardDays(scenes, context(window))).toEqual([['a'], ['b']]);
    expect(packBoardDays(scenes, context(window), 1)).toEqual([['a', 'b']]);
  });
});

describe('sameDayUnits', () => {
  it('merges groups that share a scene, ignores ids not on the board and keeps board order', () => {
    expect(
      sameDayUnits(
        ['a', 'b', 'c', 'd', 'e'],
        [
          ['d', 'b'],
          ['e', 'd'],
          ['x', 'c'],
        ],
      ),
    ).toEqual([[0], [1, 3, 4], [2]]);
  });
});
