import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../shared/calendar-date.js';
import { defaultShootCalendar } from '../calendar/shoot-calendar.js';
import { layoutStripboard, type StripboardScene } from '../stripboard/layout-stripboard.js';
import type { Strip } from '../stripboard/strip.js';
import type { BoardRules } from './check-board.js';
import {
  optimizeBoardOrder,
  type BoardToOptimize,
  type OptimizeBoardOptions,
} from './optimize-board-order.js';
import { repackBoardIntoDays } from './repack-board-into-days.js';

/** A clock that moves one millisecond each time it is read: time limits become amounts of work. */
const fakeClock = (): (() => number) => {
  let now = 0;
  return () => (now += 1);
};

const options = (overrides: Partial<OptimizeBoardOptions> = {}): OptimizeBoardOptions => ({
  seed: 7,
  timeLimitMs: 200,
  clock: fakeClock(),
  ...overrides,
});

const scene = (
  id: string,
  eighths: number,
  castNumbers: number[],
  set = 'HOUSE',
  time = 'DAY',
): StripboardScene => ({ id, number: id, eighths, castNumbers, set, intExt: 'INT', time });

/** Scene strips day by day, each day closed by a break. */
const strips = (days: string[][]): Strip[] =>
  days.flatMap((day, d) => [
    ...day.map((id): Strip => ({ kind: 'scene', id: `s-${id}`, sceneId: id })),
    { kind: 'day-break', id: `b-${d}` },
  ]);

// Monday 1 March 2027: days 1–5 are Monday to Friday.
const calendar = defaultShootCalendar(calendarDate('2027-03-01'));

const board = (
  scenes: StripboardScene[],
  days: string[][],
  rules: Partial<BoardRules> = {},
): BoardToOptimize => ({
  strips: strips(days),
  scenes,
  cast: [
    { castNumber: 1, name: 'MARGOT', dailyRate: 100_000 },
    { castNumber: 2, name: 'TOMAS', dailyRate: 50_000 },
    { castNumber: 3, name: 'PIET', dailyRate: 20_000 },
  ],
  calendar,
  rules: {
    maxEighthsPerDay: 40,
    sceneOrder: [],
    castAvailability: [],
    locationAvailability: [],
    light: new Map(scenes.map((s) => [s.id, s.time === 'NIGHT' ? 'night' : 'day'])),
    castNames: new Map([
      [1, 'MARGOT'],
      [2, 'TOMAS'],
      [3, 'PIET'],
    ]),
    sceneNumbers: new Map(scenes.map((s) => [s.id, s.id])),
    ...rules,
  },
  companyMoveCost: 30_000,
});

/** The dates the result shoots each scene on, from the board it would save. */
const datesOf = (input: BoardToOptimize, days: readonly (readonly string[])[]) => {
  let count = 0;
  const layout = layoutStripboard(
    repackBoardIntoDays(input.strips, days, { next: () => `n${(count += 1)}` }),
    input.scenes,
    input.calendar,
  );
  return new Map(
    layout.days.flatMap((day) =>
      day.kind === 'shoot' ? day.scenes.map((s) => [s.id, day.date] as const) : [],
    ),
  );
};

describe('optimizeBoardOrder', () => {
  it('shoots a same-day group on one day', () => {
    const scenes = [
      scene('1', 10, [1]),
      scene('2', 10, [2]),
      scene('3', 10, [1]),
      scene('4', 10, [3]),
      scene('5', 10, [2]),
      scene('6', 10, [3]),
    ];
    const input = board(
      scenes,
      [
        ['1', '2', '3', '4'],
        ['5', '6'],
      ],
      { sameDay: [['1', '6']] },
    );
    const result = optimizeBoardOrder(input, options());
    expect(result.before.conflicts.map((c) => c.kind)).toEqual(['same-day']);
    expect(result.improved).toBe(true);
    expect(result.assessment.conflicts).toEqual([]);
    expect(result.days.some((day) => day.includes('1') && day.includes('6'))).toBe(true);
  });

  it('shoots all of an actor’s scenes before their drop date', () => {
    const scenes = ['1', '2', '3', '4', '5', '6', '7', '8'].map((id, i) =>
      scene(id, 20, i % 3 === 1 ? [1, 2] : [2]),
    );
    const input = board(
      scenes,
      [
        ['1', '2'],
        ['3', '4'],
        ['5', '6'],
        ['7', '8'],
      ],
      {
        castAvailability: [
          {
            castNumber: 1,
            availableFrom: null,
            availableUntil: calendarDate('2027-03-02'),
            unavailable: [],
          },
        ],
      },
    );
    const result = optimizeBoardOrder(input, options());
    expect(result.before.violations).toBeGreaterThan(0);
    expect(result.assessment.conflicts).toEqual([]);
    const dates = datesOf(input, result.days);
    for (const id of ['2', '5', '8']) expect(dates.get(id)! <= '2027-03-02').toBe(true);
  });

  it('keeps a location within its window', () => {
    const scenes = [
      scene('1', 20, [1], 'QUAY'),
      scene('2', 20, [1], 'QUAY'),
      scene('3', 20, [2]),
      scene('4', 20, [2]),
      scene('5', 20, [3]),
      scene('6', 20, [3]),
    ];
    const input = board(
      scenes,
      [
        ['1', '2'],
        ['3', '4'],
        ['5', '6'],
      ],
      {
        locationAvailability: [
          {
            set: 'QUAY',
            availableFrom: calendarDate('2027-03-03'),
            availableUntil: calendarDate('2027-03-05'),
          },
        ],
      },
    );
    const result = optimizeBoardOrder(input, options());
    expect(result.before.conflicts.map((c) => c.kind)).toEqual(['location-unavailable']);
    expect(result.assessment.conflicts).toEqual([]);
    const dates = datesOf(input, result.days);
    for (const id of ['1', '2']) expect(dates.get(id)! >= '2027-03-03').toBe(true);
  });

  it('does not follow a night with a day-scene morning when another order avoids it', () => {
    const scenes = [
      scene('n1', 40, [1], 'HOUSE', 'NIGHT'),
      scene('d1', 40, [1]),
      scene('n2', 40, [1], 'HOUSE', 'NIGHT'),
      scene('d2', 40, [1]),
    ];
    const input = board(scenes, [['n1'], ['d1'], ['n2'], ['d2']]);
    const result = optimizeBoardOrder(input, options());
    expect(result.before.conflicts.map((c) => c.kind)).toEqual(['turnaround', 'turnaround']);
    expect(result.assessment.conflicts).toEqual([]);
    expect(result.assessment.cost).toBe(result.before.cost);
  });

  it('returns the current board when nothing is better, and says when a board cannot be beaten', () => {
    const scenes = [scene('1', 10, [1]), scene('2', 10, [1])];
    const input = board(scenes, [['1', '2']]);
    const result = optimizeBoardOrder(input, options());
    expect(result).toMatchObject({
      order: ['1', '2'],
      days: [['1', '2']],
      improved: false,
      optimal: true,
      stoppedBy: 'proved',
    });
    expect(result.assessment).toEqual(result.before);
  });

  it('packs the unscheduled end of the current board before comparing, and schedules every scene', () => {
    const scenes = [scene('1', 10, [1]), scene('2', 30, [2]), scene('3', 30, [1])];
    const input = {
      ...board(scenes, [['1']]),
      strips: [
        ...strips([['1']]),
        { kind: 'scene', id: 's-2', sceneId: '2' } as Strip,
        { kind: 'scene', id: 's-3', sceneId: '3' } as Strip,
      ],
    };
    const result = optimizeBoardOrder(input, options());
    expect(result.before.shootDays).toBe(3);
    expect([...result.order].sort()).toEqual(['1', '2', '3']);
    expect(result.improved).toBe(true);
    // MARGOT (1 and 3) works one day instead of being held over day 2.
    expect(result.days.map((day) => [...day].sort()).sort()).toEqual([['1', '3'], ['2']]);
  });

  it('reports progress, better each time, and stops when asked', () => {
    const scenes = ['1', '2', '3', '4', '5', '6'].map((id, i) => scene(id, 20, [(i % 3) + 1]));
    const input = board(scenes, [
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
    const seen: { violations: number; cost: number }[] = [];
    const result = optimizeBoardOrder(input, options({ onProgress: (p) => seen.push(p) }));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)?.cost).toBe(result.assessment.cost);
    for (let i = 1; i < seen.length; i += 1) {
      expect(seen[i]!.cost).toBeLessThanOrEqual(seen[i - 1]!.cost);
    }
    const cancelled = optimizeBoardOrder(input, options({ shouldStop: () => true }));
    expect(cancelled.stoppedBy).toBe('cancelled');
  });
});
