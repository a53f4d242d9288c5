import { Worker } from 'node:worker_threads';
import { DomainError } from '@greenlight/domain';
import type { BoardOptimizationOutput } from './board-optimization.js';
import type { OptimizerRunner } from './optimizer-runner.js';
import type { OptimizerWorkerData, OptimizerWorkerMessage } from './optimizer-worker-messages.js';

/**
 * How long past its time limit a worker may take to answer before it is stopped by force: the solvers poll
 * the clock between units of work, so a healthy one answers within milliseconds; this covers starting the
 * thread and loading the TypeScript it runs.
 */
const GRACE_MS = 60_000;

/**
 * Runs each optimization in a worker thread of its own, so a minute of search never blocks the server's
 * event loop. Cancelling raises a flag in shared memory that the solver polls (a message would wait behind
 * the busy thread), and the worker answers with the best order so far.
 */
export const workerOptimizerRunner: OptimizerRunner = (input, options) => {
  const stop = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const flag = new Int32Array(stop);
  const workerData: OptimizerWorkerData = {
    entry: new URL('./optimizer-worker-main.ts', import.meta.url).href,
    input,
    seed: options.seed,
    timeLimitMs: options.timeLimitMs,
    stop,
  };
  const worker = new Worker(new URL('./optimizer-worker.mjs', import.meta.url), { workerData });
  const result = new Promise<BoardOptimizationOutput>((resolve, reject) => {
    let settled = false;
    const watchdog = setTimeout(() => {
      settled = true;
      reject(new DomainError('internal', 'The optimizer did not answer in time and was stopped'));
      void worker.terminate();
    }, options.timeLimitMs + GRACE_MS);
    const settle = (): void => {
      settled = true;
      clearTimeout(watchdog);
    };
    worker.on('message', (message: OptimizerWorkerMessage) => {
      if (settled) return;
      if (message.type === 'progress') options.onProgress(message.progress);
      else {
        settle();
        resolve(message.result);
      }
    });
    worker.on('error', (error) => {
      if (settled) return;
      settle();
      reject(new DomainError('internal', `The optimizer failed: ${error.message}`));
    });
    worker.on('exit', (code) => {
      if (settled) return;
      settle();
      reject(new DomainError('internal', `The optimizer stopped without an answer (exit ${code})`));
    });
  });
  return {
    result,
    cancel: () => {
      Atomics.store(flag, 0, 1);
    },
  };
};
