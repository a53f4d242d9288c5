import { initialBlockOrder } from './exact-initial-order.js';
import { blockOrderCost, expandBlockOrder, reduceForExactSearch } from './exact-reduction.js';
import { runExactSearch } from './exact-search.js';
import { canSearchTwoSided, runTwoSidedSearch } from './exact-two-sided-search.js';
import { respectsPrecedences, scheduleCost } from './schedule-cost.js';
import type { SceneOrder, SchedulingProblem } from './scheduling-problem.js';
import type { SolveOptions, SolveResult, Solver } from './solver.js';

// 2^24 slots of 25 bytes: about 420 MB at most. Past it the search goes on without memoising new
// states, slower but still exact, instead of exhausting the process's memory.
const MAX_MEMO_SLOTS = 2 ** 24;

/**
 * Proves optimal orders: dynamic programming over the scheduled scenes with bounds and dominance
 * (see `runExactSearch`), after reducing the problem (`reduceForExactSearch`). Sized for the
 * published instances (up to about 30 scenes once identical scenes are merged); on larger problems it
 * returns the best order it found when the time limit or a cancellation stops it.
 */
export const exactSolver: Solver = {
  name: 'exact',
  solve: (problem, options) => solveExactly(problem, options),
};

const solveExactly = (problem: SchedulingProblem, options: SolveOptions): SolveResult => {
  const started = options.clock();
  const elapsed = (): number => options.clock() - started;
  const reduction = reduceForExactSearch(problem);
  const firstBlocks = initialBlockOrder(reduction);
  if (firstBlocks === null) throw new RangeError('The precedences form a cycle: no order exists');

  let bestOrder: SceneOrder = expandBlockOrder(reduction, firstBlocks);
  let bestCost = scheduleCost(problem, bestOrder).total;
  // Every block order costs its reduced cost plus this: the pay that no order changes.
  const constant = bestCost - blockOrderCost(reduction, firstBlocks);
  const initial = usableInitial(problem, options.initial);
  if (initial !== null) {
    const initialCost = scheduleCost(problem, initial).total;
    if (initialCost <= bestCost) {
      bestOrder = initial;
      bestCost = initialCost;
    }
  }

  const report = (lowerBound: number | null): void => {
    options.onProgress?.({ bestCost, lowerBound, elapsedMs: elapsed() });
  };
  const search = canSearchTwoSided(reduction) ? runTwoSidedSearch : runExactSearch;
  const outcome = search(reduction, {
    upperBound: bestCost - constant,
    maxMemoSlots: MAX_MEMO_SLOTS,
    stopReason: () => {
      if (options.shouldStop?.() === true) return 'cancelled';
      return elapsed() >= options.timeLimitMs ? 'time-limit' : null;
    },
    onImprovement: (blockOrder) => {
      const order = expandBlockOrder(reduction, blockOrder);
      const cost = scheduleCost(problem, order).total;
      if (cost >= bestCost) return;
      bestOrder = order;
      bestCost = cost;
      report(null);
    },
  });
  const rootLowerBound = Math.min(bestCost, outcome.rootLowerBound + constant);
  if (outcome.stoppedBy === null) {
    return {
      order: bestOrder,
      cost: bestCost,
      optimal: true,
      lowerBound: bestCost,
      stoppedBy: 'proved',
      elapsedMs: elapsed(),
    };
  }
  return {
    order: bestOrder,
    cost: bestCost,
    optimal: false,
    lowerBound: rootLowerBound,
    stoppedBy: outcome.stoppedBy,
    elapsedMs: elapsed(),
  };
};

/** The caller's order, when it is one: a permutation of the scenes that respects the precedences. */
const usableInitial = (problem: SchedulingProblem, initial?: SceneOrder): SceneOrder | null => {
  if (initial === undefined) return null;
  const n = problem.scenes.length;
  const isPermutation =
    initial.length === n &&
    new Set(initial).size === n &&
    initial.every((scene) => Number.isInteger(scene) && scene >= 0 && scene < n);
  return isPermutation && respectsPrecedences(problem, initial) ? initial : null;
};
