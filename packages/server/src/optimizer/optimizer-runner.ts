import type {
  BoardOptimizationInput,
  BoardOptimizationOutput,
  BoardOptimizationProgress,
} from './board-optimization.js';

/** A running optimization: its result (the best found when it stops), and a way to stop it early. */
export type OptimizerRun = {
  readonly result: Promise<BoardOptimizationOutput>;
  /** Asks the optimizer to stop; `result` then resolves with the best order found so far. */
  cancel(): void;
};

/** Starts the optimizer somewhere (a worker thread in the server); injected so tests can choose. */
export type OptimizerRunner = (
  input: BoardOptimizationInput,
  options: {
    readonly seed: number;
    readonly timeLimitMs: number;
    readonly onProgress: (progress: BoardOptimizationProgress) => void;
  },
) => OptimizerRun;
