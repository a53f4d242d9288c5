import { describe, expect, it } from 'vitest';
import { BOARD_STRIPS } from '../../testing/schedule-board';
import { dayOfStrip, dropStrip, movedText, newStripIds } from './strip-moves';

const ids = (strips: readonly { id: string }[]) => strips.map((s) => s.id).join(' ');

describe('dropping a strip', () => {
  it('puts it above or below the strip it was dropped on, dragging down or up', () => {
    expect(ids(BOARD_STRIPS)).toBe('s1 s2 b1 n1 s3 s4 b2 s5');
    // s1 dropped on the top half of the day 2 break: the last strip of day 2.
    expect(ids(dropStrip(BOARD_STRIPS, 0, 6, 'before'))).toBe('s2 b1 n1 s3 s4 s1 b2 s5');
    expect(ids(dropStrip(BOARD_STRIPS, 0, 6, 'after'))).toBe('s2 b1 n1 s3 s4 b2 s1 s5');
    // s5 dragged up onto the bottom half of s1.
    expect(ids(dropStrip(BOARD_STRIPS, 7, 0, 'after'))).toBe('s1 s5 s2 b1 n1 s3 s4 b2');
    expect(ids(dropStrip(BOARD_STRIPS, 7, 0, 'before'))).toBe('s5 s1 s2 b1 n1 s3 s4 b2');
    expect(ids(dropStrip(BOARD_STRIPS, 3, 3, 'after'))).toBe(ids(BOARD_STRIPS));
  });

  it('says where the strip went', () => {
    expect(dayOfStrip(BOARD_STRIPS, 's3')).toBe(2);
    expect(dayOfStrip(BOARD_STRIPS, 's5')).toBeNull();
    expect(movedText('scene 5', BOARD_STRIPS, 's5')).toBe(
      'Moved scene 5 to the unscheduled strips',
    );
    expect(movedText('scene 1', BOARD_STRIPS, 's1')).toBe('Moved scene 1 to day 1');
  });
});

describe('new strip ids', () => {
  it('takes the next numbers the board does not use for that kind', () => {
    const strips = [
      { kind: 'day-break' as const, id: 'day-break-1' },
      { kind: 'day-break' as const, id: 'day-break-3' },
    ];
    expect(newStripIds(strips, 'day-break', 3)).toEqual([
      'day-break-2',
      'day-break-4',
      'day-break-5',
    ]);
    expect(newStripIds(strips, 'banner')).toEqual(['banner-1']);
  });
});
