import type { TwoSidedBoundState } from './exact-two-sided-bounds.js';

/**
 * A lower bound on what the actors of `left` and `right` (as the two-sided search's L and R) and
 * `free` (its actors seen at neither end) are paid from the current state on, less the free actors'
 * own days; or -1 when an end has too many actors for it. Once the bound reaches `enough` it may stop
 * raising it (the search needs no more to prune).
 */
export type OrientationBound = (
  left: number,
  right: number,
  free: number,
  enough: number,
) => number;

// The bound runs a dynamic program over the subsets of each end's actors: past this many actors at
// one end it costs more than it saves, and the search falls back on its other bounds.
const MAX_END_ACTORS = 7;
// One more event per end: the free actor's finish (front) or start (back).
const EVENTS = MAX_END_ACTORS + 1;
// Placing a free actor tries every pair of subsets of the two ends' actors: past this many actors
// at both ends together the search does without it.
const MAX_ACTORS_WITH_FREE = 10;

type End = {
  /** The end's actors; event `i` is actor `actors[i]` finishing (front) or starting (back). */
  readonly actors: Int32Array;
  readonly cost: Float64Array;
  /** Per block still to shoot: its actors of this end, as event bits. */
  readonly blockMask: Int32Array;
  /** Per block still to shoot and event: the actor's pay per day left after the packings. */
  readonly pay: Float64Array;
  /** The blocks the program orders (indexes into the blocks still to shoot) and their event bits. */
  readonly list: Int32Array;
  readonly listMask: Int32Array;
  count: number;
  /** Per set of events done and next event: the waiting that event forces. */
  readonly step: Float64Array;
  readonly forward: Float64Array;
  readonly backward: Float64Array;
  /** Per set of the end's actors before the free actor's event: the end's cheapest waiting. */
  readonly around: Float64Array;
  /** Scratch: one block's waiting pay per day for each subset of events. */
  readonly sums: Float64Array;
};

/**
 * The orientation bound, for the actors seen at one end only (L at the front, on location from Q's
 * first day to their last block; R at the back, from their first block to Q's last day) and those
 * seen at neither end (F, all their blocks in Q). It includes the own days of L and R, not of F (the
 * caller adds those, with or without this bound).
 *
 * Fix the order in which the L actors finish. A block whose first-finishing L actor is `a` is shot
 * before `a` finishes, so every L actor finishing after `a` and not in the block waits through it:
 * that waiting is forced by the order alone, and shooting the blocks grouped by their first-finishing
 * actor pays exactly it. The cheapest order of finishing is a dynamic program over the sets of actors
 * finished first; the R actors, by the order in which they start, mirror it. Each end alone is then
 * exact (the weighted-completion bound of Garcia de la Banda et al. is a relaxation of it).
 *
 * The ends meet where spans must overlap. An L and an R actor who share a block still to shoot cover
 * all of Q between them, so one of them waits through every block that has neither. A free actor f
 * who shares blocks with L and with R actors splits Q in three: before f starts, every L actor
 * sharing a block with f is still on location; after f finishes, every such R actor already is; in
 * between, f is. So every block without f keeps one of those three groups waiting. In each block
 * these constraints are packed greedily (pairs first, dearest first), each taking an amount that
 * every alternative can pay from what its actors have left of their pay per day: a packing is owed
 * whichever way the constraints are met. What an actor gave is taken off what their forced waiting
 * in that block costs, so nothing is counted twice.
 *
 * A free actor f also joins both programs as one more event: their finish among the L actors' and
 * their start among the R actors'. A block with f is shot after f starts and before f finishes, which
 * forces more waiting at each end; and f waits through every block without f that has an L actor
 * finishing before f does and an R actor starting after f does. The bound takes the cheapest pair of
 * orders, for each free actor in turn, and keeps the highest.
 */
export const orientationBoundFor = (state: TwoSidedBoundState): OrientationBound => {
  const { n, m, cost, duration, actorMask, remaining, remainingDays, pairDays } = state;
  const makeEnd = (): End => ({
    actors: new Int32Array(EVENTS),
    cost: new Float64Array(EVENTS),
    blockMask: new Int32Array(n),
    pay: new Float64Array(n * EVENTS),
    list: new Int32Array(n),
    listMask: new Int32Array(n),
    count: 0,
    step: new Float64Array((1 << EVENTS) * EVENTS),
    forward: new Float64Array(1 << EVENTS),
    backward: new Float64Array(1 << EVENTS),
    around: new Float64Array(1 << MAX_END_ACTORS),
    sums: new Float64Array(1 << EVENTS),
  });
  const front = makeEnd();
  const back = makeEnd();
  // The blocks still to shoot, this call.
  const live = new Int32Array(n);
  // Pairs of a front and a back actor sharing a block (event indexes), the dearer first.
  const pairFront = new Int32Array(EVENTS * EVENTS);
  const pairBack = new Int32Array(EVENTS * EVENTS);
  const pairKey = new Float64Array(EVENTS * EVENTS);
  const shared = new Int32Array(n);
  const eventOf = new Int32Array(m);
  // Per block and free actor: their pay per day left after the packings.
  const freePay = new Float64Array(n * m);
  const starActor = new Int32Array(m);
  const starFront = new Int32Array(m);
  const starBack = new Int32Array(m);
  const hit = new Uint8Array(n);

  /** Lists an end's actors, with their pay and the blocks' event bits; returns how many. */
  const listActors = (end: End, mask: number, liveCount: number): number => {
    let k = 0;
    for (let actor = 0; actor < m; actor += 1) {
      if ((mask & (1 << actor)) === 0) continue;
      end.actors[k] = actor;
      end.cost[k] = cost[actor]!;
      eventOf[actor] = k;
      k += 1;
    }
    for (let b = 0; b < liveCount; b += 1) {
      let bits = 0;
      for (let rest = actorMask[live[b]!]! & mask; rest !== 0; rest &= rest - 1) {
        bits |= 1 << eventOf[31 - Math.clz32(rest & -rest)]!;
      }
      end.blockMask[b] = bits;
      // The free actor's event (index k) waits for nothing in the end's program: counted apart.
      end.pay[b * EVENTS + k] = 0;
    }
    return k;
  };

  /** Chooses the blocks the end's program orders: those with its actors, or with `extra` (event k). */
  const choose = (end: End, k: number, liveCount: number, extra: number): void => {
    let count = 0;
    for (let b = 0; b < liveCount; b += 1) {
      let bits = end.blockMask[b]!;
      if (extra >= 0 && (actorMask[live[b]!]! & (1 << extra)) !== 0) bits |= 1 << k;
      if (bits === 0) continue;
      end.list[count] = b;
      end.listMask[count] = bits;
      count += 1;
    }
    end.count = count;
  };

  /**
   * The cheapest forced waiting over the orders of the end's `k` events; with `both`, also the
   * cheapest from each set of events done to the end (`backward`).
   */
  const order = (end: End, k: number, both: boolean): number => {
    const full = (1 << k) - 1;
    const { step, forward, backward, pay, sums } = end;
    step.fill(0, 0, (full + 1) * EVENTS);
    for (let j = 0; j < end.count; j += 1) {
      // The block goes before the first of its events: when that is next, the events still to
      // come that are not in the block wait through it. Over the sets of events done before
      // (subsets of the others), with their waiting pay summed subset by subset.
      const inBlock = end.listMask[j]!;
      const others = full & ~inBlock;
      const days = duration[live[end.list[j]!]!]!;
      const row = end.list[j]! * EVENTS;
      sums[0] = 0;
      for (let subset = others & -others; subset !== 0; subset = (subset - others) & others) {
        const low = subset & -subset;
        sums[subset] = sums[subset ^ low]! + pay[row + 31 - Math.clz32(low)]!;
      }
      for (let done = 0; ; done = (done - others) & others) {
        const wait = sums[others & ~done]! * days;
        if (wait !== 0) {
          const at = done * EVENTS;
          for (let next = inBlock; next !== 0; next &= next - 1) {
            step[at + 31 - Math.clz32(next & -next)]! += wait;
          }
        }
        if (done === others) break;
      }
    }
    forward.fill(Number.POSITIVE_INFINITY, 0, full + 1);
    forward[0] = 0;
    for (let done = 0; done < full; done += 1) {
      const so = forward[done]!;
      const at = done * EVENTS;
      for (let next = full & ~done; next !== 0; next &= next - 1) {
        const i = 31 - Math.clz32(next & -next);
        const value = so + step[at + i]!;
        if (value < forward[done | (1 << i)]!) forward[done | (1 << i)] = value;
      }
    }
    if (both) {
      backward[full] = 0;
      for (let done = full - 1; done >= 0; done -= 1) {
        let value = Number.POSITIVE_INFINITY;
        const at = done * EVENTS;
        for (let next = full & ~done; next !== 0; next &= next - 1) {
          const i = 31 - Math.clz32(next & -next);
          value = Math.min(value, step[at + i]! + backward[done | (1 << i)]!);
        }
        backward[done] = value;
      }
    }
    return forward[full]!;
  };

  /**
   * The end's cheapest waiting with the free actor `f` as event `k`, for each set of the end's actors
   * whose events come before f's.
   */
  const aroundFree = (end: End, k: number, liveCount: number, f: number): void => {
    choose(end, k, liveCount, f);
    order(end, k + 1, true);
    const last = 1 << k;
    for (let before = 0; before < last; before += 1) {
      end.around[before] =
        end.forward[before]! + end.step[before * EVENTS + k]! + end.backward[before | last]!;
    }
  };

  /** Both ends' waiting with the free actor `f` placed, plus f's forced waiting, at its cheapest. */
  const withFree = (kLeft: number, kRight: number, liveCount: number, f: number): number => {
    aroundFree(front, kLeft, liveCount, f);
    aroundFree(back, kRight, liveCount, f);
    // The blocks without f that have actors of both ends: f waits through those shot after it starts
    // and before it finishes.
    let count = 0;
    for (let b = 0; b < liveCount; b += 1) {
      if (front.blockMask[b] === 0 || back.blockMask[b] === 0) continue;
      if ((actorMask[live[b]!]! & (1 << f)) !== 0) continue;
      shared[count] = b;
      count += 1;
    }
    let best = Number.POSITIVE_INFINITY;
    for (let before = 0; before < 1 << kLeft; before += 1) {
      const leftPart = front.around[before]!;
      if (leftPart >= best) continue;
      for (let j = 0; j < count; j += 1)
        hit[j] = (front.blockMask[shared[j]!]! & before) !== 0 ? 1 : 0;
      for (let after = 0; after < 1 << kRight; after += 1) {
        let value = leftPart + back.around[after]!;
        if (value >= best) continue;
        let days = 0;
        for (let j = 0; j < count; j += 1) {
          const b = shared[j]!;
          if (hit[j] === 1 && (back.blockMask[b]! & after) !== 0) {
            days += duration[live[b]!]! * freePay[b * m + f]!;
          }
        }
        value += days;
        if (value < best) best = value;
      }
    }
    return best;
  };

  /**
   * Packs each block's constraints (pairs, then free actors' three-way splits), fills the pay both
   * ends and the free actors have left in each block, and returns what the packings are worth.
   */
  const pack = (kLeft: number, kRight: number, liveCount: number, free: number): number => {
    let pairs = 0;
    for (let i = 0; i < kLeft; i += 1) {
      for (let j = 0; j < kRight; j += 1) {
        if (pairDays[front.actors[i]! * m + back.actors[j]!]! <= 0) continue;
        const key = Math.min(front.cost[i]!, back.cost[j]!);
        let at = pairs;
        while (at > 0 && pairKey[at - 1]! < key) {
          pairFront[at] = pairFront[at - 1]!;
          pairBack[at] = pairBack[at - 1]!;
          pairKey[at] = pairKey[at - 1]!;
          at -= 1;
        }
        pairFront[at] = i;
        pairBack[at] = j;
        pairKey[at] = key;
        pairs += 1;
      }
    }
    // Free actors sharing blocks with actors of both ends, with the actors they share blocks with.
    let stars = 0;
    for (let rest = free; rest !== 0; rest &= rest - 1) {
      const f = 31 - Math.clz32(rest & -rest);
      let l = 0;
      for (let i = 0; i < kLeft; i += 1) if (pairDays[front.actors[i]! * m + f]! > 0) l |= 1 << i;
      let r = 0;
      for (let j = 0; j < kRight; j += 1) if (pairDays[back.actors[j]! * m + f]! > 0) r |= 1 << j;
      if (l === 0 || r === 0) continue;
      starActor[stars] = f;
      starFront[stars] = l;
      starBack[stars] = r;
      stars += 1;
    }
    let worth = 0;
    for (let b = 0; b < liveCount; b += 1) {
      const row = b * EVENTS;
      const inFront = front.blockMask[b]!;
      const inBack = back.blockMask[b]!;
      const actors = actorMask[live[b]!]!;
      for (let i = 0; i < kLeft; i += 1) front.pay[row + i] = front.cost[i]!;
      for (let j = 0; j < kRight; j += 1) back.pay[row + j] = back.cost[j]!;
      for (let rest = free; rest !== 0; rest &= rest - 1) {
        const f = 31 - Math.clz32(rest & -rest);
        freePay[b * m + f] = cost[f]!;
      }
      let value = 0;
      for (let p = 0; p < pairs; p += 1) {
        const i = pairFront[p]!;
        const j = pairBack[p]!;
        if ((inFront & (1 << i)) !== 0 || (inBack & (1 << j)) !== 0) continue;
        const give = Math.min(front.pay[row + i]!, back.pay[row + j]!);
        if (give <= 0) continue;
        front.pay[row + i]! -= give;
        back.pay[row + j]! -= give;
        value += give;
      }
      // Before f starts, all of `l` wait; while f is on, f does; after f finishes, all of `r` do.
      for (let t = 0; t < stars; t += 1) {
        const f = starActor[t]!;
        if ((actors & (1 << f)) !== 0) continue;
        const l = starFront[t]! & ~inFront;
        const r = starBack[t]! & ~inBack;
        if (l === 0 || r === 0) continue;
        let give = freePay[b * m + f]!;
        let sum = 0;
        for (let x = l; x !== 0; x &= x - 1) sum += front.pay[row + 31 - Math.clz32(x & -x)]!;
        give = Math.min(give, sum);
        sum = 0;
        for (let x = r; x !== 0; x &= x - 1) sum += back.pay[row + 31 - Math.clz32(x & -x)]!;
        give = Math.min(give, sum);
        if (give <= 0) continue;
        freePay[b * m + f]! -= give;
        let owed = give;
        for (let x = l; x !== 0 && owed > 0; x &= x - 1) {
          const at = row + 31 - Math.clz32(x & -x);
          const take = Math.min(owed, front.pay[at]!);
          front.pay[at]! -= take;
          owed -= take;
        }
        owed = give;
        for (let x = r; x !== 0 && owed > 0; x &= x - 1) {
          const at = row + 31 - Math.clz32(x & -x);
          const take = Math.min(owed, back.pay[at]!);
          back.pay[at]! -= take;
          owed -= take;
        }
        value += give;
      }
      worth += value * duration[live[b]!]!;
    }
    return worth;
  };

  return (left, right, free, enough) => {
    if (popCount(left) > MAX_END_ACTORS || popCount(right) > MAX_END_ACTORS) return -1;
    let liveCount = 0;
    for (let block = 0; block < n; block += 1) {
      if (remaining[block] === 1) {
        live[liveCount] = block;
        liveCount += 1;
      }
    }
    let total = 0;
    for (let actor = 0; actor < m; actor += 1) {
      if (((left | right) & (1 << actor)) !== 0) total += cost[actor]! * remainingDays[actor]!;
    }
    const kLeft = listActors(front, left, liveCount);
    const kRight = listActors(back, right, liveCount);
    total += pack(kLeft, kRight, liveCount, free);
    choose(front, kLeft, liveCount, -1);
    choose(back, kRight, liveCount, -1);
    let waiting = order(front, kLeft, false) + order(back, kRight, false);
    // A free actor changes nothing unless both ends have actors (it can finish last, or start first).
    // Each try costs a pair of programs and a pass over the pairs of subsets: stop once the bound is
    // enough for the search.
    if (kLeft > 0 && kRight > 0 && kLeft + kRight <= MAX_ACTORS_WITH_FREE) {
      for (let rest = free; rest !== 0 && total + waiting < enough; rest &= rest - 1) {
        waiting = Math.max(
          waiting,
          withFree(kLeft, kRight, liveCount, 31 - Math.clz32(rest & -rest)),
        );
      }
    }
    return total + waiting;
  };
};

const popCount = (mask: number): number => {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count += 1;
  return count;
};
