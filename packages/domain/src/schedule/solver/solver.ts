import type { SceneOrder, SchedulingProblem } from './scheduling-problem.js';

/**
 * How a solver is run. The domain has no clock and no randomness, so both come in: `clock` is a
 * monotonic millisecond counter (performance.now in Node), `seed` makes every random choice
 * reproducible (the same seed gives the same result, given the same amount of work).
 */
export type SolveOptions = {
  readonly seed: number;
  /** Stop and return the best order found after this many milliseconds of `clock`. */
  readonly timeLimitMs: number;
  readonly clock: () => number;
  /** Polled between units of work: true cancels, and the best order so far is returned. */
  readonly shouldStop?: () => boolean;
  /** Called when a better order is found (and now and then with the bound). */
  readonly onProgress?: (progress: SolveProgress) => void;
  /** The current board: a solver never returns anything worse than it. */
  readonly initial?: SceneOrder;
};

export type SolveProgress = {
  readonly bestCost: number;
  /** A proven lower bound on the optimum, when the solver has one. */
  readonly lowerBound: number | null;
  readonly elapsedMs: number;
};

export type SolveResult = {
  readonly order: SceneOrder;
  /** `scheduleCost(problem, order).total`. */
  readonly cost: number;
  /** True only when the solver proved no order costs less. */
  readonly optimal: boolean;
  readonly lowerBound: number | null;
  readonly stoppedBy: 'proved' | 'time-limit' | 'cancelled' | 'search-complete';
  readonly elapsedMs: number;
};

/** Every optimizer behind one interface; the conformance suite runs each of them. */
export type Solver = {
  readonly name: string;
  solve(problem: SchedulingProblem, options: SolveOptions): SolveResult;
};
