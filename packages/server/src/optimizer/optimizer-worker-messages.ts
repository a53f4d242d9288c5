import type {
  BoardOptimizationInput,
  BoardOptimizationOutput,
  BoardOptimizationProgress,
} from './board-optimization.js';

/** What the main thread hands the worker. `stop` is one Int32: the main thread sets it to 1 to cancel. */
export type OptimizerWorkerData = {
  readonly entry: string;
  readonly input: BoardOptimizationInput;
  readonly seed: number;
  readonly timeLimitMs: number;
  readonly stop: SharedArrayBuffer;
};

export type OptimizerWorkerMessage =
  | { readonly type: 'progress'; readonly progress: BoardOptimizationProgress }
  | { readonly type: 'result'; readonly result: BoardOptimizationOutput };
