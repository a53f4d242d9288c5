import { describe, expect, it } from 'vitest';
import { compileProblem } from './compiled-problem.js';
import { INFEASIBLE, OrderState } from './order-state.js';
import { respectsPrecedences, scheduleCost } from './schedule-cost.js';
import type { SchedulingProblem } from './scheduling-problem.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';

/** A random instance: some scenes without a location, a few precedences along the identity order. */
const randomProblem = (random: SeededRandom, n: number, m: number): SchedulingProblem => {
  const locations = Array.from({ length: 1 + random.int(5) }, (_, l) => ({
    id: `L${l}`,
    revisitCost: random.int(30),
  }));
  return {
    scenes: Array.from({ length: n }, (_, s) => ({
      id: String(s + 1),
      duration: 1 + random.int(4),
      location: random.next() < 0.2 ? null : random.int(locations.length),
    })),
    actors: Array.from({ length: m }, (_, a) => ({
      id: `A${a}`,
      costPerDay: random.int(20),
      scenes: Array.from({ length: n }, (_, s) => s).filter(() => random.next() < 0.3),
    })),
    locations,
    precedences: Array.from({ length: random.int(4) }, () => {
      const a = random.int(n);
      const b = random.int(n);
      return [Math.min(a, b), Math.max(a, b)] as const;
    }).filter(([a, b]) => a !== b),
  };
};

describe('OrderState', () => {
  it('prices every block move and reversal exactly as a full recomputation does', () => {
    const random = seededRandom(7);
    for (let instance = 0; instance < 40; instance += 1) {
      const n = 2 + random.int(30);
      const problem = randomProblem(random, n, 1 + random.int(6));
      const state = new OrderState(compileProblem(problem));
      state.load(problem.scenes.map((_, s) => s));
      expect(state.cost).toBe(scheduleCost(problem, Array.from(state.order)).total);
      for (let step = 0; step < 200; step += 1) {
        const before = Array.from(state.order);
        const cost = state.cost;
        let delta: number;
        let after: number[];
        if (random.next() < 0.6) {
          const length = 1 + random.int(Math.min(4, n - 1));
          const from = random.int(n - length + 1);
          let to = random.int(n - length + 1);
          if (to === from) to = (to + 1) % (n - length + 1);
          if (to === from) continue;
          const block = before.slice(from, from + length);
          const rest = [...before.slice(0, from), ...before.slice(from + length)];
          after = [...rest.slice(0, to), ...block, ...rest.slice(to)];
          delta = state.evaluateBlockMove(from, length, to);
          if (delta !== INFEASIBLE) state.applyBlockMove(from, length, to, delta);
        } else {
          const from = random.int(n - 1);
          const end = from + 1 + random.int(n - from - 1);
          after = [
            ...before.slice(0, from),
            ...before.slice(from, end + 1).reverse(),
            ...before.slice(end + 1),
          ];
          delta = state.evaluateReversal(from, end);
          if (delta !== INFEASIBLE) state.applyReversal(from, end, delta);
        }
        if (delta === INFEASIBLE) {
          expect(respectsPrecedences(problem, after)).toBe(false);
          expect(Array.from(state.order)).toEqual(before);
          continue;
        }
        expect(respectsPrecedences(problem, after)).toBe(true);
        expect(Array.from(state.order)).toEqual(after);
        expect(cost + delta).toBe(scheduleCost(problem, after).total);
        expect(state.cost).toBe(scheduleCost(problem, after).total);
        // The incremental first/last positions agree with a fresh load.
        const fresh = new OrderState(compileProblem(problem));
        fresh.load(after);
        expect(Array.from(state.first)).toEqual(Array.from(fresh.first));
        expect(Array.from(state.last)).toEqual(Array.from(fresh.last));
        expect(Array.from(state.startDay)).toEqual(Array.from(fresh.startDay));
      }
    }
  });
});
