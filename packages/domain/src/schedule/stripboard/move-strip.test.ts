import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveStrip, moveStripDown, moveStripToDay, moveStripUp } from './move-strip.js';
import type { Strip } from './strip.js';
import { stripboardDayEnds } from './stripboard-day-ends.js';

const arbStrips = (): fc.Arbitrary<Strip[]> =>
  fc
    .array(fc.constantFrom('scene', 'day-break', 'banner', 'off-day'), { maxLength: 25 })
    .map((kinds) =>
      kinds.map((kind, index): Strip => {
        const id = `strip-${index}`;
        if (kind === 'scene') return { kind, id, sceneId: `scene-${index}` };
        if (kind === 'banner') return { kind, id, text: `Banner ${index}` };
        if (kind === 'off-day') return { kind, id, reason: 'Travel' };
        return { kind: 'day-break', id };
      }),
    );

const ids = (strips: readonly Strip[]): string[] => strips.map((strip) => strip.id);
const sortedIds = (strips: readonly Strip[]): string[] => ids(strips).sort();

const board: Strip[] = [
  { kind: 'scene', id: 'a', sceneId: '1' },
  { kind: 'scene', id: 'b', sceneId: '2' },
  { kind: 'day-break', id: 'end-1' },
  { kind: 'scene', id: 'c', sceneId: '3' },
  { kind: 'day-break', id: 'end-2' },
  { kind: 'scene', id: 'd', sceneId: '4' },
];

describe('moving strips', () => {
  it('moves a strip to an index', () => {
    expect(ids(moveStrip(board, 0, 3))).toEqual(['b', 'end-1', 'c', 'a', 'end-2', 'd']);
    expect(ids(moveStrip(board, 5, 0))).toEqual(['d', 'a', 'b', 'end-1', 'c', 'end-2']);
    expect(ids(moveStrip(board, 9, 0))).toEqual(ids(board));
    expect(ids(moveStrip(board, 0, 99))).toEqual(['b', 'end-1', 'c', 'end-2', 'd', 'a']);
  });

  it('moves up and down by one, staying put at the ends', () => {
    expect(ids(moveStripUp(board, 1))).toEqual(['b', 'a', 'end-1', 'c', 'end-2', 'd']);
    expect(ids(moveStripUp(board, 0))).toEqual(ids(board));
    expect(ids(moveStripDown(board, 0))).toEqual(['b', 'a', 'end-1', 'c', 'end-2', 'd']);
    expect(ids(moveStripDown(board, 5))).toEqual(ids(board));
  });

  it('moves a strip to the end of a day, or to the unscheduled past the last', () => {
    expect(ids(moveStripToDay(board, 5, 1))).toEqual(['a', 'b', 'd', 'end-1', 'c', 'end-2']);
    expect(ids(moveStripToDay(board, 0, 2))).toEqual(['b', 'end-1', 'c', 'a', 'end-2', 'd']);
    expect(ids(moveStripToDay(board, 0, 7))).toEqual(['b', 'end-1', 'c', 'end-2', 'd', 'a']);
  });

  it('never loses, adds or mutates strips', () => {
    fc.assert(
      fc.property(
        arbStrips(),
        fc.integer({ min: -3, max: 30 }),
        fc.integer({ min: -3, max: 30 }),
        (strips, a, b) => {
          const before = ids(strips);
          for (const moved of [
            moveStrip(strips, a, b),
            moveStripUp(strips, a),
            moveStripDown(strips, a),
            moveStripToDay(strips, a, b),
          ]) {
            expect(moved).not.toBe(strips);
            expect(sortedIds(moved)).toEqual(sortedIds(strips));
          }
          expect(ids(strips)).toEqual(before);
        },
      ),
    );
  });

  it('puts a scene moved to an existing day N into day N', () => {
    fc.assert(
      fc.property(
        arbStrips(),
        fc.nat(30),
        fc.integer({ min: 1, max: 10 }),
        (strips, index, day) => {
          const strip = strips[index];
          if (strip?.kind !== 'scene') return;
          const moved = moveStripToDay(strips, index, day);
          const ends = stripboardDayEnds(moved);
          const position = moved.indexOf(strip);
          const without = strips.filter((other) => other !== strip);
          if (day > stripboardDayEnds(without).length) {
            expect(position).toBe(moved.length - 1);
            return;
          }
          const end = ends[day - 1] ?? -1;
          const start = day === 1 ? -1 : (ends[day - 2] ?? -1);
          expect(position).toBeGreaterThan(start);
          expect(position).toBeLessThan(end);
        },
      ),
    );
  });
});
