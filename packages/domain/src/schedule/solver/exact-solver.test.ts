import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  delaBandaExampleProblem,
  film105Problem,
  randomSchedulingProblem,
} from '../../testing/index.js';
import { exactSolver } from './exact-solver.js';
import { respectsPrecedences, scheduleCost } from './schedule-cost.js';
import type { SceneOrder, SchedulingProblem } from './scheduling-problem.js';
import type { SolveOptions, SolveProgress } from './solver.js';

const options = (overrides: Partial<SolveOptions> = {}): SolveOptions => ({
  seed: 1,
  timeLimitMs: 60_000,
  clock: () => 0,
  ...overrides,
});

/** The cheapest order by trying every order that respects the precedences. */
const bruteForceOptimum = (problem: SchedulingProblem): number => {
  const n = problem.scenes.length;
  const order: number[] = [];
  const used = new Array<boolean>(n).fill(false);
  let best = Number.POSITIVE_INFINITY;
  const extend = (): void => {
    if (order.length === n) {
      best = Math.min(best, scheduleCost(problem, order).total);
      return;
    }
    for (let scene = 0; scene < n; scene += 1) {
      if (used[scene]) continue;
      const waits = problem.precedences.some(([before, after]) => after === scene && !used[before]);
      if (waits) continue;
      used[scene] = true;
      order.push(scene);
      extend();
      order.pop();
      used[scene] = false;
    }
  };
  extend();
  return best;
};

const expectValid = (problem: SchedulingProblem, order: SceneOrder, cost: number): void => {
  expect([...order].sort((a, b) => a - b)).toEqual(problem.scenes.map((_, index) => index));
  expect(respectsPrecedences(problem, order)).toBe(true);
  expect(cost).toBe(scheduleCost(problem, order).total);
};

describe('exactSolver', () => {
  it('proves the published optimum of film105 (849)', () => {
    const problem = film105Problem();
    const published = [2, 1, 11, 17, 14, 7, 12, 18, 10, 4, 13, 16, 3, 9, 15, 6, 5, 8];
    expect(
      scheduleCost(
        problem,
        published.map((id) => id - 1),
      ).total,
    ).toBe(849);

    const result = exactSolver.solve(problem, options());
    expect(result).toMatchObject({
      cost: 849,
      optimal: true,
      stoppedBy: 'proved',
      lowerBound: 849,
    });
    expectValid(problem, result.order, result.cost);
  });

  it('proves the optimum of the de la Banda example (434; the order 1..12 costs 604)', () => {
    const problem = delaBandaExampleProblem();
    expect(
      scheduleCost(
        problem,
        problem.scenes.map((_, index) => index),
      ).total,
    ).toBe(604);

    const result = exactSolver.solve(problem, options());
    expect(result).toMatchObject({ cost: 434, optimal: true, stoppedBy: 'proved' });
    expect(scheduleCost(problem, result.order).holdCost).toBe(53);
    expectValid(problem, result.order, result.cost);
  });

  it('solves the empty problem and a single scene', () => {
    const empty: SchedulingProblem = { scenes: [], actors: [], locations: [], precedences: [] };
    expect(exactSolver.solve(empty, options())).toMatchObject({
      order: [],
      cost: 0,
      optimal: true,
    });
    const one: SchedulingProblem = {
      scenes: [{ id: 'a', duration: 3, location: null }],
      actors: [{ id: 'x', costPerDay: 5, scenes: [0] }],
      locations: [],
      precedences: [],
    };
    expect(exactSolver.solve(one, options())).toMatchObject({
      order: [0],
      cost: 15,
      optimal: true,
    });
  });

  it('keeps an expensive actor from waiting, and shoots a location in one visit', () => {
    // The star is in scenes 0 and 2; scene 1 (a day player only) must not come between them.
    const star: SchedulingProblem = {
      scenes: [0, 1, 2].map((index) => ({ id: `s${index}`, duration: 1, location: null })),
      actors: [
        { id: 'star', costPerDay: 100, scenes: [0, 2] },
        { id: 'day', costPerDay: 1, scenes: [1] },
      ],
      locations: [],
      precedences: [],
    };
    expect(exactSolver.solve(star, options()).cost).toBe(201);
    // Scenes 0 and 2 share a location; going back costs 50, more than any hold.
    const move: SchedulingProblem = {
      scenes: [
        { id: 'a', duration: 1, location: 0 },
        { id: 'b', duration: 1, location: 1 },
        { id: 'c', duration: 1, location: 0 },
      ],
      actors: [{ id: 'x', costPerDay: 10, scenes: [0, 1] }],
      locations: [
        { id: 'house', revisitCost: 50 },
        { id: 'street', revisitCost: 0 },
      ],
      precedences: [],
    };
    const result = exactSolver.solve(move, options());
    expect(result.cost).toBe(20);
    expect(scheduleCost(move, result.order).revisitCost).toBe(0);
  });

  it('respects precedences even when they cost more', () => {
    const problem: SchedulingProblem = {
      ...film105Problem(),
      precedences: [
        [7, 0],
        [4, 1],
        [16, 2],
      ],
    };
    const result = exactSolver.solve(problem, options());
    expect(result.optimal).toBe(true);
    expect(result.cost).toBeGreaterThanOrEqual(849);
    expectValid(problem, result.order, result.cost);
  });

  it('finds the brute-force optimum of small problems, with and without locations and precedences', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          scenes: fc.integer({ min: 1, max: 7 }),
          actors: fc.integer({ min: 0, max: 5 }),
          locations: fc.integer({ min: 0, max: 3 }),
          precedences: fc.integer({ min: 0, max: 4 }),
          density: fc.double({ min: 0.1, max: 0.8, noNaN: true }),
          unlocated: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
        }),
        ({ unlocated, ...shape }) => {
          const generated = randomSchedulingProblem(shape.seed, { ...shape, maxDuration: 3 });
          // Some scenes without a location: they break a run at a location like any other place.
          const problem: SchedulingProblem = {
            ...generated,
            scenes: generated.scenes.map((scene, index) =>
              unlocated[index] === true ? { ...scene, location: null } : scene,
            ),
          };
          const result = exactSolver.solve(problem, options());
          expect(result.optimal).toBe(true);
          expectValid(problem, result.order, result.cost);
          expect(result.cost).toBe(bruteForceOptimum(problem));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds the brute-force optimum when actors share whole scene lists (merged blocks)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        // Two actors only over seven scenes: many scenes have identical casts and are merged.
        const problem = randomSchedulingProblem(seed, { scenes: 7, actors: 2, density: 0.5 });
        const result = exactSolver.solve(problem, options());
        expectValid(problem, result.order, result.cost);
        expect(result.cost).toBe(bruteForceOptimum(problem));
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same result for the same input', () => {
    const problem = randomSchedulingProblem(7, { scenes: 14, actors: 6, locations: 2 });
    const first = exactSolver.solve(problem, options());
    const second = exactSolver.solve(problem, options());
    expect(second.order).toEqual(first.order);
    expect(second.cost).toBe(first.cost);
  });

  it('never returns anything worse than the initial order, and reports improvements', () => {
    const problem = film105Problem();
    const initial = [2, 1, 11, 17, 14, 7, 12, 18, 10, 4, 13, 16, 3, 9, 15, 6, 5, 8].map(
      (id) => id - 1,
    );
    const progress: SolveProgress[] = [];
    const result = exactSolver.solve(
      problem,
      options({ initial, onProgress: (report) => progress.push(report) }),
    );
    expect(result.cost).toBe(849);
    // Stopped at once: the initial order (optimal here) is what comes back.
    const stopped = exactSolver.solve(problem, options({ initial, shouldStop: () => true }));
    expect(stopped.cost).toBeLessThanOrEqual(849);
    const delaBanda = delaBandaExampleProblem();
    exactSolver.solve(delaBanda, options({ onProgress: (report) => progress.push(report) }));
    for (const report of progress) expect(report.bestCost).toBeGreaterThanOrEqual(434);
  });

  it('stops at the time limit or on cancellation with the best order found, unproved', () => {
    const problem = randomSchedulingProblem(3, { scenes: 40, actors: 12 });
    let now = 0;
    const timed = exactSolver.solve(
      problem,
      options({ timeLimitMs: 100, clock: () => (now += 1) }),
    );
    expect(timed).toMatchObject({ optimal: false, stoppedBy: 'time-limit' });
    expectValid(problem, timed.order, timed.cost);
    expect(timed.lowerBound).toBeLessThanOrEqual(timed.cost);

    const cancelled = exactSolver.solve(problem, options({ shouldStop: () => true }));
    expect(cancelled).toMatchObject({ optimal: false, stoppedBy: 'cancelled' });
    expectValid(problem, cancelled.order, cancelled.cost);
  });

  it('refuses precedences that form a cycle', () => {
    const problem: SchedulingProblem = {
      ...film105Problem(),
      precedences: [
        [0, 1],
        [1, 0],
      ],
    };
    expect(() => exactSolver.solve(problem, options())).toThrow(RangeError);
  });
});
