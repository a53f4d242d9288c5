import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OptimizeJobDto } from '@greenlight/contract';
import { assessBoard, layoutStripboard } from '@greenlight/domain';
import { createOptimizeJobs } from './optimizer/optimize-jobs.js';
import type { OptimizerRunner } from './optimizer/optimizer-runner.js';
import { createDemoTestApp, type DemoTestApp } from './testing/create-demo-test-app.js';

/** Waits for the worker thread between polls, as a browser would; bounded so a hung job fails the test. */
const pollUntilSettled = async (
  read: () => Promise<OptimizeJobDto>,
  polls = 400,
): Promise<OptimizeJobDto> => {
  for (let poll = 0; poll < polls; poll += 1) {
    const job = await read();
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the optimizer job never finished');
};

describe('the optimizer in the background: start, progress, proposal', () => {
  let t: DemoTestApp;
  beforeAll(async () => {
    t = await createDemoTestApp();
  });
  afterAll(() => t.close());

  it('runs in a worker thread and answers the proposal when polled; other productions cannot see it', async () => {
    const lp = await t.as('line-producer');
    const boards = (await t.call('boards', { params: { productionId: t.productionId } }, lp)).ok();
    const whatIf = boards.boards.find((b) => b.kind === 'what-if');
    const params = { productionId: t.productionId, boardId: whatIf?.id ?? '' };
    const started = await t.call(
      'startOptimizeJob',
      { params, body: { timeLimitSeconds: 1, seed: 3 } },
      lp,
    );
    expect(started.status).toBe(202);
    const job = started.ok();
    expect(job).toMatchObject({ boardId: whatIf?.id, timeLimitMs: 1000, cancelled: false });
    const done = await pollUntilSettled(async () =>
      (
        await t.call('optimizeJob', { params: { productionId: t.productionId, jobId: job.id } }, lp)
      ).ok(),
    );
    expect(done.status).toBe('finished');
    expect(done.error).toBeNull();
    // Never worse than the board: fewer rules broken, or as many and no dearer.
    const { conflicts, costSaved } = done.proposal ?? { conflicts: null, costSaved: 0 };
    expect(conflicts?.after).toBeLessThanOrEqual(conflicts?.before ?? 0);
    if (conflicts?.after === conflicts?.before) expect(costSaved).toBeGreaterThanOrEqual(0);
    expect(done.progress?.conflicts).toBe(conflicts?.after);

    const elsewhere = await t.call(
      'optimizeJob',
      { params: { productionId: t.deps.ids.next(), jobId: job.id } },
      lp,
    );
    expect([403, 404]).toContain(elsewhere.status);
  });
});

describe('stopping the optimizer', () => {
  let t: DemoTestApp;
  let cancelled = 0;
  /** An optimizer that searches until stopped, then answers the board's own order. */
  const untilStopped: OptimizerRunner = (input) => {
    let stop: () => void = () => undefined;
    const result = new Promise<void>((resolve) => {
      stop = resolve;
    }).then(() => {
      const current = assessBoard(
        layoutStripboard(input.strips, input.scenes, input.calendar),
        input,
      );
      return {
        order: input.strips.flatMap((s) => (s.kind === 'scene' ? [s.sceneId] : [])),
        days: [],
        assessment: current,
        before: current,
        improved: false,
        optimal: false,
        stoppedBy: 'cancelled' as const,
        elapsedMs: 10,
      };
    });
    return {
      result,
      cancel: () => {
        cancelled += 1;
        stop();
      },
    };
  };

  beforeAll(async () => {
    let tick = 0;
    const stopwatch = (): number => (tick += 1);
    t = await createDemoTestApp({
      overrides: {
        optimizer: untilStopped,
        stopwatch,
        optimizeJobs: createOptimizeJobs({ maxRunning: 1, stopwatch }),
      },
    });
  });
  afterAll(() => t.close());

  it('stops on request with the best board so far, replaces a person’s earlier run, and refuses when busy', async () => {
    const lp = await t.as('line-producer');
    const upm = await t.as('unit-production-manager');
    const list = (await t.call('boards', { params: { productionId: t.productionId } }, lp)).ok();
    const [shooting, whatIf] = list.boards;
    const start = async (boardId: string, as = lp) =>
      t.call(
        'startOptimizeJob',
        {
          params: { productionId: t.productionId, boardId },
          body: { timeLimitSeconds: 60, seed: 1 },
        },
        as,
      );
    const first = (await start(whatIf?.id ?? '')).ok();
    expect(first.status).toBe('running');

    // Someone else's run waits for a free core: the one core is busy.
    const busy = await start(shooting?.id ?? '', upm);
    expect(busy.error(429).message).toMatch(/already working on 1 board/);

    // The same person starting again on the same board stops their first run.
    const second = (await start(whatIf?.id ?? '')).ok();
    expect(cancelled).toBe(1);
    const jobParams = (jobId: string) => ({ productionId: t.productionId, jobId });
    const firstAfter = await pollUntilSettled(async () =>
      (await t.call('optimizeJob', { params: jobParams(first.id) }, lp)).ok(),
    );
    expect(firstAfter).toMatchObject({ status: 'finished', cancelled: true });

    const stopped = (await t.call('stopOptimizeJob', { params: jobParams(second.id) }, lp)).ok();
    expect(stopped.cancelled).toBe(true);
    const done = await pollUntilSettled(async () =>
      (await t.call('optimizeJob', { params: jobParams(second.id) }, lp)).ok(),
    );
    expect(done.status).toBe('finished');
    // Stopped before anything better was found: the proposal is the board as it is.
    expect(done.proposal?.castCostSaved).toBe(0);
    expect(done.proposal?.before).toEqual(done.proposal?.after);
  });
});
