import { solveSchedule } from '../solver/solve-schedule.js';
import type { SolveOptions, SolveResult } from '../solver/solver.js';
import { stableTopologicalOrder } from '../solver/stable-topological-order.js';
import { boardSchedulingProblem, type BoardScene } from './board-scheduling-problem.js';
import type { ScheduledCast } from './cast-days.js';
import type { PackableScene } from './board-context.js';
import type { CompiledBoard } from './compile-board.js';

/** A day longer than this many eighths (a board without a real page limit) still scales moves by it. */
const MAX_EIGHTHS_SCALE = 80;

/**
 * The talent-scheduling solver's order of a board's units: each unit (a same-day group, or one scene)
 * becomes one compound scene (its eighths, everyone in it, the set it spends most pages on), the scene
 * order rules become precedences between units (dropped, all of them, when they form a loop: the
 * solver needs an order that keeps them all, and the board search repairs what it can). Dates, day
 * lengths and hours are not the solver's business: its order is a start for the board search.
 * Returns the units in the solver's order and the solver's result.
 */
export const talentSchedulingOrder = (
  board: CompiledBoard,
  scenes: readonly PackableScene[],
  cast: readonly ScheduledCast[],
  options: SolveOptions,
): { readonly order: number[]; readonly result: SolveResult } => {
  const compound: BoardScene[] = Array.from({ length: board.unitCount }, (_, u) => {
    const members: PackableScene[] = [];
    for (let k = board.unitSceneStart[u] ?? 0; k < (board.unitSceneStart[u + 1] ?? 0); k += 1) {
      const scene = scenes[board.unitScenes[k] ?? 0];
      if (scene !== undefined) members.push(scene);
    }
    const pagesBySet = new Map<string, number>();
    for (const scene of members)
      pagesBySet.set(scene.set, (pagesBySet.get(scene.set) ?? 0) + scene.eighths);
    let set = members[0]?.set ?? '';
    for (const [name, eighths] of pagesBySet) if (eighths > (pagesBySet.get(set) ?? 0)) set = name;
    return {
      id: String(u),
      eighths: Math.round(board.unitEighths[u] ?? 0),
      castNumbers: [...new Set(members.flatMap((scene) => scene.castNumbers))],
      set,
    };
  });
  const pairs = new Set<string>();
  const order: [string, string][] = [];
  board.precedenceBefore.forEach((before, k) => {
    const after = board.precedenceAfter[k] ?? before;
    const key = `${before} ${after}`;
    if (before === after || pairs.has(key)) return;
    pairs.add(key);
    order.push([String(before), String(after)]);
  });
  const identity = compound.map((_, u) => u);
  // The solver holds cast per eighth at their daily rate, so a move must be priced per eighth too: a
  // day's worth of eighths of it, or the solver would trade a move for less than one eighth's hold.
  const companyMoveCost =
    board.companyMoveCost * Math.max(1, Math.min(board.maxEighthsPerDay, MAX_EIGHTHS_SCALE));
  const withOrder = boardSchedulingProblem(compound, cast, { companyMoveCost, order });
  const problem =
    stableTopologicalOrder(withOrder, identity) === null
      ? boardSchedulingProblem(compound, cast, { companyMoveCost })
      : withOrder;
  const result = solveSchedule(problem, { ...options, initial: identity });
  return { order: [...result.order], result };
};
