import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { runBoardOptimization } from './board-optimization.js';
import type { OptimizerWorkerData, OptimizerWorkerMessage } from './optimizer-worker-messages.js';

// The worker thread's body: run the optimizer on the data it was given, report progress now and then, stop
// when the main thread raises the shared flag, and post the result. The main thread's event loop stays free
// to answer other requests (and this job's progress polls) while it runs.

/** Progress messages at most this often: a browser polls twice a second, more is wasted. */
const PROGRESS_EVERY_MS = 200;

const data = workerData as OptimizerWorkerData;
const stopFlag = new Int32Array(data.stop);
const post = (message: OptimizerWorkerMessage): void => parentPort?.postMessage(message);
let lastReport = Number.NEGATIVE_INFINITY;

const result = runBoardOptimization(data.input, {
  seed: data.seed,
  timeLimitMs: data.timeLimitMs,
  clock: () => performance.now(),
  shouldStop: () => Atomics.load(stopFlag, 0) === 1,
  onProgress: (progress) => {
    const now = performance.now();
    if (now - lastReport < PROGRESS_EVERY_MS) return;
    lastReport = now;
    post({ type: 'progress', progress });
  },
});
post({ type: 'result', result });
