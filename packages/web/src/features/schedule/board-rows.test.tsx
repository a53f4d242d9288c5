import { describe, expect, it } from 'vitest';
import { BOARD, BOARD_SCENES, BOARD_STRIPS } from '../../testing/schedule-board';
import { boardLayout } from './board-rows';
import { dayBreakLabel } from './day-break-label';
import { formatBoardDate } from './board-date';

describe('the board layout', () => {
  it('totals each day at its break, with the saved dates, and counts what is left unscheduled', () => {
    const layout = boardLayout(BOARD_STRIPS, BOARD_SCENES, BOARD.days, 40);
    expect(layout.days.map((d) => [d.dayNumber, d.date, d.pages, d.overLimit])).toEqual([
      [1, '2027-03-02', '2 1/8', false],
      [2, '2027-03-03', '4 4/8', false],
    ]);
    expect(layout.unscheduledFrom).toBe(7);
    expect(layout.unscheduledScenes).toBe(1);
    expect(layout.unscheduledEighths).toBe(4);
    const dayOf = layout.rows.map((row) =>
      row.kind === 'scene' || row.kind === 'banner' ? row.dayNumber : row.kind,
    );
    expect(dayOf).toEqual([1, 1, 'day-break', 2, 2, 2, 'day-break', null]);
  });

  it('flags a day longer than the production allows', () => {
    const layout = boardLayout(BOARD_STRIPS, BOARD_SCENES, BOARD.days, 32);
    expect(layout.days.map((d) => d.overLimit)).toEqual([false, true]);
  });

  it('moves the totals with the strips, before anything is saved', () => {
    // Scene 3 (2 4/8) pulled up into day 1.
    const strips = [
      BOARD_STRIPS[0],
      BOARD_STRIPS[4],
      BOARD_STRIPS[1],
      ...BOARD_STRIPS.slice(2, 4),
      ...BOARD_STRIPS.slice(5),
    ].flatMap((s) => (s ? [s] : []));
    const layout = boardLayout(strips, BOARD_SCENES, BOARD.days, 40);
    expect(layout.days.map((d) => d.pages)).toEqual(['4 5/8', '2']);
  });

  it('dates a day the server has not seen yet as unknown, and ends a day at an off day after scenes', () => {
    const layout = boardLayout(
      [
        ...BOARD_STRIPS.slice(0, 2),
        { kind: 'off-day', id: 'o1', reason: 'Travel' },
        ...BOARD_STRIPS.slice(3),
        { kind: 'day-break', id: 'b3' },
      ],
      BOARD_SCENES,
      BOARD.days,
      40,
    );
    // The off day takes the second saved date; days 2 and 3 are past what the server dated.
    expect(layout.days.map((d) => d.date)).toEqual(['2027-03-02', null, null]);
    const off = layout.rows.find((r) => r.kind === 'off-day');
    expect(off?.kind === 'off-day' ? off.endsDay?.dayNumber : null).toBe(1);
    expect(off?.kind === 'off-day' ? off.date : null).toBe('2027-03-03');
    expect(layout.unscheduledScenes).toBe(0);
  });

  it('keeps a strip whose scene the script no longer has, without counting it', () => {
    const layout = boardLayout(
      [{ kind: 'scene', id: 'gone', sceneId: 'no-such-scene' }, ...BOARD_STRIPS],
      BOARD_SCENES,
      BOARD.days,
      40,
    );
    const first = layout.rows[0];
    expect(first?.kind === 'scene' ? first.scene : 'not a scene').toBeNull();
    expect(layout.days[0]?.pages).toBe('2 1/8');
  });
});

describe('day break labels', () => {
  it('say the day, its date and its length the way a board prints them', () => {
    expect(formatBoardDate('2027-03-02')).toBe('Tue 2 Mar');
    expect(
      dayBreakLabel({
        dayNumber: 3,
        date: '2027-03-02',
        eighths: 38,
        pages: '4 6/8',
        sceneCount: 4,
        overLimit: false,
      }),
    ).toBe('End of day 3 — Tue 2 Mar — 4 6/8 pages');
    expect(
      dayBreakLabel({
        dayNumber: 1,
        date: null,
        eighths: 8,
        pages: '1',
        sceneCount: 1,
        overLimit: false,
      }),
    ).toBe('End of day 1 — 1 page');
  });
});
