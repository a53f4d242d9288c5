import { exactSolver } from './exact-solver.js';
import { heuristicSolver, solveHeuristically } from './heuristic-solver.js';
import type { SceneOrder, SchedulingProblem } from './scheduling-problem.js';
import type { SolveOptions, SolveResult, Solver } from './solver.js';

/**
 * Above this many scenes the exact search is not tried: it proves the published instances (≤ 28
 * scenes) in well under a second, but on 30+ scenes with locations it rarely finishes in a minute,
 * and the local search needs all the time it can get.
 */
export const EXACT_MAX_SCENES = 48;

/**
 * The local search that hands the exact search a good bound: a fixed number of moves (enough to find
 * the optimum of the published films nearly always, a few milliseconds), and at most a tenth of the
 * time. The local search never knows it is done, so a time share alone would always be spent.
 */
const WARM_START_MOVES_PER_SCENE_SQUARED = 100;
const WARM_START_MIN_MOVES = 20_000;
const WARM_START_SHARE = 0.1;
/** The exact search stops here, leaving the rest to a second local search if it proved nothing. */
const EXACT_END_SHARE = 0.9;

/**
 * The default optimizer: on small boards, a short local search, then the exact search seeded with its
 * order (so a proof comes quickly, and a timeout still returns that order), then the local search again
 * with whatever time is left; on large boards, the local search alone. Returns the best order found;
 * `optimal` only when the exact search proved it. Progress is reported as one run: the best cost only
 * goes down and the time counts from the start.
 */
export const solveSchedule = (problem: SchedulingProblem, options: SolveOptions): SolveResult => {
  const begin = options.clock();
  const elapsed = (): number => options.clock() - begin;
  const limit = options.timeLimitMs;
  let reported = Number.POSITIVE_INFINITY;
  const onProgress = options.onProgress;
  const stage = (
    timeLimitMs: number,
    initial: SceneOrder | undefined,
    seed: number,
  ): SolveOptions => {
    const offset = elapsed();
    return {
      seed,
      timeLimitMs: Math.max(0, timeLimitMs),
      clock: options.clock,
      ...(options.shouldStop === undefined ? {} : { shouldStop: options.shouldStop }),
      ...(initial === undefined ? {} : { initial }),
      ...(onProgress === undefined
        ? {}
        : {
            onProgress: (progress) => {
              if (progress.bestCost >= reported && progress.lowerBound === null) return;
              reported = Math.min(reported, progress.bestCost);
              onProgress({
                ...progress,
                bestCost: reported,
                elapsedMs: offset + progress.elapsedMs,
              });
            },
          }),
    };
  };
  const done = (
    result: SolveResult,
    lowerBound: number | null = result.lowerBound,
  ): SolveResult => ({
    ...result,
    lowerBound,
    elapsedMs: elapsed(),
  });

  if (problem.scenes.length > EXACT_MAX_SCENES) {
    return done(heuristicSolver.solve(problem, stage(limit, options.initial, options.seed)));
  }
  const n = problem.scenes.length;
  const warm = solveHeuristically(
    problem,
    stage(limit * WARM_START_SHARE, options.initial, options.seed),
    { maxMoves: Math.max(WARM_START_MIN_MOVES, WARM_START_MOVES_PER_SCENE_SQUARED * n * n) },
  );
  if (warm.stoppedBy === 'cancelled' || warm.optimal) return done(warm);
  const exact = exactSolver.solve(
    problem,
    stage(limit * EXACT_END_SHARE - elapsed(), warm.order, options.seed),
  );
  const best = exact.cost <= warm.cost ? exact : warm;
  if (exact.optimal || exact.stoppedBy === 'cancelled' || elapsed() >= limit) {
    return done({ ...best, stoppedBy: exact.stoppedBy }, exact.lowerBound);
  }
  const again = heuristicSolver.solve(
    problem,
    stage(limit - elapsed(), best.order, options.seed + 1),
  );
  return done(again.cost <= best.cost ? again : best, exact.lowerBound);
};

export const portfolioSolver: Solver = { name: 'portfolio', solve: solveSchedule };

/** Every optimizer, for the conformance suite and for callers that let the user choose. */
export const SOLVERS: readonly Solver[] = [heuristicSolver, exactSolver, portfolioSolver];
