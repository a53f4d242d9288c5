import {
  optimizeBoardOrder,
  type BoardOptimizeProgress,
  type BoardToOptimize,
  type OptimizeBoardOptions,
  type OptimizedBoard,
} from '@greenlight/domain';

/** What the worker is given: plain data and Maps (structured-cloned across threads). */
export type BoardOptimizationInput = BoardToOptimize;

export type BoardOptimizationOutput = OptimizedBoard;

/** The optimizer's progress as the worker reports it: the best board so far. */
export type BoardOptimizationProgress = BoardOptimizeProgress;

/** The one computation the worker runs: pure, so it can also run on the main thread (tests, CLI). */
export const runBoardOptimization = (
  input: BoardOptimizationInput,
  options: OptimizeBoardOptions,
): BoardOptimizationOutput => optimizeBoardOrder(input, options);
