import { blockOrderCost, type ExactReduction } from './exact-reduction.js';

// Local search is quadratic in moves and linear per evaluation: past this many blocks the exact search
// has no hope of a proof anyway, so the greedy order is good enough as its starting bound.
const LOCAL_SEARCH_MAX_BLOCKS = 64;

/**
 * A good first order for the exact search to beat (the tighter, the more it prunes): greedy, each
 * step taking the block that keeps the fewest actors waiting, then improved by moving single blocks
 * while that lowers the cost. Null when the precedences form a cycle (no order exists).
 */
export const initialBlockOrder = (reduction: ExactReduction): number[] | null => {
  const greedy = greedyBlockOrder(reduction);
  if (greedy === null) return null;
  return greedy.length <= LOCAL_SEARCH_MAX_BLOCKS ? improveByMoves(reduction, greedy) : greedy;
};

const greedyBlockOrder = (reduction: ExactReduction): number[] | null => {
  const n = reduction.blockDuration.length;
  const actorCount = reduction.actorCost.length;
  const predecessorsLeft = new Array<number>(n).fill(0);
  const successors: number[][] = Array.from({ length: n }, () => []);
  for (const [before, after] of reduction.blockPrecedences) {
    predecessorsLeft[after] = (predecessorsLeft[after] ?? 0) + 1;
    successors[before]?.push(after);
  }
  const remaining = new Array<number>(actorCount).fill(0);
  for (const actors of reduction.blockActors) {
    for (const actor of actors) remaining[actor] = (remaining[actor] ?? 0) + 1;
  }
  const started = new Array<boolean>(actorCount).fill(false);
  const done = new Array<boolean>(n).fill(false);
  const order: number[] = [];
  let current = -2;
  const visited = new Set<number>();
  while (order.length < n) {
    let best = -1;
    let bestKey = Number.POSITIVE_INFINITY;
    for (let block = 0; block < n; block += 1) {
      if (done[block] || (predecessorsLeft[block] ?? 0) > 0) continue;
      const actors = reduction.blockActors[block] ?? [];
      // Waiting pay of the actors already started and not in this block, plus the pay of the actors
      // this block starts (they will wait later), plus a revisit.
      let waiting = 0;
      for (let actor = 0; actor < actorCount; actor += 1) {
        if (started[actor] && (remaining[actor] ?? 0) > 0 && !actors.includes(actor)) {
          waiting += reduction.actorCost[actor] ?? 0;
        }
      }
      let starting = 0;
      for (const actor of actors) if (!started[actor]) starting += reduction.actorCost[actor] ?? 0;
      const location = reduction.blockLocation[block] ?? -1;
      const revisit =
        location >= 0 && location !== current && visited.has(location)
          ? (reduction.locationRevisitCost[location] ?? 0)
          : 0;
      const key = (reduction.blockDuration[block] ?? 0) * waiting + starting + revisit;
      if (key < bestKey) {
        bestKey = key;
        best = block;
      }
    }
    if (best === -1) return null;
    order.push(best);
    done[best] = true;
    for (const actor of reduction.blockActors[best] ?? []) {
      started[actor] = true;
      remaining[actor] = (remaining[actor] ?? 0) - 1;
    }
    for (const next of successors[best] ?? []) {
      predecessorsLeft[next] = (predecessorsLeft[next] ?? 0) - 1;
    }
    const location = reduction.blockLocation[best] ?? -1;
    if (current >= 0) visited.add(current);
    current = location;
  }
  return order;
};

const improveByMoves = (reduction: ExactReduction, start: number[]): number[] => {
  const n = start.length;
  const feasible = (order: readonly number[]): boolean => {
    const position = new Array<number>(n);
    order.forEach((block, index) => {
      position[block] = index;
    });
    return reduction.blockPrecedences.every(
      ([before, after]) => (position[before] ?? 0) < (position[after] ?? 0),
    );
  };
  let order = start;
  let cost = blockOrderCost(reduction, order);
  for (let improved = true; improved;) {
    improved = false;
    for (let from = 0; from < n; from += 1) {
      for (let to = 0; to < n; to += 1) {
        if (to === from) continue;
        const candidate = order.slice();
        const [block] = candidate.splice(from, 1);
        if (block === undefined) continue;
        candidate.splice(to, 0, block);
        const candidateCost = blockOrderCost(reduction, candidate);
        if (candidateCost < cost && feasible(candidate)) {
          order = candidate;
          cost = candidateCost;
          improved = true;
        }
      }
    }
  }
  return order;
};
