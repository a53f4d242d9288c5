import { exactMemoTable } from './exact-memo-table.js';
import type { ExactReduction } from './exact-reduction.js';
import type { ExactSearchOptions, ExactSearchOutcome } from './exact-search.js';
import { orientationBoundFor } from './exact-orientation-bound.js';
import { coverBound, endBound, type TwoSidedBoundState } from './exact-two-sided-bounds.js';

// States between polls of the clock: a poll costs far more than a state.
const POLL_EVERY = 1024;
// A state's key is the unscheduled set and two actor sets, each in the bits of a double (exact up to
// 2^53): at most 53 blocks and 26 actors.
const MAX_BLOCKS = 53;
const MAX_ACTORS = 26;

/**
 * Whether `runTwoSidedSearch` can take the reduced problem: no location costs a revisit (the search
 * builds the order from both ends and does not track runs at locations) and the key fits.
 */
export const canSearchTwoSided = (reduction: ExactReduction): boolean =>
  reduction.blockDuration.length <= MAX_BLOCKS &&
  reduction.actorCost.length <= MAX_ACTORS &&
  reduction.blockLocation.every(
    (location) => location < 0 || (reduction.locationRevisitCost[location] ?? 0) === 0,
  );

/**
 * Dynamic programming over the unscheduled blocks, building the order from both ends (Garcia de la
 * Banda, Stuckey & Chu, "Solving talent scheduling with dynamic programming", INFORMS J. Computing
 * 2011, section "scheduling from both ends"; the branch and bound of Qin, Zhang, Lim & Liang, EJOR
 * 2016, also does). Each step puts one block either right after the blocks already at the front or
 * right before those already at the back. What is left to decide depends only on the unscheduled set
 * Q, the actors already seen at the front only (L, on location from Q's first day to their last block
 * in Q) and those seen at the back only (R, from their first block in Q to Q's last day). An actor seen
 * at both ends is on location for all of Q whatever its order: they are paid for it at once and leave
 * the subproblem, which is what makes the two-sided bound tight so early. States are pruned by the
 * orientation bound (`orientationBoundFor`) and a block dominated by another at the chosen end is not
 * tried there (`dominated`).
 *
 * Without precedences a state and its mirror (L and R swapped) cost the same (reverse the order), so
 * they share one memo entry.
 */
export const runTwoSidedSearch = (
  reduction: ExactReduction,
  options: ExactSearchOptions,
): ExactSearchOutcome => {
  const n = reduction.blockDuration.length;
  const m = reduction.actorCost.length;
  const duration = Float64Array.from(reduction.blockDuration);
  const cost = Float64Array.from(reduction.actorCost);
  const actorMask = new Int32Array(n);
  reduction.blockActors.forEach((actors, block) => {
    for (const actor of actors) actorMask[block]! |= 1 << actor;
  });
  const actorStart = new Int32Array(n + 1);
  reduction.blockActors.forEach((actors, block) => {
    actorStart[block + 1] = actorStart[block]! + actors.length;
  });
  const actorList = Int32Array.from(reduction.blockActors.flat());
  const hasPrecedences = reduction.blockPrecedences.length > 0;
  const predecessors: number[][] = Array.from({ length: n }, () => []);
  const successors: number[][] = Array.from({ length: n }, () => []);
  const predecessorsLeft = new Int32Array(n);
  const successorsLeft = new Int32Array(n);
  for (const [before, after] of reduction.blockPrecedences) {
    predecessors[after]!.push(before);
    successors[before]!.push(after);
    predecessorsLeft[after]! += 1;
    successorsLeft[before]! += 1;
  }
  const bit = Float64Array.from({ length: n }, (_, block) => 2 ** block);
  const actorShift = 2 ** m;

  // Pay per day of the actors in a mask (masks are below 2^26: a table per 13-bit half).
  const half = Math.ceil(m / 2);
  const lowCost = new Float64Array(1 << half);
  const highCost = new Float64Array(1 << Math.max(0, m - half));
  for (let mask = 1; mask < lowCost.length; mask += 1) {
    const low = 31 - Math.clz32(mask);
    lowCost[mask] = lowCost[mask ^ (1 << low)]! + cost[low]!;
  }
  for (let mask = 1; mask < highCost.length; mask += 1) {
    const low = 31 - Math.clz32(mask);
    highCost[mask] = highCost[mask ^ (1 << low)]! + cost[low + half]!;
  }
  const lowMask = (1 << half) - 1;
  const payOf = (mask: number): number => lowCost[mask & lowMask]! + highCost[mask >>> half]!;

  // The state, changed by `place` and restored by `unplace`.
  const remaining = new Uint8Array(n).fill(1);
  const remainingOf = new Int32Array(m);
  const remainingDays = new Float64Array(m);
  for (let block = 0; block < n; block += 1) {
    for (let i = actorStart[block]!; i < actorStart[block + 1]!; i += 1) {
      remainingOf[actorList[i]!]! += 1;
      remainingDays[actorList[i]!]! += duration[block]!;
    }
  }
  // Days of the unscheduled blocks that have both actors, per pair of actors.
  const pairDays = new Float64Array(m * m);
  for (let block = 0; block < n; block += 1) {
    for (let i = actorStart[block]!; i < actorStart[block + 1]!; i += 1) {
      for (let j = actorStart[block]!; j < actorStart[block + 1]!; j += 1) {
        pairDays[actorList[i]! * m + actorList[j]!]! += duration[block]!;
      }
    }
  }
  let left = 0; // L: seen at the front only, still in Q
  let right = 0; // R: seen at the back only, still in Q
  let both = 0; // seen at both ends: paid for all of Q already
  let finished = 0; // no block left
  let days = 0; // total duration of Q
  for (let block = 0; block < n; block += 1) days += duration[block]!;
  let key = 0;
  let depth = 0;
  const path = new Int32Array(n);
  const sideAt = new Uint8Array(n); // 0: front, 1: back
  const savedLeft = new Int32Array(n);
  const savedRight = new Int32Array(n);
  const savedBoth = new Int32Array(n);
  const savedFinished = new Int32Array(n);
  const costSoFar = new Float64Array(n + 1);

  const memo = exactMemoTable(n > 0 ? options.maxMemoSlots : 1);
  const candidates = new Int32Array(n * n);
  const candidateCost = new Float64Array(n * n);
  const candidateSide = new Uint8Array(n);
  const bounds: TwoSidedBoundState = {
    n,
    m,
    duration,
    cost,
    actorMask,
    actorStart,
    actorList,
    payOf,
    remaining,
    remainingDays,
    pairDays,
    ratio: new Float64Array(m),
    group: new Int32Array(m),
    neighbours: new Int32Array(m),
  };

  const orientationBound = orientationBoundFor(bounds);

  let incumbent = options.upperBound;
  let stoppedBy: 'time-limit' | 'cancelled' | null = null;
  let expanded = 0;
  let reconstructing = false;

  /** The cost of putting `block` at the front (side 0) or the back (side 1) of Q. */
  const stepCost = (block: number, side: number): number => {
    const actors = actorMask[block]!;
    const near = side === 0 ? left : right;
    const far = side === 0 ? right : left;
    const d = duration[block]!;
    return d * payOf((actors | near) & ~both) + payOf(actors & far) * (days - d);
  };

  const available = (block: number, side: number): boolean =>
    remaining[block] === 1 &&
    (side === 0 ? predecessorsLeft[block] === 0 : successorsLeft[block] === 0);

  const place = (block: number, side: number, step: number): void => {
    savedLeft[depth] = left;
    savedRight[depth] = right;
    savedBoth[depth] = both;
    savedFinished[depth] = finished;
    const actors = actorMask[block]!;
    let gone = 0;
    for (let i = actorStart[block]!; i < actorStart[block + 1]!; i += 1) {
      const actor = actorList[i]!;
      for (let j = actorStart[block]!; j < actorStart[block + 1]!; j += 1) {
        pairDays[actor * m + actorList[j]!]! -= duration[block]!;
      }
      remainingOf[actor]! -= 1;
      remainingDays[actor]! -= duration[block]!;
      if (remainingOf[actor] === 0) gone |= 1 << actor;
    }
    if (side === 0) {
      const met = actors & right;
      both |= met;
      right &= ~met;
      left = (left | actors) & ~both & ~gone;
      for (const next of successors[block]!) predecessorsLeft[next]! -= 1;
    } else {
      const met = actors & left;
      both |= met;
      left &= ~met;
      right = (right | actors) & ~both & ~gone;
      for (const previous of predecessors[block]!) successorsLeft[previous]! -= 1;
    }
    finished |= gone;
    remaining[block] = 0;
    days -= duration[block]!;
    key += bit[block]!;
    path[depth] = block;
    sideAt[depth] = side;
    costSoFar[depth + 1] = costSoFar[depth]! + step;
    depth += 1;
  };

  const unplace = (): void => {
    depth -= 1;
    const block = path[depth]!;
    key -= bit[block]!;
    days += duration[block]!;
    remaining[block] = 1;
    if (sideAt[depth] === 0) {
      for (const next of successors[block]!) predecessorsLeft[next]! += 1;
    } else {
      for (const previous of predecessors[block]!) successorsLeft[previous]! += 1;
    }
    for (let i = actorStart[block]!; i < actorStart[block + 1]!; i += 1) {
      const actor = actorList[i]!;
      for (let j = actorStart[block]!; j < actorStart[block + 1]!; j += 1) {
        pairDays[actor * m + actorList[j]!]! += duration[block]!;
      }
      remainingOf[actor]! += 1;
      remainingDays[actor]! += duration[block]!;
    }
    left = savedLeft[depth]!;
    right = savedRight[depth]!;
    both = savedBoth[depth]!;
    finished = savedFinished[depth]!;
  };

  /** The second half of the memo key; a state and its mirror share it when there are no precedences. */
  const key2 = (): number =>
    !hasPrecedences && right < left ? right * actorShift + left : left * actorShift + right;

  const everyone = m === 0 ? 0 : (1 << m) - 1;
  const ownDays = (mask: number): number => {
    let total = 0;
    for (let actor = 0; actor < m; actor += 1) {
      if ((mask & (1 << actor)) !== 0) total += cost[actor]! * remainingDays[actor]!;
    }
    return total;
  };

  /** Whether an actor of `mask` has more than one block left. */
  const someHaveMore = (mask: number): boolean => {
    for (let rest = mask; rest !== 0; rest &= rest - 1) {
      if (remainingOf[31 - Math.clz32(rest & -rest)]! > 1) return true;
    }
    return false;
  };

  /**
   * A lower bound on the cost to go: actors seen at neither end are paid at least their own days; for
   * those seen at one end, and the others' waiting, the orientation bound. When an end has too many
   * actors for it, or every actor at the ends has one block left, the end bound of each end (or the
   * cover bound, when higher) instead: with one block left per actor each end's own waiting is
   * Smith's rule, which the end bound gives exactly, and on such boards (Warwick1201, every actor in
   * two scenes) the rest of the orientation bound saved an eighth of the states at 1.6 times the time
   * per state.
   */
  const lowerBound = (budget: number): number => {
    const free = everyone & ~(left | right | both | finished);
    const own = ownDays(free);
    let ends = someHaveMore(left | right) ? orientationBound(left, right, free, budget - own) : -1;
    if (ends < 0) {
      ends = endBound(bounds, left) + endBound(bounds, right);
      if (left !== 0 && right !== 0) ends = Math.max(ends, coverBound(bounds, left, right));
    }
    const bound = own + ends;
    // Costs are integers: round up, forgiving floating-point noise in the split bound.
    return Math.ceil(bound - 1e-9 * Math.max(1, bound));
  };

  const poll = (): void => {
    expanded += 1;
    if (expanded % POLL_EVERY === 0 && stoppedBy === null) stoppedBy = options.stopReason();
  };

  // Scratch: the blocks available at the chosen end.
  const open = new Int32Array(n);

  /**
   * Whether another block available at this end should go before `block`: every actor on location at
   * this end (`near`) is in `other`, and every other actor of `other` still to pay is in `block`.
   * Moving `other` from anywhere later in an order to just before `block` then costs no more: no
   * actor's span gains a block (the actors of `other` are on location here already or start at
   * `block` anyway) and the actors it leaves behind can only lose one. When `block` also dominates
   * `other` (the same actors still to pay) the lower index goes first, so one of them always stays.
   */
  const dominated = (block: number, near: number, openCount: number): boolean => {
    const own = actorMask[block]! & ~both;
    for (let i = 0; i < openCount; i += 1) {
      const other = open[i]!;
      if (other === block) continue;
      const theirs = actorMask[other]! & ~both;
      if ((near & ~theirs) !== 0 || (theirs & ~(near | own)) !== 0) continue;
      const mutual = (near & ~own) === 0 && (own & ~(near | theirs)) === 0;
      if (!mutual || other < block) return true;
    }
    return false;
  };

  /**
   * Fills this depth's candidates, cheapest step first, all on one side (every order of Q starts with
   * one of its blocks and ends with one: either end alone covers them all). A block whose actors still
   * to pay are exactly those on location at an end goes there, alone: shooting it there costs no more
   * than anywhere else. Otherwise the side is the end whose actors on location cost less per day
   * (fewer, cheaper candidates to wait for; measured better than alternating on random instances, and
   * than the end with fewer candidates), without the blocks another one dominates (`dominated`).
   */
  const collectCandidates = (): number => {
    const base = depth * n;
    for (let block = 0; block < n; block += 1) {
      if (remaining[block] === 0) continue;
      const actors = actorMask[block]! & ~both;
      for (let side = 0; side < 2; side += 1) {
        if (actors !== (side === 0 ? left : right) || !available(block, side)) continue;
        candidates[base] = block;
        candidateCost[base] = stepCost(block, side);
        candidateSide[depth] = side;
        return 1;
      }
    }
    const side = payOf(left) >= payOf(right) ? 1 : 0;
    candidateSide[depth] = side;
    const near = side === 0 ? left : right;
    let openCount = 0;
    for (let block = 0; block < n; block += 1) {
      if (!available(block, side)) continue;
      open[openCount] = block;
      openCount += 1;
    }
    let count = 0;
    for (let i = 0; i < openCount; i += 1) {
      const block = open[i]!;
      if (dominated(block, near, openCount)) continue;
      const step = stepCost(block, side);
      let j = count - 1;
      while (j >= 0 && candidateCost[base + j]! > step) {
        candidates[base + j + 1] = candidates[base + j]!;
        candidateCost[base + j + 1] = candidateCost[base + j]!;
        j -= 1;
      }
      candidates[base + j + 1] = block;
      candidateCost[base + j + 1] = step;
      count += 1;
    }
    return count;
  };

  /**
   * The cost to go from the current state if it is below `budget` (then exact), else a lower bound
   * on it that is at least `budget`.
   */
  const solve = (budget: number): number => {
    if (depth === n) return 0;
    poll();
    if (stoppedBy !== null) return budget;
    const second = key2();
    let bound = -1;
    const slot = memo.find(key, second);
    if (slot >= 0) {
      if (memo.isExact(slot)) return memo.value(slot);
      bound = memo.value(slot);
      if (bound >= budget) return bound;
    }
    if (bound < 0) {
      bound = lowerBound(budget);
      if (bound >= budget) {
        memo.store(key, second, bound, false);
        return bound;
      }
    }
    const count = collectCandidates();
    const base = depth * n;
    const side = candidateSide[depth]!;
    let best = budget;
    let found = false;
    let failed = Number.POSITIVE_INFINITY;
    for (let i = 0; i < count; i += 1) {
      const block = candidates[base + i]!;
      const step = candidateCost[base + i]!;
      if (step >= best) {
        // Sorted by step cost: no later candidate fits either.
        failed = Math.min(failed, step);
        break;
      }
      place(block, side, step);
      const rest = solve(best - step);
      if (stoppedBy === null) {
        if (rest < best - step) {
          best = step + rest;
          found = true;
          if (!reconstructing && costSoFar[depth]! + rest < incumbent) record(rest);
        } else {
          failed = Math.min(failed, step + rest);
        }
      }
      unplace();
      if (stoppedBy !== null) return budget;
    }
    const value = found ? best : Math.max(bound, failed);
    memo.store(key, second, value, found);
    return value;
  };

  /** The block order through the current state: the front blocks, then the back ones reversed. */
  const currentOrder = (): number[] => {
    const front: number[] = [];
    const back: number[] = [];
    for (let i = 0; i < depth; i += 1) (sideAt[i] === 0 ? front : back).push(path[i]!);
    return [...front, ...back.reverse()];
  };

  /** Records the order through the current state, whose cost to go is `rest`, as the new best. */
  const record = (rest: number): void => {
    const previous = incumbent;
    incumbent = costSoFar[depth]! + rest;
    reconstructing = true;
    const complete = completeFrom(rest);
    reconstructing = false;
    if (complete === null) {
      incumbent = previous;
      return;
    }
    options.onImprovement(complete, incumbent);
  };

  /** An optimal completion of the current state, whose cost to go is `value` (null if stopped). */
  const completeFrom = (value: number): number[] | null => {
    const startDepth = depth;
    let rest = value;
    let complete = true;
    while (depth < n && complete) {
      complete = false;
      const count = collectCandidates();
      const base = depth * n;
      const side = candidateSide[depth]!;
      for (let i = 0; i < count && !complete; i += 1) {
        const block = candidates[base + i]!;
        const step = candidateCost[base + i]!;
        if (step > rest) break;
        place(block, side, step);
        if (solve(rest - step + 1) === rest - step && stoppedBy === null) {
          rest -= step;
          complete = true;
        } else {
          unplace();
        }
      }
    }
    const order = complete ? currentOrder() : null;
    while (depth > startDepth) unplace();
    return order;
  };

  const rootLowerBound = n === 0 ? 0 : lowerBound(Number.POSITIVE_INFINITY);
  if (n > 0 && rootLowerBound < incumbent) solve(incumbent);
  return { stoppedBy, rootLowerBound, statesExpanded: expanded };
};
