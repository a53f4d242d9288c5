import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessBoard } from '../schedule/board/assess-board.js';
import { repackBoardIntoDays } from '../schedule/board/repack-board-into-days.js';
import { layoutStripboard } from '../schedule/stripboard/layout-stripboard.js';
import { randomBoard } from './random-board.js';

describe('randomBoard', () => {
  it('is reproducible, and its hidden board keeps every rule it makes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 4 }),
        (seed, scenes, cast, slack) => {
          const board = randomBoard(seed, { scenes, cast, slack });
          expect(randomBoard(seed, { scenes, cast, slack })).toEqual(board);
          let count = 0;
          const strips = repackBoardIntoDays(board.strips, board.feasibleDays, {
            next: () => `t${(count += 1)}`,
          });
          const layout = layoutStripboard(strips, board.scenes, board.calendar);
          expect(assessBoard(layout, board).conflicts).toEqual([]);
          expect(layout.days.flatMap((d) => (d.kind === 'shoot' ? d.scenes : [])).length).toBe(
            scenes,
          );
        },
      ),
    );
  });
});
