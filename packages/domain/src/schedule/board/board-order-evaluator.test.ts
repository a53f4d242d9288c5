import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomBoard } from '../../testing/random-board.js';
import { seededRandom } from '../solver/seeded-random.js';
import { layoutStripboard } from '../stripboard/layout-stripboard.js';
import { assessBoard } from './assess-board.js';
import { BoardOrderEvaluator } from './board-order-evaluator.js';
import { compileBoard } from './compile-board.js';
import { offDayPositions } from './off-day-positions.js';
import { repackBoardIntoDays } from './repack-board-into-days.js';
import { unitDays } from './unit-days.js';

/**
 * A generated board, on odd seeds with rules no order can keep as well: a same-day group that may be
 * over a day (joining other groups), a scene-order loop inside it, and one scene that must follow itself.
 */
const generated = (seed: number, scenes: number, cast: number) => {
  const plain = randomBoard(seed, { scenes, cast });
  const [a, b, c] = [
    plain.scenes[0]?.id ?? '',
    plain.scenes.at(-1)?.id ?? '',
    plain.scenes[1]?.id ?? '',
  ];
  const board =
    seed % 2 === 0
      ? plain
      : {
          ...plain,
          rules: {
            ...plain.rules,
            sameDay: [...(plain.rules.sameDay ?? []), [a, b, c]],
            sceneOrder: [...plain.rules.sceneOrder, [a, b], [b, a], [c, c]] as const,
            maxMinutesPerDay: seed % 4 === 1 ? 120 : (plain.rules.maxMinutesPerDay ?? null),
          },
        };
  const compiled = compileBoard(board.scenes, {
    ...board,
    offDaysAfter: offDayPositions(board.strips),
  });
  return { board, compiled };
};

const shuffled = (count: number, seed: number): Int32Array => {
  const random = seededRandom(seed);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return Int32Array.from(order);
};

const sizes = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  scenes: fc.integer({ min: 1, max: 40 }),
  cast: fc.integer({ min: 1, max: 10 }),
});

describe('BoardOrderEvaluator', () => {
  it('prices an order as checkBoard, explainSchedule and the company moves of the board built from it', () => {
    fc.assert(
      fc.property(sizes, ({ seed, scenes, cast }) => {
        const { board, compiled } = generated(seed, scenes, cast);
        const evaluator = new BoardOrderEvaluator(compiled);
        const order = shuffled(compiled.unitCount, seed);
        evaluator.evaluate(order);
        let count = 0;
        const strips = repackBoardIntoDays(
          board.strips,
          unitDays(compiled, order, evaluator.dayOfPosition),
          { next: () => `t${(count += 1)}` },
        );
        const assessment = assessBoard(
          layoutStripboard(strips, board.scenes, board.calendar),
          board,
        );
        expect({
          violations: evaluator.violations,
          cost: evaluator.cost,
          holdDays: evaluator.holdDays,
          shootDays: evaluator.days,
        }).toEqual({
          violations: assessment.violations,
          cost: assessment.cost,
          holdDays: assessment.holdDays,
          shootDays: assessment.shootDays,
        });
      }),
    );
  });

  it('prices a change from a position on as it prices the whole order', () => {
    fc.assert(
      fc.property(sizes, ({ seed, scenes, cast }) => {
        const { compiled } = generated(seed, scenes, cast);
        const incremental = new BoardOrderEvaluator(compiled);
        const full = new BoardOrderEvaluator(compiled);
        const random = seededRandom(seed);
        const n = compiled.unitCount;
        let order = shuffled(n, seed + 1);
        incremental.evaluate(order);
        incremental.commit(order);
        for (let step = 0; step < 40; step += 1) {
          const trial = Int32Array.from(order);
          const i = random.int(n);
          const j = random.int(n);
          [trial[i], trial[j]] = [trial[j] ?? 0, trial[i] ?? 0];
          const from = Math.min(i, j);
          expect(incremental.evaluate(trial, from)).toBe(true);
          full.evaluate(trial);
          expect([incremental.violations, incremental.cost, incremental.holdDays]).toEqual([
            full.violations,
            full.cost,
            full.holdDays,
          ]);
          if (random.next() < 0.4) {
            incremental.commit(trial, from);
            order = trial;
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
