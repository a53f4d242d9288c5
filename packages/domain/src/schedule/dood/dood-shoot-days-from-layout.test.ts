import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../shared/calendar-date.js';
import { defaultShootCalendar } from '../calendar/shoot-calendar.js';
import { layoutStripboard } from '../stripboard/layout-stripboard.js';
import { buildDayOutOfDays } from './build-day-out-of-days.js';
import { doodShootDaysFromLayout } from './dood-shoot-days-from-layout.js';

describe('doodShootDaysFromLayout', () => {
  it('turns a board into the shoot days of a day out of days', () => {
    const calendar = defaultShootCalendar(calendarDate('2026-03-05'));
    const scene = (id: string, castNumbers: number[]) => ({
      id,
      number: id,
      eighths: 8,
      castNumbers,
      set: 'HARBOUR',
      intExt: 'INT' as const,
      time: 'DAY',
    });
    const layout = layoutStripboard(
      [
        { kind: 'scene', id: 's1', sceneId: '1' },
        { kind: 'day-break', id: 'b1' },
        { kind: 'off-day', id: 'o1', reason: 'Travel' },
        { kind: 'scene', id: 's2', sceneId: '2' },
        { kind: 'day-break', id: 'b2' },
      ],
      [scene('1', [1, 2]), scene('2', [2, 7])],
      calendar,
    );
    const shootDays = doodShootDaysFromLayout(
      layout,
      new Map([
        [1, 'margot'],
        [2, 'tomas'],
      ]),
    );
    expect(shootDays).toEqual([
      { date: '2026-03-05', castElementIds: ['margot', 'tomas'] },
      { date: '2026-03-09', castElementIds: ['tomas'] },
    ]);
    const dood = buildDayOutOfDays({
      shootDays,
      calendar,
      cast: [
        { elementId: 'margot', castNumber: 1, name: 'MARGOT' },
        { elementId: 'tomas', castNumber: 2, name: 'TOMAS' },
      ],
    });
    expect(dood.rows.map((row) => row.cells.join(','))).toEqual(['SWF,,,,', 'SW,H,,,WF']);
  });
});
