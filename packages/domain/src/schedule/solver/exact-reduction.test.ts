import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { film105Problem, randomSchedulingProblem } from '../../testing/index.js';
import { blockOrderCost, expandBlockOrder, reduceForExactSearch } from './exact-reduction.js';
import { respectsPrecedences, scheduleCost } from './schedule-cost.js';
import type { SchedulingProblem } from './scheduling-problem.js';

describe('reduceForExactSearch', () => {
  it('leaves out the actors whose pay no order changes and merges identical scenes', () => {
    const reduction = reduceForExactSearch(film105Problem());
    // film105: every actor is in two scenes or more and no two scenes have the same cast.
    expect(reduction.blocks).toHaveLength(18);
    expect(reduction.actorCost).toHaveLength(8);

    const problem: SchedulingProblem = {
      scenes: [0, 1, 2, 3, 4].map((index) => ({ id: `s${index}`, duration: 1, location: null })),
      actors: [
        { id: 'everywhere', costPerDay: 9, scenes: [0, 1, 2, 3, 4] },
        { id: 'once', costPerDay: 9, scenes: [3] },
        { id: 'unpaid', costPerDay: 0, scenes: [0, 4] },
        { id: 'pair', costPerDay: 5, scenes: [0, 2] },
        { id: 'other', costPerDay: 5, scenes: [1, 2] },
      ],
      locations: [],
      precedences: [],
    };
    const small = reduceForExactSearch(problem);
    expect(small.actorCost).toEqual([5, 5]);
    expect([...small.trailing].sort((a, b) => a - b)).toEqual([3, 4]);
    expect(small.blocks).toEqual([[0], [1], [2]]);
  });

  it('changes every block order’s cost by the same constant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (seed, scenes, actors, locations, precedences, withEverywhere) => {
          const generated = randomSchedulingProblem(seed, {
            scenes,
            actors,
            locations,
            precedences,
            density: 0.5,
          });
          // An actor in every scene is left out, and the scenes that only had them trail.
          const problem: SchedulingProblem = withEverywhere
            ? {
                ...generated,
                actors: [
                  ...generated.actors,
                  { id: 'all', costPerDay: 7, scenes: generated.scenes.map((_, index) => index) },
                ],
              }
            : generated;
          const reduction = reduceForExactSearch(problem);
          const blocks = reduction.blocks.map((_, index) => index);
          const offsets = new Set<number>();
          for (let round = 0; round < 6; round += 1) {
            const order = round % 2 === 0 ? blocks : [...blocks].reverse();
            const rotated = [
              ...order.slice(round % (order.length || 1)),
              ...order.slice(0, round % (order.length || 1)),
            ];
            const scenesOrder = expandBlockOrder(reduction, rotated);
            if (!respectsPrecedences(problem, scenesOrder)) continue;
            offsets.add(
              scheduleCost(problem, scenesOrder).total - blockOrderCost(reduction, rotated),
            );
          }
          expect(offsets.size).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
