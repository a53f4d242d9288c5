/** What the two-sided search's bounds read: its problem arrays and its current state (shared, not copied). */
export type TwoSidedBoundState = {
  readonly n: number;
  readonly m: number;
  readonly duration: Float64Array;
  readonly cost: Float64Array;
  /** Bit `a` set when actor `a` is in the block. */
  readonly actorMask: Int32Array;
  readonly actorStart: Int32Array;
  readonly actorList: Int32Array;
  /** Pay per day of the actors in a mask. */
  readonly payOf: (mask: number) => number;
  /** 1 for the unscheduled blocks. */
  readonly remaining: Uint8Array;
  /** Per actor: the days of their unscheduled blocks. */
  readonly remainingDays: Float64Array;
  /** Per pair of actors (a * m + b): the days of the unscheduled blocks with both. */
  readonly pairDays: Float64Array;
  // Scratch space.
  readonly ratio: Float64Array;
  readonly group: Int32Array;
  readonly neighbours: Int32Array;
};

/**
 * The bound of Garcia de la Banda et al. for the actors of `mask` who are on location from one end of
 * Q to their last block counted from that end: a weighted completion time problem, bounded by
 * splitting each block among the group's actors in it in proportion to their pay and sequencing the
 * actors by Smith's rule, plus what splitting a block gives away; and never less than their own days.
 */
export const endBound = (state: TwoSidedBoundState, mask: number): number => {
  const {
    n,
    m,
    cost,
    duration,
    actorMask,
    actorStart,
    actorList,
    remaining,
    remainingDays,
    ratio,
    group,
    payOf,
  } = state;
  let count = 0;
  let own = 0;
  for (let actor = 0; actor < m; actor += 1) {
    if ((mask & (1 << actor)) === 0) continue;
    ratio[actor] = 0;
    group[count] = actor;
    count += 1;
    own += cost[actor]! * remainingDays[actor]!;
  }
  if (count === 0) return 0;
  let split = 0;
  for (let block = 0; block < n; block += 1) {
    if (remaining[block] === 0) continue;
    const members = actorMask[block]! & mask;
    if (members === 0) continue;
    const total = payOf(members);
    let squares = 0;
    for (let i = actorStart[block]!; i < actorStart[block + 1]!; i += 1) {
      const actor = actorList[i]!;
      if ((members & (1 << actor)) !== 0) squares += cost[actor]! * cost[actor]!;
    }
    const share = duration[block]! / total;
    for (let i = actorStart[block]!; i < actorStart[block + 1]!; i += 1) {
      const actor = actorList[i]!;
      if ((members & (1 << actor)) !== 0) ratio[actor]! += share;
    }
    split += (duration[block]! * (total - squares / total)) / 2;
  }
  // Insertion sort by ratio (then index, for determinism): there are few actors.
  for (let i = 1; i < count; i += 1) {
    const actor = group[i]!;
    let j = i - 1;
    while (j >= 0 && ratio[group[j]!]! > ratio[actor]!) {
      group[j + 1] = group[j]!;
      j -= 1;
    }
    group[j + 1] = actor;
  }
  let elapsed = 0;
  let weighted = 0;
  for (let i = 0; i < count; i += 1) {
    const actor = group[i]!;
    elapsed += cost[actor]! * ratio[actor]!;
    weighted += cost[actor]! * elapsed;
  }
  return Math.max(own, weighted + split);
};

/**
 * Actors seen at the front and at the back who share an unscheduled block have overlapping spans:
 * between them they are on location every day of Q, so while any other block is shot one of them
 * waits. For each block, the cheapest set of waiting actors that includes one of every such pair
 * not in the block is a minimum weight vertex cover of a small bipartite graph (found by trying the
 * subsets of the front actors). The bound: every actor's own days plus those covers.
 */
export const coverBound = (state: TwoSidedBoundState, left: number, right: number): number => {
  const { n, m, cost, duration, actorMask, remaining, remainingDays, pairDays, neighbours, payOf } =
    state;
  let linkedLeft = 0;
  let linkedRight = 0;
  for (let a = 0; a < m; a += 1) {
    neighbours[a] = 0;
    if ((left & (1 << a)) === 0) continue;
    for (let b = 0; b < m; b += 1) {
      if ((right & (1 << b)) !== 0 && pairDays[a * m + b]! > 0) neighbours[a]! |= 1 << b;
    }
    if (neighbours[a] !== 0) {
      linkedLeft |= 1 << a;
      linkedRight |= neighbours[a]!;
    }
  }
  // Actors in no such pair: their own end bound (they are other actors, so it adds).
  let total = endBound(state, left & ~linkedLeft) + endBound(state, right & ~linkedRight);
  for (let actor = 0; actor < m; actor += 1) {
    if ((linkedLeft | linkedRight) & (1 << actor)) total += cost[actor]! * remainingDays[actor]!;
  }
  // Trying subsets of many front actors costs more than the bound saves.
  if (popCount(linkedLeft) > MAX_COVER_FRONT) return total;
  for (let block = 0; block < n; block += 1) {
    if (remaining[block] === 0) continue;
    const out = ~actorMask[block]!;
    const front = linkedLeft & out;
    const back = linkedRight & out;
    // Minimum over the front actors X in the cover of pay(X) + pay(back neighbours of the rest).
    let best = Number.POSITIVE_INFINITY;
    for (let chosen = front; ; chosen = (chosen - 1) & front) {
      let needed = 0;
      let rest = front & ~chosen;
      while (rest !== 0) {
        const a = 31 - Math.clz32(rest);
        rest ^= 1 << a;
        needed |= neighbours[a]!;
      }
      const value = payOf(chosen) + payOf(needed & back);
      if (value < best) best = value;
      if (chosen === 0) break;
    }
    total += duration[block]! * best;
  }
  return total;
};

const MAX_COVER_FRONT = 8;

const popCount = (mask: number): number => {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count += 1;
  return count;
};
