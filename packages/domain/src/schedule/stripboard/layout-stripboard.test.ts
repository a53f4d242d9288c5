import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../shared/calendar-date.js';
import { defaultShootCalendar } from '../calendar/shoot-calendar.js';
import { layoutStripboard, type StripboardScene } from './layout-stripboard.js';
import type { Strip } from './strip.js';

const scene = (
  id: string,
  eighths: number,
  castNumbers: number[],
  set = 'HARBOUR',
): StripboardScene => ({
  id,
  number: id,
  eighths,
  castNumbers,
  set,
  intExt: 'INT',
  time: 'DAY',
});
const scenes = [
  scene('1', 8, [1, 2]),
  scene('2', 11, [2, 5], 'OFFICE'),
  scene('3', 4, [1]),
  scene('4', 3, [3]),
  scene('5', 6, []),
];
let counter = 0;
const s = (sceneId: string): Strip => ({ kind: 'scene', id: `strip-${(counter += 1)}`, sceneId });
const brk = (): Strip => ({ kind: 'day-break', id: `break-${(counter += 1)}` });
const calendar = defaultShootCalendar(calendarDate('2026-03-05')); // a Thursday

describe('layoutStripboard', () => {
  it('groups scenes into dated days with eighths, cast and sets', () => {
    const strips: Strip[] = [
      { kind: 'banner', id: 'b', text: 'Week 1' },
      s('1'),
      s('2'),
      s('3'),
      brk(),
      s('4'),
      brk(),
      s('5'),
    ];
    const layout = layoutStripboard(strips, scenes, calendar);
    expect(layout.shootDayCount).toBe(2);
    expect(layout.days).toEqual([
      {
        kind: 'shoot',
        dayNumber: 1,
        date: '2026-03-05',
        scenes: [scenes[0], scenes[1], scenes[2]],
        banners: ['Week 1'],
        eighths: 23,
        castNumbers: [1, 2, 5],
        sets: ['HARBOUR', 'OFFICE'],
      },
      expect.objectContaining({ dayNumber: 2, date: '2026-03-06', eighths: 3, castNumbers: [3] }),
    ]);
    expect(layout.unscheduled).toEqual({ scenes: [scenes[4]], banners: [], eighths: 6 });
    expect(layout.unknownSceneIds).toEqual([]);
  });

  it('gives off days a working date, and lets an off day close an open day', () => {
    const strips: Strip[] = [
      s('1'),
      { kind: 'off-day', id: 'o1', reason: 'Travel to Gdynia' },
      brk(),
      { kind: 'off-day', id: 'o2', reason: 'Rig day' },
      s('2'),
      brk(),
    ];
    const layout = layoutStripboard(strips, scenes, calendar);
    expect(
      layout.days.map((day) =>
        day.kind === 'shoot' ? `${day.date} day ${day.dayNumber}` : `${day.date} off ${day.reason}`,
      ),
    ).toEqual([
      '2026-03-05 day 1',
      '2026-03-06 off Travel to Gdynia',
      '2026-03-09 day 2',
      '2026-03-10 off Rig day',
      '2026-03-11 day 3',
    ]);
    expect(layout.days[2]).toMatchObject({ kind: 'shoot', scenes: [], eighths: 0 });
  });

  it('reports strips naming unknown scenes and leaves them out', () => {
    const layout = layoutStripboard([s('1'), s('99'), brk()], scenes, calendar);
    expect(layout.unknownSceneIds).toEqual(['99']);
    expect(layout.days[0]).toMatchObject({ eighths: 8 });
  });

  it('lays out an empty board as no days', () => {
    expect(layoutStripboard([], scenes, calendar)).toEqual({
      days: [],
      shootDayCount: 0,
      unscheduled: { scenes: [], banners: [], eighths: 0 },
      unknownSceneIds: [],
    });
  });
});
