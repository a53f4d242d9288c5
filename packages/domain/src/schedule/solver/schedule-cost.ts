import type { SceneOrder, SchedulingProblem } from './scheduling-problem.js';

/** What an order costs, in the problem's money unit. */
export type ScheduleCost = {
  /** actorCost + revisitCost: what the optimizer minimises. */
  readonly total: number;
  /** Every cast member paid from the first day of their first scene to the last day of their last. */
  readonly actorCost: number;
  /** What the cast costs whatever the order: each member's own scene days. */
  readonly fixedCost: number;
  /** actorCost − fixedCost: the hold (idle) days the order adds. */
  readonly holdCost: number;
  /** Returns to locations already left. */
  readonly revisitCost: number;
};

/**
 * The cost of an order, computed directly from its definition (no incremental tricks): the independent
 * recomputation every solver's reported cost is checked against. Throws a RangeError when `order` is not
 * a permutation of the scenes (a programmer error: solvers only ever produce permutations).
 */
export const scheduleCost = (problem: SchedulingProblem, order: SceneOrder): ScheduleCost => {
  const n = problem.scenes.length;
  if (order.length !== n || new Set(order).size !== n || order.some((s) => !(s >= 0 && s < n))) {
    throw new RangeError('The order is not a permutation of the scenes');
  }
  const start: number[] = [];
  let day = 0;
  for (const scene of order) {
    start[scene] = day;
    day += problem.scenes[scene]?.duration ?? 0;
  }
  let actorCost = 0;
  let fixedCost = 0;
  for (const actor of problem.actors) {
    if (actor.scenes.length === 0) continue;
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    let own = 0;
    for (const scene of actor.scenes) {
      const begins = start[scene] ?? 0;
      const duration = problem.scenes[scene]?.duration ?? 0;
      first = Math.min(first, begins);
      last = Math.max(last, begins + duration);
      own += duration;
    }
    actorCost += actor.costPerDay * (last - first);
    fixedCost += actor.costPerDay * own;
  }
  let revisitCost = 0;
  const left = new Set<number>();
  let current: number | null = null;
  for (const scene of order) {
    const location = problem.scenes[scene]?.location ?? null;
    if (location === current) continue;
    if (location !== null && left.has(location)) {
      revisitCost += problem.locations[location]?.revisitCost ?? 0;
    }
    if (current !== null) left.add(current);
    current = location;
  }
  return {
    total: actorCost + revisitCost,
    actorCost,
    fixedCost,
    holdCost: actorCost - fixedCost,
    revisitCost,
  };
};

/** Whether `order` puts every scene after the scenes that must come before it. */
export const respectsPrecedences = (problem: SchedulingProblem, order: SceneOrder): boolean => {
  const position: number[] = [];
  order.forEach((scene, index) => {
    position[scene] = index;
  });
  return problem.precedences.every(
    ([before, after]) => (position[before] ?? -1) < (position[after] ?? -1),
  );
};
