import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultShootCalendar } from '../calendar/shoot-calendar.js';
import { layoutStripboard, type StripboardScene } from '../stripboard/layout-stripboard.js';
import { scheduleCost } from '../solver/schedule-cost.js';
import { calendarDate } from '../../shared/calendar-date.js';
import { boardSchedulingProblem } from './board-scheduling-problem.js';
import { compareSchedules, explainSchedule, improvesOn } from './cast-days.js';
import { packIntoDays } from './pack-into-days.js';
import { repackBoard } from './repack-board.js';

const counter = () => {
  let n = 0;
  return { next: () => `s${(n += 1)}` };
};

const scene = (
  id: string,
  eighths: number,
  castNumbers: number[],
  set = 'HOUSE',
): StripboardScene => ({
  id,
  number: id,
  eighths,
  castNumbers,
  set,
  intExt: 'INT',
  time: 'DAY',
});

describe('packIntoDays', () => {
  it('breaks the day before a scene that would take it over the limit, and gives a long scene its own day', () => {
    const strips = packIntoDays(
      [
        { id: 'a', eighths: 20 },
        { id: 'b', eighths: 20 },
        { id: 'c', eighths: 10 },
        { id: 'd', eighths: 50 },
        { id: 'e', eighths: 4 },
      ],
      40,
      counter(),
    );
    expect(strips.map((s) => (s.kind === 'scene' ? s.sceneId : '|'))).toEqual([
      'a',
      'b',
      '|',
      'c',
      '|',
      'd',
      '|',
      'e',
      '|',
    ]);
    expect(new Set(strips.map((s) => s.id)).size).toBe(strips.length);
  });

  it('keeps every scene once, in order, and no day over the limit unless a scene alone is longer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 48 }),
        (lengths, max) => {
          const scenes = lengths.map((eighths, i) => scene(`x${i}`, eighths, []));
          const strips = packIntoDays(scenes, max, counter());
          const layout = layoutStripboard(
            strips,
            scenes,
            defaultShootCalendar(calendarDate('2027-03-01')),
          );
          expect(
            layout.days.flatMap((d) => (d.kind === 'shoot' ? d.scenes.map((s) => s.id) : [])),
          ).toEqual(scenes.map((s) => s.id));
          for (const day of layout.days) {
            if (day.kind === 'shoot' && day.scenes.length > 1)
              expect(day.eighths).toBeLessThanOrEqual(max);
          }
          expect(layout.unscheduled.scenes).toEqual([]);
        },
      ),
    );
  });
});

describe('explainSchedule', () => {
  const cast = [
    { castNumber: 1, name: 'MARGOT', dailyRate: 100_000 },
    { castNumber: 2, name: 'TOMAS', dailyRate: 50_000 },
    { castNumber: 3, name: 'PIET', dailyRate: 20_000 },
  ];
  const scenes = [
    scene('1', 40, [1, 2]),
    scene('2', 40, [1]),
    scene('3', 40, [2]),
    scene('4', 40, [1]),
  ];
  const calendar = defaultShootCalendar(calendarDate('2027-03-01'));

  it('pays each cast member from their first to their last day and counts the days between as holds', () => {
    const layout = layoutStripboard(packIntoDays(scenes, 40, counter()), scenes, calendar);
    const explained = explainSchedule(layout, cast);
    expect(explained.cast).toEqual([
      {
        castNumber: 1,
        name: 'MARGOT',
        firstDay: 1,
        lastDay: 4,
        workDays: 3,
        holdDays: 1,
        dailyRate: 100_000,
        cost: 400_000,
      },
      {
        castNumber: 2,
        name: 'TOMAS',
        firstDay: 1,
        lastDay: 3,
        workDays: 2,
        holdDays: 1,
        dailyRate: 50_000,
        cost: 150_000,
      },
      {
        castNumber: 3,
        name: 'PIET',
        firstDay: null,
        lastDay: null,
        workDays: 0,
        holdDays: 0,
        dailyRate: 20_000,
        cost: 0,
      },
    ]);
    expect(explained).toMatchObject({ shootDays: 4, workDays: 5, holdDays: 2, castCost: 550_000 });
  });

  it('says what a better order saves', () => {
    const before = explainSchedule(
      layoutStripboard(packIntoDays(scenes, 40, counter()), scenes, calendar),
      cast,
    );
    const better = [scenes[2], scenes[0], scenes[1], scenes[3]].filter((s) => s !== undefined);
    const after = explainSchedule(
      layoutStripboard(packIntoDays(better, 40, counter()), better, calendar),
      cast,
    );
    expect(compareSchedules(before, after)).toMatchObject({
      castCostSaved: 150_000,
      holdDaysSaved: 2,
      shootDaysSaved: 0,
    });
  });
});

describe('boardSchedulingProblem', () => {
  it('makes scenes of eighths, cast of daily rates and sets of locations, and keeps the order constraints', () => {
    const problem = boardSchedulingProblem(
      [
        { id: 'a', eighths: 8, castNumbers: [1], set: 'HOUSE' },
        { id: 'b', eighths: 4, castNumbers: [1, 2], set: 'QUAY' },
        { id: 'c', eighths: 0, castNumbers: [], set: 'HOUSE' },
      ],
      [
        { castNumber: 1, name: 'A', dailyRate: 10 },
        { castNumber: 2, name: 'B', dailyRate: 0 },
        { castNumber: 3, name: 'C', dailyRate: 5 },
      ],
      {
        companyMoveCost: 7,
        order: [
          ['b', 'a'],
          ['b', 'missing'],
        ],
      },
    );
    expect(problem.scenes).toEqual([
      { id: 'a', duration: 8, location: 0 },
      { id: 'b', duration: 4, location: 1 },
      { id: 'c', duration: 1, location: 0 },
    ]);
    expect(problem.actors).toEqual([
      { id: '1', costPerDay: 10, scenes: [0, 1] },
      { id: '2', costPerDay: 1, scenes: [1] },
    ]);
    expect(problem.locations).toEqual([
      { id: 'HOUSE', revisitCost: 7 },
      { id: 'QUAY', revisitCost: 7 },
    ]);
    expect(problem.precedences).toEqual([[1, 0]]);
    // a, b, c leaves the house and comes back: one company move.
    expect(scheduleCost(problem, [0, 1, 2]).revisitCost).toBe(7);
  });
});

describe('repackBoard', () => {
  it('keeps banners before the scene they preceded and off days after the same day', () => {
    const old = [
      { kind: 'scene' as const, id: 'x1', sceneId: 'a' },
      { kind: 'day-break' as const, id: 'x2' },
      { kind: 'off-day' as const, id: 'x3', reason: 'Travel' },
      { kind: 'banner' as const, id: 'x4', text: 'Company move' },
      { kind: 'scene' as const, id: 'x5', sceneId: 'b' },
      { kind: 'day-break' as const, id: 'x6' },
    ];
    const strips = repackBoard(
      old,
      [
        { id: 'b', eighths: 8 },
        { id: 'a', eighths: 8 },
      ],
      8,
      counter(),
    );
    expect(strips.map((s) => (s.kind === 'scene' ? s.sceneId : s.kind))).toEqual([
      'banner',
      'b',
      'day-break',
      'off-day',
      'a',
      'day-break',
    ]);
  });
});

describe('improvesOn', () => {
  const explanation = (castCost: number, holdDays: number) => ({
    cast: [],
    shootDays: 3,
    workDays: 5,
    holdDays,
    castCost,
  });
  it('prefers paying the cast less, then fewer hold days for the same money', () => {
    expect(improvesOn(explanation(90, 5), explanation(100, 0))).toBe(true);
    expect(improvesOn(explanation(100, 1), explanation(100, 2))).toBe(true);
    expect(improvesOn(explanation(100, 2), explanation(100, 2))).toBe(false);
    expect(improvesOn(explanation(110, 0), explanation(100, 2))).toBe(false);
  });
});
