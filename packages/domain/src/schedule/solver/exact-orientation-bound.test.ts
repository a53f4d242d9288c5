import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomSchedulingProblem } from '../../testing/index.js';
import { orientationBoundFor } from './exact-orientation-bound.js';
import { reduceForExactSearch, type ExactReduction } from './exact-reduction.js';
import type { TwoSidedBoundState } from './exact-two-sided-bounds.js';
import { seededRandom } from './seeded-random.js';

/** A state of the two-sided search: blocks put at the front and at the back, the rest (Q) to order. */
type State = {
  readonly reduction: ExactReduction;
  readonly rest: readonly number[];
  readonly left: number;
  readonly right: number;
  readonly free: number;
  readonly bounds: TwoSidedBoundState;
};

const maskOf = (reduction: ExactReduction, block: number): number =>
  (reduction.blockActors[block] ?? []).reduce((mask, actor) => mask | (1 << actor), 0);

/** The state after shooting `front` first and `back` last, as the search's bounds see it. */
const stateOf = (
  reduction: ExactReduction,
  front: readonly number[],
  back: readonly number[],
): State => {
  const n = reduction.blockDuration.length;
  const m = reduction.actorCost.length;
  const rest = Array.from({ length: n }, (_, block) => block).filter(
    (block) => !front.includes(block) && !back.includes(block),
  );
  const union = (blocks: readonly number[]): number =>
    blocks.reduce((mask, block) => mask | maskOf(reduction, block), 0);
  const inRest = union(rest);
  const seenFront = union(front);
  const seenBack = union(back);
  const remaining = new Uint8Array(n);
  const remainingDays = new Float64Array(m);
  const pairDays = new Float64Array(m * m);
  for (const block of rest) {
    remaining[block] = 1;
    const actors = reduction.blockActors[block] ?? [];
    const days = reduction.blockDuration[block] ?? 0;
    for (const a of actors) {
      remainingDays[a] = (remainingDays[a] ?? 0) + days;
      for (const b of actors) pairDays[a * m + b] = (pairDays[a * m + b] ?? 0) + days;
    }
  }
  const actorStart = new Int32Array(n + 1);
  reduction.blockActors.forEach((actors, block) => {
    actorStart[block + 1] = (actorStart[block] ?? 0) + actors.length;
  });
  const bounds: TwoSidedBoundState = {
    n,
    m,
    duration: Float64Array.from(reduction.blockDuration),
    cost: Float64Array.from(reduction.actorCost),
    actorMask: Int32Array.from({ length: n }, (_, block) => maskOf(reduction, block)),
    actorStart,
    actorList: Int32Array.from(reduction.blockActors.flat()),
    payOf: (mask) =>
      reduction.actorCost.reduce((sum, cost, actor) => sum + ((mask >> actor) & 1) * cost, 0),
    remaining,
    remainingDays,
    pairDays,
    ratio: new Float64Array(m),
    group: new Int32Array(m),
    neighbours: new Int32Array(m),
  };
  return {
    reduction,
    rest,
    left: seenFront & ~seenBack & inRest,
    right: seenBack & ~seenFront & inRest,
    free: inRest & ~seenFront & ~seenBack,
    bounds,
  };
};

/**
 * What the actors seen at one end or none are paid for Q in its cheapest order, by trying every
 * order: the front ones up to their last block, the back ones from their first, the free ones over
 * their span.
 */
const bruteForceCostToGo = (state: State): number => {
  const { reduction, rest, left, right, free } = state;
  const m = reduction.actorCost.length;
  const total = rest.reduce((sum, block) => sum + (reduction.blockDuration[block] ?? 0), 0);
  const costOf = (order: readonly number[]): number => {
    const first = new Array<number>(m).fill(-1);
    const last = new Array<number>(m).fill(-1);
    let day = 0;
    for (const block of order) {
      const days = reduction.blockDuration[block] ?? 0;
      for (const actor of reduction.blockActors[block] ?? []) {
        if (first[actor] === -1) first[actor] = day;
        last[actor] = day + days;
      }
      day += days;
    }
    let cost = 0;
    for (let actor = 0; actor < m; actor += 1) {
      const pay = reduction.actorCost[actor] ?? 0;
      const bit = 1 << actor;
      if ((left & bit) !== 0) cost += pay * (last[actor] ?? 0);
      if ((right & bit) !== 0) cost += pay * (total - (first[actor] ?? 0));
      if ((free & bit) !== 0) cost += pay * ((last[actor] ?? 0) - (first[actor] ?? 0));
    }
    return cost;
  };
  let best = Number.POSITIVE_INFINITY;
  const order: number[] = [];
  const used = new Set<number>();
  const extend = (): void => {
    if (order.length === rest.length) {
      best = Math.min(best, costOf(order));
      return;
    }
    for (const block of rest) {
      if (used.has(block)) continue;
      used.add(block);
      order.push(block);
      extend();
      order.pop();
      used.delete(block);
    }
  };
  extend();
  return best;
};

const ownDays = (state: State): number => {
  let sum = 0;
  for (let actor = 0; actor < state.reduction.actorCost.length; actor += 1) {
    if ((state.free & (1 << actor)) === 0) continue;
    sum += (state.reduction.actorCost[actor] ?? 0) * (state.bounds.remainingDays[actor] ?? 0);
  }
  return sum;
};

/**
 * Small random problems, each with the states reached by putting a random order's first blocks at the
 * front and its last ones at the back, every split that leaves between one and six blocks.
 */
const arbStates = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    scenes: fc.integer({ min: 4, max: 12 }),
    actors: fc.integer({ min: 2, max: 8 }),
    density: fc.constantFrom(0.3, 0.45, 0.6),
    shuffle: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  })
  .map(({ seed, scenes, actors, density, shuffle }) => {
    const reduction = reduceForExactSearch(
      randomSchedulingProblem(seed, { scenes, actors, density, maxCostPerDay: 9 }),
    );
    const n = reduction.blockDuration.length;
    const random = seededRandom(shuffle);
    const blocks = Array.from({ length: n }, (_, block) => block);
    for (let i = n - 1; i > 0; i -= 1) {
      const j = random.int(i + 1);
      [blocks[i], blocks[j]] = [blocks[j] ?? 0, blocks[i] ?? 0];
    }
    const states: State[] = [];
    for (let left = 1; left <= 6 && left <= n; left += 1) {
      const placed = n - left;
      for (let atFront = 0; atFront <= placed; atFront += 1) {
        states.push(stateOf(reduction, blocks.slice(0, atFront), blocks.slice(atFront, placed)));
      }
    }
    return states;
  });

describe('orientationBoundFor', () => {
  it('never exceeds what the actors at the ends and the free ones are paid in the cheapest order', () => {
    fc.assert(
      fc.property(arbStates, fc.integer({ min: 0, max: 400 }), (states, enough) => {
        for (const state of states) {
          const bound = orientationBoundFor(state.bounds);
          const full = bound(state.left, state.right, state.free, Number.POSITIVE_INFINITY);
          if (full < 0) continue;
          const optimum = bruteForceCostToGo(state);
          expect(ownDays(state) + full).toBeLessThanOrEqual(optimum);
          // Stopping early gives a weaker bound, never a wrong one.
          expect(bound(state.left, state.right, state.free, enough)).toBeLessThanOrEqual(full);
          // One end alone is solved exactly.
          if (state.right === 0 && state.free === 0) expect(full).toBe(optimum);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is exact for the actors of one end alone, and charges the free ones', () => {
    // Front actor 0 (pay 5) in blocks 0 (2 days) and 1, front actor 1 (pay 3) in blocks 1 and 2; block
    // 3 has actor 2 only. Finishing actor 1 first (blocks 2, 1, 0) keeps actor 0 waiting through block
    // 2 (5 × 1); the other way round actor 1 waits through block 0 (3 × 2). Own days: 5 × 3 + 3 × 2.
    const reduction: ExactReduction = {
      blocks: [[0], [1], [2], [3]],
      blockDuration: [2, 1, 1, 4],
      blockLocation: [-1, -1, -1, -1],
      blockActors: [[0], [0, 1], [1], [2]],
      actorCost: [5, 3, 7],
      locationRevisitCost: [],
      blockPrecedences: [],
      trailing: [],
    };
    const state = stateOf(reduction, [], []);
    const bound = orientationBoundFor(state.bounds);
    expect(bound(0b011, 0, 0, Number.POSITIVE_INFINITY)).toBe(26);
    expect(bruteForceCostToGo({ ...state, left: 0b011, right: 0, free: 0 })).toBe(26);
  });
});
