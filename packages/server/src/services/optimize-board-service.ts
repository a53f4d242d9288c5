import type { OptimizeBoardResponseDto, OptimizeJobDto } from '@greenlight/contract';
import {
  compareSchedules,
  DomainError,
  explainSchedule,
  layoutStripboard,
  repackBoardIntoDays,
  type ProductionId,
} from '@greenlight/domain';
import type { BoardOptimizationOutput } from '../optimizer/board-optimization.js';
import type { OptimizeJob } from '../optimizer/optimize-jobs.js';
import { boardScenes } from './load-schedule.js';
import {
  boardRulesOf,
  castOf,
  daysOf,
  loadScheduleContext,
  toExplanationDto,
} from './schedule-service.js';
import { mustFind, personOf, type ServiceContext } from './service-context.js';

export type OptimizeInput = { readonly timeLimitSeconds: number; readonly seed: number };

/**
 * Starts the optimizer on a board in a worker thread and answers at once with the job. The domain's
 * `optimizeBoardOrder` breaks as few of the production's rules as it can, then pays the cast and company
 * moves as little as it can, and never ranks below the board as it is; its days become strips again with the
 * banners before the scene they preceded and off days after the same day number. Nothing is saved: when
 * nothing better was found, the proposal is the board itself.
 */
export const startOptimizeJob = async (
  context: ServiceContext,
  productionId: ProductionId,
  boardId: string,
  input: OptimizeInput,
): Promise<OptimizeJobDto> =>
  toJobDto(context, await startJob(context, productionId, boardId, input));

/** The optimizer in one request: starts a job and answers with its proposal when it finishes. */
export const optimizeBoard = async (
  context: ServiceContext,
  productionId: ProductionId,
  boardId: string,
  input: OptimizeInput,
): Promise<OptimizeBoardResponseDto> => {
  const job = await startJob(context, productionId, boardId, input);
  await job.settled;
  if (job.error !== null) throw job.error;
  if (job.proposal === null) throw new DomainError('internal', 'The optimizer gave no proposal');
  return job.proposal;
};

export const optimizeJob = (
  context: ServiceContext,
  productionId: ProductionId,
  jobId: string,
): OptimizeJobDto => toJobDto(context, findJob(context, productionId, jobId));

/** Stops a run; the job finishes a moment later with the best board found until then. */
export const stopOptimizeJob = (
  context: ServiceContext,
  productionId: ProductionId,
  jobId: string,
): OptimizeJobDto => {
  const job = findJob(context, productionId, jobId);
  job.cancel();
  return toJobDto(context, job);
};

const findJob = (
  context: ServiceContext,
  productionId: ProductionId,
  jobId: string,
): OptimizeJob<OptimizeBoardResponseDto> =>
  mustFind(context.deps.optimizeJobs.get(productionId, jobId), 'optimizer run');

const toJobDto = (
  context: ServiceContext,
  job: OptimizeJob<OptimizeBoardResponseDto>,
): OptimizeJobDto => ({
  id: job.id,
  boardId: job.boardId,
  status: job.status,
  cancelled: job.cancelled,
  elapsedMs: Math.round((job.finishedAtMs ?? context.deps.stopwatch()) - job.startedAtMs),
  timeLimitMs: job.timeLimitMs,
  progress:
    job.progress === null
      ? null
      : {
          cost: job.progress.cost,
          conflicts: job.progress.violations,
          elapsedMs: Math.round(job.progress.elapsedMs),
        },
  proposal: job.proposal,
  error: job.error === null ? null : { code: job.error.code, message: job.error.message },
});

const startJob = async (
  context: ServiceContext,
  productionId: ProductionId,
  boardId: string,
  input: OptimizeInput,
): Promise<OptimizeJob<OptimizeBoardResponseDto>> => {
  const { repos, settings, data } = await loadScheduleContext(context, productionId);
  const board = mustFind(await repos.schedule.getBoard(productionId, boardId), 'board');
  if (data === null) throw new DomainError('not-found', 'The production has no script yet');
  const scenes = boardScenes(data);
  const cast = castOf(data);
  const timeLimitMs = input.timeLimitSeconds * 1000;

  const finish = (result: BoardOptimizationOutput): Promise<OptimizeBoardResponseDto> => {
    const strips = result.improved
      ? repackBoardIntoDays(board.strips, result.days, context.deps.ids)
      : board.strips;
    const beforeLayout = layoutStripboard(board.strips, scenes, settings.calendar);
    const afterLayout = layoutStripboard(strips, scenes, settings.calendar);
    const before = explainSchedule(beforeLayout, cast);
    const after = explainSchedule(afterLayout, cast);
    const comparison = compareSchedules(before, after);
    return Promise.resolve({
      boardId: board.id,
      version: board.version,
      strips: strips.map((s) => ({ ...s })),
      days: daysOf(afterLayout, settings.maxEighthsPerDay),
      optimal: result.optimal,
      elapsedMs: Math.round(result.elapsedMs),
      before: toExplanationDto(before),
      after: toExplanationDto(after),
      castCostSaved: comparison.castCostSaved,
      holdDaysSaved: comparison.holdDaysSaved,
      shootDaysSaved: comparison.shootDaysSaved,
      conflicts: { before: result.before.violations, after: result.assessment.violations },
      companyMoves: { before: result.before.companyMoves, after: result.assessment.companyMoves },
      costSaved: result.before.cost - result.assessment.cost,
    });
  };

  return context.deps.optimizeJobs.start(
    {
      id: context.deps.ids.next(),
      productionId,
      boardId: board.id,
      startedBy: personOf(context),
      timeLimitMs,
    },
    (onProgress) => ({
      run: context.deps.optimizer(
        {
          strips: board.strips,
          scenes,
          cast,
          calendar: settings.calendar,
          rules: boardRulesOf(settings, data),
          companyMoveCost: settings.companyMoveCost,
        },
        { seed: input.seed, timeLimitMs, onProgress },
      ),
      finish,
    }),
  );
};
