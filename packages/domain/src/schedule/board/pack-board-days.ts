import { BoardOrderEvaluator } from './board-order-evaluator.js';
import type { BoardContext, PackableScene } from './board-context.js';
import { compileBoard } from './compile-board.js';
import { unitDays } from './unit-days.js';

/**
 * Scenes in the given order packed into shoot days by the production's rules: a day takes scenes while it
 * stays within `maxEighthsPerDay` and `maxMinutesPerDay`; a same-day group is packed as one unit where its
 * first scene is (its other scenes move up to it), and a unit bigger than a day gets a day of its own;
 * a scene that would fit but whose cast or location is not available on the day's date starts the next
 * day early when it can work on that date. Returns the scene ids day by day (no day is empty);
 * `firstDay` (0-based) starts the packing at a later shoot day, for the unscheduled end of a board.
 * Each scene must be given once.
 */
export const packBoardDays = (
  scenes: readonly PackableScene[],
  context: BoardContext,
  firstDay = 0,
): string[][] => {
  if (scenes.length === 0) return [];
  const board = compileBoard(scenes, context, firstDay);
  const evaluator = new BoardOrderEvaluator(board);
  const order = Int32Array.from({ length: board.unitCount }, (_, u) => u);
  evaluator.evaluate(order);
  return unitDays(board, order, evaluator.dayOfPosition);
};
