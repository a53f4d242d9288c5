import { describe, expect, it } from 'vitest';
import {
  FILM105,
  FILM105_OPTIMUM,
  FILM105_PUBLISHED_ORDER,
} from '../../testing/film105-problem.js';
import { respectsPrecedences, scheduleCost } from './schedule-cost.js';
import type { SchedulingProblem } from './scheduling-problem.js';

/** Scenes of one day each at the given locations (null: none), and the given cast. */
const problemOf = (
  locations: readonly (number | null)[],
  revisitCosts: readonly number[],
  actors: readonly { costPerDay: number; scenes: number[] }[] = [],
): SchedulingProblem => ({
  scenes: locations.map((location, index) => ({ id: String(index), duration: 1, location })),
  actors: actors.map((actor, index) => ({ id: `A${index}`, ...actor })),
  locations: revisitCosts.map((revisitCost, index) => ({ id: `L${index}`, revisitCost })),
  precedences: [],
});

describe('scheduleCost', () => {
  it('prices film105 in its published optimal order at 849 (110 of holds over 739 fixed)', () => {
    const cost = scheduleCost(
      FILM105,
      FILM105_PUBLISHED_ORDER.map((id) => id - 1),
    );
    expect(cost).toEqual({
      total: FILM105_OPTIMUM,
      actorCost: 849,
      fixedCost: 739,
      holdCost: 110,
      revisitCost: 0,
    });
  });

  it('pays a hold day for every day between an actor’s first and last scene', () => {
    const problem: SchedulingProblem = {
      scenes: [
        { id: 'a', duration: 1, location: null },
        { id: 'b', duration: 3, location: null },
        { id: 'c', duration: 2, location: null },
      ],
      actors: [{ id: 'star', costPerDay: 10, scenes: [0, 2] }],
      locations: [],
      precedences: [],
    };
    // a, b, c: the star works days 1 and 5–6 and is held on the 3 days of b.
    expect(scheduleCost(problem, [0, 1, 2])).toMatchObject({
      total: 60,
      fixedCost: 30,
      holdCost: 30,
    });
    expect(scheduleCost(problem, [1, 0, 2])).toMatchObject({ total: 30, holdCost: 0 });
  });

  it('charges a location’s revisit cost for each return after leaving it, not its first visit', () => {
    const problem = problemOf([0, 1, 0, 1, 0], [7, 5]);
    expect(scheduleCost(problem, [0, 2, 4, 1, 3]).revisitCost).toBe(0);
    expect(scheduleCost(problem, [0, 1, 2, 3, 4]).revisitCost).toBe(7 + 5 + 7);
    expect(scheduleCost(problem, [0, 1, 3, 2, 4])).toMatchObject({ revisitCost: 7, total: 7 });
  });

  it('counts a scene without a location as leaving the location before it', () => {
    const problem = problemOf([0, null, 0], [9]);
    expect(scheduleCost(problem, [0, 1, 2]).revisitCost).toBe(9);
    expect(scheduleCost(problem, [0, 2, 1]).revisitCost).toBe(0);
  });

  it('adds revisits and cast pay into the total', () => {
    const problem = problemOf([0, 1, 0], [4, 0], [{ costPerDay: 3, scenes: [0, 2] }]);
    expect(scheduleCost(problem, [0, 1, 2])).toEqual({
      total: 9 + 4,
      actorCost: 9,
      fixedCost: 6,
      holdCost: 3,
      revisitCost: 4,
    });
  });

  it('refuses an order that is not a permutation of the scenes', () => {
    const problem = problemOf([null, null], []);
    expect(() => scheduleCost(problem, [0])).toThrow(RangeError);
    expect(() => scheduleCost(problem, [0, 0])).toThrow(RangeError);
    expect(() => scheduleCost(problem, [0, 2])).toThrow(RangeError);
  });
});

describe('respectsPrecedences', () => {
  it('holds when every "before" scene comes first', () => {
    const problem = { ...problemOf([null, null, null], []), precedences: [[2, 0] as const] };
    expect(respectsPrecedences(problem, [2, 0, 1])).toBe(true);
    expect(respectsPrecedences(problem, [1, 2, 0])).toBe(true);
    expect(respectsPrecedences(problem, [0, 1, 2])).toBe(false);
  });
});
