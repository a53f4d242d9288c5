import { exactMemoTable } from './exact-memo-table.js';
import type { ExactReduction } from './exact-reduction.js';

export type ExactSearchOptions = {
  /** The search looks for block orders costing strictly less than this (in the reduced problem). */
  readonly upperBound: number;
  /** Polled every few thousand states: a reason to stop, or null to go on. */
  readonly stopReason: () => 'time-limit' | 'cancelled' | null;
  /** Called with each block order that beats every order found before it. */
  readonly onImprovement: (blockOrder: readonly number[], cost: number) => void;
  /** Memo size limit in slots (a power of two); past it the search goes on without memoising. */
  readonly maxMemoSlots: number;
};

export type ExactSearchOutcome = {
  /** Null when the search ran to the end: then nothing costs less than the last improvement. */
  readonly stoppedBy: 'time-limit' | 'cancelled' | null;
  /** A lower bound on every block order's cost, from the empty schedule. */
  readonly rootLowerBound: number;
  readonly statesExpanded: number;
};

// States between polls of the clock: a poll costs far more than a state.
const POLL_EVERY = 1024;
// Keys hold the scheduled set as the bits of a double: exact up to 2^53.
const MAX_KEY = 2 ** 53;

/**
 * Dynamic programming over the set of scheduled blocks (Garcia de la Banda, Stuckey & Chu, "Solving
 * talent scheduling with dynamic programming", INFORMS J. Computing 2011), depth first with bounds: a
 * state is the scheduled set and the last location; its value is the cheapest cost to go, memoised
 * either exactly or as a lower bound from a search that found nothing under its budget.
 *
 * Cost of shooting block b next: duration × (pay of every actor started and not finished, plus the
 * actors b starts), plus the location's revisit cost when it returns to a location already left.
 */
export const runExactSearch = (
  reduction: ExactReduction,
  options: ExactSearchOptions,
): ExactSearchOutcome => {
  const n = reduction.blockDuration.length;
  const m = reduction.actorCost.length;
  const locationCount = reduction.locationRevisitCost.length;
  const noLocation = locationCount;
  const slots = locationCount + 1;
  const hasLocations = reduction.blockLocation.some((location) => location >= 0);

  const duration = Float64Array.from(reduction.blockDuration);
  const cost = Float64Array.from(reduction.actorCost);
  const revisit = Float64Array.from(reduction.locationRevisitCost);
  const location = Int32Array.from(reduction.blockLocation, (l) => (l >= 0 ? l : noLocation));
  const actorStart = new Int32Array(n + 1);
  reduction.blockActors.forEach((actors, block) => {
    actorStart[block + 1] = actorStart[block]! + actors.length;
  });
  const actorList = Int32Array.from(reduction.blockActors.flat());
  const predecessorsLeft = new Int32Array(n);
  const successors: number[][] = Array.from({ length: n }, () => []);
  for (const [before, after] of reduction.blockPrecedences) {
    predecessorsLeft[after]! += 1;
    successors[before]!.push(after);
  }
  const successorStart = new Int32Array(n + 1);
  successors.forEach((list, block) => {
    successorStart[block + 1] = successorStart[block]! + list.length;
  });
  const successorList = Int32Array.from(successors.flat());
  const bit = Float64Array.from({ length: n }, (_, block) => 2 ** block);

  // The state, changed by `schedule` and restored by `unschedule`.
  const remainingOf = new Int32Array(m);
  const remainingDays = new Float64Array(m);
  const doneOf = new Int32Array(m);
  for (let block = 0; block < n; block += 1) {
    for (let i = actorStart[block]!; i < actorStart[block + 1]!; i += 1) {
      remainingOf[actorList[i]!]! += 1;
      remainingDays[actorList[i]!]! += duration[block]!;
    }
  }
  let onCost = 0; // pay per day of the actors started and not finished ("on location")
  let onCount = 0;
  const visitedAt = new Int32Array(slots);
  const remainingAt = new Int32Array(slots);
  for (let block = 0; block < n; block += 1) remainingAt[location[block]!]! += 1;
  let last = noLocation;
  const lastBefore = new Int32Array(n + 1);
  const scheduled = new Uint8Array(n);
  let depth = 0;
  const path = new Int32Array(n);
  const costSoFar = new Float64Array(n + 1);
  let key = 0;

  const useMemo = n > 0 && 2 ** n <= MAX_KEY;
  const memo = exactMemoTable(useMemo ? options.maxMemoSlots : 1);
  // Per depth: the candidate blocks and their step costs, sorted.
  const candidates = new Int32Array(n * n);
  const candidateCost = new Float64Array(n * n);
  const ratio = new Float64Array(m);
  const onActors = new Int32Array(m);

  let incumbent = options.upperBound;
  let stoppedBy: 'time-limit' | 'cancelled' | null = null;
  let expanded = 0;
  let reconstructing = false;

  const stepCost = (block: number): number => {
    let starting = 0;
    for (let i = actorStart[block]!; i < actorStart[block + 1]!; i += 1) {
      const actor = actorList[i]!;
      if (doneOf[actor] === 0) starting += cost[actor]!;
    }
    let result = duration[block]! * (onCost + starting);
    const at = location[block]!;
    if (at !== noLocation && at !== last && visitedAt[at]! > 0) result += revisit[at]!;
    return result;
  };

  const schedule = (block: number, step: number): void => {
    for (let i = actorStart[block]!; i < actorStart[block + 1]!; i += 1) {
      const actor = actorList[i]!;
      const wasOn = doneOf[actor]! > 0;
      doneOf[actor]! += 1;
      remainingOf[actor]! -= 1;
      remainingDays[actor]! -= duration[block]!;
      const isOn = remainingOf[actor]! > 0;
      if (wasOn && !isOn) {
        onCost -= cost[actor]!;
        onCount -= 1;
      } else if (!wasOn && isOn) {
        onCost += cost[actor]!;
        onCount += 1;
      }
    }
    const at = location[block]!;
    visitedAt[at]! += 1;
    remainingAt[at]! -= 1;
    lastBefore[depth] = last;
    last = at;
    for (let i = successorStart[block]!; i < successorStart[block + 1]!; i += 1) {
      predecessorsLeft[successorList[i]!]! -= 1;
    }
    scheduled[block] = 1;
    key += bit[block]!;
    path[depth] = block;
    costSoFar[depth + 1] = costSoFar[depth]! + step;
    depth += 1;
  };

  const unschedule = (block: number): void => {
    depth -= 1;
    key -= bit[block]!;
    scheduled[block] = 0;
    for (let i = successorStart[block]!; i < successorStart[block + 1]!; i += 1) {
      predecessorsLeft[successorList[i]!]! += 1;
    }
    last = lastBefore[depth]!;
    const at = location[block]!;
    visitedAt[at]! -= 1;
    remainingAt[at]! += 1;
    for (let i = actorStart[block]!; i < actorStart[block + 1]!; i += 1) {
      const actor = actorList[i]!;
      const isOn = remainingOf[actor]! > 0;
      doneOf[actor]! -= 1;
      remainingOf[actor]! += 1;
      remainingDays[actor]! += duration[block]!;
      const wasOn = doneOf[actor]! > 0;
      if (wasOn && !isOn) {
        onCost += cost[actor]!;
        onCount += 1;
      } else if (!wasOn && isOn) {
        onCost -= cost[actor]!;
        onCount -= 1;
      }
    }
  };

  /**
   * A lower bound on the cost to go. Actors not started are paid at least their own days. The actors
   * on location are paid until their last block: a weighted completion time problem, bounded by
   * splitting each block among its on-location actors in proportion to their pay and sequencing the
   * actors by Smith's rule, plus what splitting a block gives away (the bound of Garcia de la Banda et
   * al.). Each location left and still to be shot costs at least one revisit.
   */
  const lowerBound = (): number => {
    let bound = 0;
    let onFixed = 0;
    let count = 0;
    for (let actor = 0; actor < m; actor += 1) {
      if (remainingOf[actor] === 0) continue;
      if (doneOf[actor] === 0) {
        bound += cost[actor]! * remainingDays[actor]!;
      } else {
        onFixed += cost[actor]! * remainingDays[actor]!;
        ratio[actor] = 0;
        onActors[count] = actor;
        count += 1;
      }
    }
    if (count > 0) {
      let split = 0;
      for (let block = 0; block < n; block += 1) {
        if (scheduled[block] === 1) continue;
        let total = 0;
        let squares = 0;
        for (let i = actorStart[block]!; i < actorStart[block + 1]!; i += 1) {
          const actor = actorList[i]!;
          if (doneOf[actor] === 0) continue;
          total += cost[actor]!;
          squares += cost[actor]! * cost[actor]!;
        }
        if (total === 0) continue;
        const share = duration[block]! / total;
        for (let i = actorStart[block]!; i < actorStart[block + 1]!; i += 1) {
          const actor = actorList[i]!;
          if (doneOf[actor]! > 0) ratio[actor]! += share;
        }
        split += (duration[block]! * (total - squares / total)) / 2;
      }
      // Insertion sort by ratio (then index, for determinism): there are few actors.
      for (let i = 1; i < count; i += 1) {
        const actor = onActors[i]!;
        let j = i - 1;
        while (j >= 0 && ratio[onActors[j]!]! > ratio[actor]!) {
          onActors[j + 1] = onActors[j]!;
          j -= 1;
        }
        onActors[j + 1] = actor;
      }
      let elapsed = 0;
      let weighted = 0;
      for (let i = 0; i < count; i += 1) {
        const actor = onActors[i]!;
        elapsed += cost[actor]! * ratio[actor]!;
        weighted += cost[actor]! * elapsed;
      }
      bound += Math.max(onFixed, weighted + split);
    }
    if (hasLocations) {
      for (let at = 0; at < locationCount; at += 1) {
        if (at !== last && visitedAt[at]! > 0 && remainingAt[at]! > 0) bound += revisit[at]!;
      }
    }
    // Costs are integers: round up, forgiving floating-point noise in the split bound.
    return Math.ceil(bound - 1e-9 * Math.max(1, bound));
  };

  const poll = (): void => {
    expanded += 1;
    if (expanded % POLL_EVERY === 0 && stoppedBy === null) stoppedBy = options.stopReason();
  };

  /**
   * The cost to go from the current state if it is below `budget` (then exact), else a lower bound
   * on it that is at least `budget`.
   */
  const solve = (budget: number): number => {
    if (depth === n) return 0;
    poll();
    if (stoppedBy !== null) return budget;

    let bound = -1;
    if (useMemo) {
      const slot = memo.find(key, last);
      if (slot >= 0) {
        if (memo.isExact(slot)) return memo.value(slot);
        bound = memo.value(slot);
        if (bound >= budget) return bound;
      }
    }
    if (bound < 0) {
      bound = lowerBound();
      if (bound >= budget) {
        if (useMemo) memo.store(key, last, bound, false);
        return bound;
      }
    }
    const count = collectCandidates();
    const base = depth * n;
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
      schedule(block, step);
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
      unschedule(block);
      if (stoppedBy !== null) return budget;
    }
    const value = found ? best : Math.max(bound, failed);
    if (useMemo) memo.store(key, last, value, found);
    return value;
  };

  /**
   * Fills this depth's candidates, cheapest step first. When a block's actors are exactly the actors on
   * location (and it stays at the current location), it alone is a candidate: shooting it now costs
   * no more than anywhere later (moving it forward shortens or shifts every other actor's span).
   */
  const collectCandidates = (): number => {
    const base = depth * n;
    let count = 0;
    for (let block = 0; block < n; block += 1) {
      if (scheduled[block] === 1 || predecessorsLeft[block]! > 0) continue;
      const from = actorStart[block]!;
      const to = actorStart[block + 1]!;
      if (to - from === onCount && (!hasLocations || (depth > 0 && location[block] === last))) {
        let allOn = true;
        for (let i = from; i < to && allOn; i += 1) allOn = doneOf[actorList[i]!]! > 0;
        if (allOn) {
          candidates[base] = block;
          candidateCost[base] = stepCost(block);
          return 1;
        }
      }
      const step = stepCost(block);
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

  /** Records the order through the current state, whose cost to go is `rest`, as the new best. */
  const record = (rest: number): void => {
    const previous = incumbent;
    incumbent = costSoFar[depth]! + rest;
    reconstructing = true;
    const suffix = completeFrom(rest);
    reconstructing = false;
    if (suffix === null) {
      incumbent = previous;
      return;
    }
    options.onImprovement([...path.subarray(0, depth), ...suffix], incumbent);
  };

  /** An optimal completion of the current state, whose cost to go is `value` (null if stopped). */
  const completeFrom = (value: number): number[] | null => {
    const startDepth = depth;
    let remaining = value;
    let complete = true;
    while (depth < n && complete) {
      complete = false;
      for (let block = 0; block < n && !complete; block += 1) {
        if (scheduled[block] === 1 || predecessorsLeft[block]! > 0) continue;
        const step = stepCost(block);
        if (step > remaining) continue;
        schedule(block, step);
        if (solve(remaining - step + 1) === remaining - step && stoppedBy === null) {
          remaining -= step;
          complete = true;
        } else {
          unschedule(block);
        }
      }
    }
    const suffix = complete ? [...path.subarray(startDepth, depth)] : null;
    while (depth > startDepth) unschedule(path[depth - 1]!);
    return suffix;
  };

  const rootLowerBound = n === 0 ? 0 : lowerBound();
  if (n > 0 && rootLowerBound < incumbent) solve(incumbent);
  return { stoppedBy, rootLowerBound, statesExpanded: expanded };
};
