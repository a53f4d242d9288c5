import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILM105, FILM105_OPTIMUM } from '../../testing/film105-problem.js';
import { randomSchedulingProblem } from '../../testing/random-scheduling-problem.js';
import { respectsPrecedences, scheduleCost } from './schedule-cost.js';
import type { SceneOrder, SchedulingProblem } from './scheduling-problem.js';
import { seededRandom } from './seeded-random.js';
import { SOLVERS } from './solve-schedule.js';
import type { SolveOptions, SolveResult, Solver } from './solver.js';
import { stableTopologicalOrder } from './stable-topological-order.js';

/**
 * A clock that advances one "millisecond" each time it is read: a run's length is then a number of
 * clock reads, the same on every machine, so results are reproducible and tests fast.
 */
const tickingClock = (): (() => number) => {
  let now = 0;
  return () => (now += 1);
};

const run = (
  solver: Solver,
  problem: SchedulingProblem,
  options: Partial<SolveOptions> = {},
): SolveResult =>
  solver.solve(problem, { seed: 1, timeLimitMs: 50, clock: tickingClock(), ...options });

/** A random order of the scenes that respects the precedences. */
const feasibleOrder = (problem: SchedulingProblem, seed: number): number[] => {
  const random = seededRandom(seed);
  const order = problem.scenes.map((_, index) => index);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return stableTopologicalOrder(problem, order) ?? [];
};

/** The optimum by trying every order (small problems only). */
const bruteForceOptimum = (problem: SchedulingProblem): number => {
  let best = Number.POSITIVE_INFINITY;
  const n = problem.scenes.length;
  const order: number[] = [];
  const used = new Set<number>();
  const extend = (): void => {
    if (order.length === n) {
      if (respectsPrecedences(problem, order)) {
        best = Math.min(best, scheduleCost(problem, order).total);
      }
      return;
    }
    for (let scene = 0; scene < n; scene += 1) {
      if (used.has(scene)) continue;
      used.add(scene);
      order.push(scene);
      extend();
      order.pop();
      used.delete(scene);
    }
  };
  extend();
  return best;
};

const expectValid = (problem: SchedulingProblem, result: SolveResult): void => {
  const n = problem.scenes.length;
  expect([...result.order].sort((a, b) => a - b)).toEqual(
    Array.from({ length: n }, (_, index) => index),
  );
  expect(respectsPrecedences(problem, result.order)).toBe(true);
  expect(result.cost).toBe(scheduleCost(problem, result.order).total);
  if (result.optimal) expect(result.lowerBound ?? result.cost).toBe(result.cost);
};

const arbProblem = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  scenes: fc.integer({ min: 0, max: 9 }),
  actors: fc.integer({ min: 0, max: 6 }),
  locations: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 })),
  precedences: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 })),
});

describe.each(SOLVERS.map((solver) => [solver.name, solver] as const))('%s solver', (_, solver) => {
  it('returns a valid order of film105 whose cost is recomputed exactly', () => {
    const result = run(solver, FILM105, { timeLimitMs: 500 });
    expectValid(FILM105, result);
    expect(result.cost).toBeGreaterThanOrEqual(FILM105_OPTIMUM);
    if (result.optimal) expect(result.cost).toBe(FILM105_OPTIMUM);
  });

  it('gives valid orders, never worse than the initial board, on random problems', () => {
    fc.assert(
      fc.property(arbProblem, (options) => {
        const problem = randomSchedulingProblem(options.seed, options);
        const initial = feasibleOrder(problem, options.seed);
        const result = run(solver, problem, { initial });
        expectValid(problem, result);
        expect(result.cost).toBeLessThanOrEqual(scheduleCost(problem, initial).total);
        if (problem.scenes.length <= 7) {
          const optimum = bruteForceOptimum(problem);
          expect(result.cost).toBeGreaterThanOrEqual(optimum);
          if (result.optimal) expect(result.cost).toBe(optimum);
          if (result.lowerBound !== null) {
            expect(result.lowerBound).toBeLessThanOrEqual(optimum);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same result for the same seed', () => {
    const problem = randomSchedulingProblem(11, {
      scenes: 24,
      actors: 6,
      locations: 4,
      precedences: 5,
    });
    const first = run(solver, problem, { seed: 42 });
    const second = run(solver, problem, { seed: 42 });
    expect(second.order).toEqual(first.order);
    expect(second.cost).toBe(first.cost);
  });

  it('stops at once when cancelled, with a valid order no worse than the initial one', () => {
    const problem = randomSchedulingProblem(5, {
      scenes: 30,
      actors: 8,
      locations: 5,
      precedences: 8,
    });
    const initial = feasibleOrder(problem, 3);
    const result = run(solver, problem, { initial, shouldStop: () => true });
    expectValid(problem, result);
    expect(result.stoppedBy).toBe('cancelled');
    expect(result.cost).toBeLessThanOrEqual(scheduleCost(problem, initial).total);
  });

  it('stops at the time limit, even a limit of zero', () => {
    const problem = randomSchedulingProblem(6, { scenes: 40, actors: 10, locations: 3 });
    const result = run(solver, problem, { timeLimitMs: 0 });
    expectValid(problem, result);
    expect(result.stoppedBy).toBe('time-limit');
  });

  it('repairs an initial board that breaks a precedence', () => {
    const problem = randomSchedulingProblem(8, {
      scenes: 12,
      actors: 5,
      locations: 3,
      precedences: 6,
    });
    const [before, after] = problem.precedences[0] ?? [0, 1];
    const initial: SceneOrder = [
      after,
      before,
      ...problem.scenes.map((_, i) => i).filter((i) => i !== before && i !== after),
    ];
    expectValid(problem, run(solver, problem, { initial }));
  });

  it('handles boards of zero and one scene', () => {
    for (const scenes of [0, 1]) {
      const problem = randomSchedulingProblem(1, { scenes, actors: 2, locations: 1 });
      const result = run(solver, problem);
      expectValid(problem, result);
    }
  });

  it('reports improvements with a falling best cost', () => {
    const problem = randomSchedulingProblem(9, { scenes: 20, actors: 6, locations: 3 });
    const seen: number[] = [];
    const result = run(solver, problem, {
      timeLimitMs: 200,
      onProgress: (progress) => seen.push(progress.bestCost),
    });
    for (let i = 1; i < seen.length; i += 1) {
      expect(seen[i]).toBeLessThanOrEqual(seen[i - 1] ?? Number.POSITIVE_INFINITY);
    }
    if (seen.length > 0) expect(Math.min(...seen)).toBeGreaterThanOrEqual(result.cost);
  });
});

describe('the heuristic and the portfolio on film105', () => {
  it.each(SOLVERS.filter((solver) => solver.name !== 'exact').map((s) => [s.name, s] as const))(
    '%s reaches the optimum, 849',
    (_, solver) => {
      expect(run(solver, FILM105, { timeLimitMs: 300 }).cost).toBe(FILM105_OPTIMUM);
    },
  );

  it('the portfolio proves it', () => {
    const portfolio = SOLVERS.find((solver) => solver.name === 'portfolio');
    const result = portfolio?.solve(FILM105, {
      seed: 1,
      timeLimitMs: 10_000,
      clock: tickingClock(),
    });
    expect(result).toMatchObject({ cost: FILM105_OPTIMUM, optimal: true, stoppedBy: 'proved' });
  });
});
