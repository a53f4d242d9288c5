import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomSchedulingProblem } from '../../testing/index.js';
import { blockOrderCost, reduceForExactSearch } from './exact-reduction.js';
import { initialBlockOrder } from './exact-initial-order.js';
import { runExactSearch, type ExactSearchOptions } from './exact-search.js';
import { canSearchTwoSided, runTwoSidedSearch } from './exact-two-sided-search.js';
import type { SchedulingProblem } from './scheduling-problem.js';

/** The optimum found by a search, starting from the greedy order's cost plus one. */
const optimum = (
  problem: SchedulingProblem,
  search: (
    reduction: ReturnType<typeof reduceForExactSearch>,
    options: ExactSearchOptions,
  ) => unknown,
): number => {
  const reduction = reduceForExactSearch(problem);
  const first = initialBlockOrder(reduction) ?? [];
  let best = blockOrderCost(reduction, first);
  search(reduction, {
    upperBound: best + 1,
    maxMemoSlots: 2 ** 16,
    stopReason: () => null,
    onImprovement: (order, cost) => {
      expect(blockOrderCost(reduction, order)).toBe(cost);
      expect([...order].sort((a, b) => a - b)).toEqual(first.map((_, index) => index));
      best = Math.min(best, cost);
    },
  });
  return best;
};

describe('runTwoSidedSearch', () => {
  it('finds the same optimum as the one-sided search, with and without precedences', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2, max: 11 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 5 }),
        (seed, scenes, actors, precedences) => {
          const problem = randomSchedulingProblem(seed, { scenes, actors, precedences });
          expect(canSearchTwoSided(reduceForExactSearch(problem))).toBe(true);
          expect(optimum(problem, runTwoSidedSearch)).toBe(optimum(problem, runExactSearch));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds the same optimum on dense casts, where its bounds and the dominance rule do most', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 4, max: 12 }),
        fc.integer({ min: 3, max: 9 }),
        fc.constantFrom(0.5, 0.6),
        (seed, scenes, actors, density) => {
          const problem = randomSchedulingProblem(seed, { scenes, actors, density });
          expect(optimum(problem, runTwoSidedSearch)).toBe(optimum(problem, runExactSearch));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('leaves problems with revisit costs to the one-sided search', () => {
    const problem = randomSchedulingProblem(1, { scenes: 8, actors: 4, locations: 3 });
    const withCosts: SchedulingProblem = {
      ...problem,
      locations: problem.locations.map((location) => ({ ...location, revisitCost: 10 })),
    };
    expect(canSearchTwoSided(reduceForExactSearch(withCosts))).toBe(false);
  });
});
