import { DomainError, type PersonId, type ProductionId } from '@greenlight/domain';
import type { BoardOptimizationProgress } from './board-optimization.js';
import type { OptimizerRun } from './optimizer-runner.js';

export type OptimizeJobStatus = 'running' | 'finished' | 'failed';

/** One run of the optimizer on a board, as the server keeps it while it runs and a while after. */
export type OptimizeJob<Proposal> = {
  readonly id: string;
  readonly productionId: ProductionId;
  readonly boardId: string;
  readonly startedBy: PersonId;
  readonly startedAtMs: number;
  readonly timeLimitMs: number;
  status: OptimizeJobStatus;
  cancelled: boolean;
  progress: BoardOptimizationProgress | null;
  finishedAtMs: number | null;
  proposal: Proposal | null;
  error: DomainError | null;
  /** Resolves when the job has finished or failed (never rejects). */
  readonly settled: Promise<void>;
  readonly cancel: () => void;
};

/** How long a finished job's proposal stays readable: time to look at it and accept or discard it. */
const KEEP_FINISHED_MS = 30 * 60_000;

/**
 * The optimizer runs the server has in flight, in memory (a proposal is never saved: it is accepted by
 * saving its strips as the board). At most `maxRunning` run at once, one per core, so two long searches do
 * not slow every other request; the next is refused with a clear message instead of queueing silently. A
 * person who starts a new run on a board stops their previous run on it.
 */
export type OptimizeJobs<Proposal> = {
  start(
    meta: {
      readonly id: string;
      readonly productionId: ProductionId;
      readonly boardId: string;
      readonly startedBy: PersonId;
      readonly timeLimitMs: number;
    },
    begin: (onProgress: (progress: BoardOptimizationProgress) => void) => {
      readonly run: OptimizerRun;
      readonly finish: (result: Awaited<OptimizerRun['result']>) => Promise<Proposal>;
    },
  ): OptimizeJob<Proposal>;
  get(productionId: ProductionId, id: string): OptimizeJob<Proposal> | null;
  runningCount(): number;
};

export const createOptimizeJobs = <Proposal>(options: {
  readonly maxRunning: number;
  readonly stopwatch: () => number;
}): OptimizeJobs<Proposal> => {
  const jobs = new Map<string, OptimizeJob<Proposal>>();
  const running = (): OptimizeJob<Proposal>[] =>
    [...jobs.values()].filter((job) => job.status === 'running');
  const forgetOld = (): void => {
    const now = options.stopwatch();
    for (const [id, job] of jobs) {
      if (job.finishedAtMs !== null && now - job.finishedAtMs > KEEP_FINISHED_MS) jobs.delete(id);
    }
  };

  return {
    start: (meta, begin) => {
      forgetOld();
      for (const job of running()) {
        if (job.boardId === meta.boardId && job.startedBy === meta.startedBy) job.cancel();
      }
      const busy = running().filter((job) => !job.cancelled).length;
      if (busy >= options.maxRunning) {
        throw new DomainError(
          'rate-limited',
          `The optimizer is already working on ${busy} board${busy === 1 ? '' : 's'}; try again when one finishes`,
        );
      }
      let resolveSettled: () => void = () => undefined;
      const settled = new Promise<void>((resolve) => {
        resolveSettled = resolve;
      });
      const started = begin((progress) => {
        job.progress = progress;
      });
      const job: OptimizeJob<Proposal> = {
        ...meta,
        startedAtMs: options.stopwatch(),
        status: 'running',
        cancelled: false,
        progress: null,
        finishedAtMs: null,
        proposal: null,
        error: null,
        settled,
        cancel: () => {
          if (job.status !== 'running') return;
          job.cancelled = true;
          started.run.cancel();
        },
      };
      jobs.set(job.id, job);
      started.run.result
        .then((result) => started.finish(result))
        .then(
          (proposal) => {
            job.proposal = proposal;
            job.status = 'finished';
          },
          (error: unknown) => {
            job.error =
              error instanceof DomainError
                ? error
                : new DomainError('internal', 'The optimizer failed', {
                    cause: error instanceof Error ? error.message : String(error),
                  });
            job.status = 'failed';
          },
        )
        .finally(() => {
          job.finishedAtMs = options.stopwatch();
          resolveSettled();
        });
      return job;
    },
    get: (productionId, id) => {
      forgetOld();
      const job = jobs.get(id);
      return job !== undefined && job.productionId === productionId ? job : null;
    },
    runningCount: () => running().length,
  };
};
