import type { CompiledProblem } from './compiled-problem.js';

// Hot code: typed-array reads use `!` because every index below is in range by construction, and
// `?? 0` would hide an indexing bug behind a plausible cost.

/** A move that breaks a precedence or does nothing. */
export const INFEASIBLE = Number.POSITIVE_INFINITY;

/**
 * An order of the scenes with everything needed to price a move without recomputing the schedule:
 * positions, start days, and each actor's first and last position. The cost of a block move or a
 * reversal is found in O(actors + block) (plus a short scan for an actor's next appearance), instead of
 * the O(scenes × actors) of a full evaluation; `evaluate…` leaves the actors' new first/last positions
 * in scratch arrays so that `apply…` right after it can commit them.
 *
 * The cost is kept as actor cost + Σ over run starts of the location's revisit cost; the constant
 * difference to `scheduleCost` (each used location's first visit) is subtracted once in `cost`.
 */
export class OrderState {
  readonly order: Int32Array;
  readonly position: Int32Array;
  /** `startDay[p]`: the day the scene at position p starts; `startDay[n]` is the shoot's length. */
  readonly startDay: Float64Array;
  readonly first: Int32Array;
  readonly last: Int32Array;
  private total = 0;
  private readonly firstVisits: number;
  private readonly nextFirst: Int32Array;
  private readonly nextLast: Int32Array;
  private readonly mark: Int32Array;
  private readonly blockFirst: Int32Array;
  private readonly blockLast: Int32Array;
  private readonly buffer: Int32Array;
  private epoch = 0;

  constructor(private readonly p: CompiledProblem) {
    const n = p.sceneCount;
    const m = p.actorCount;
    this.order = new Int32Array(n);
    this.position = new Int32Array(n);
    this.startDay = new Float64Array(n + 1);
    this.first = new Int32Array(m).fill(-1);
    this.last = new Int32Array(m).fill(-1);
    this.nextFirst = new Int32Array(m).fill(-1);
    this.nextLast = new Int32Array(m).fill(-1);
    this.mark = new Int32Array(m);
    this.blockFirst = new Int32Array(m);
    this.blockLast = new Int32Array(m);
    this.buffer = new Int32Array(n);
    let firstVisits = 0;
    for (let l = 0; l < p.revisitCost.length; l += 1) {
      if (p.locationSceneStart[l + 1]! > p.locationSceneStart[l]!) firstVisits += p.revisitCost[l]!;
    }
    this.firstVisits = firstVisits;
  }

  /** The total, as `scheduleCost(problem, order).total` computes it. */
  get cost(): number {
    return this.total;
  }

  /** Replaces the order and recomputes everything from scratch. */
  load(order: ArrayLike<number>): void {
    const p = this.p;
    const n = p.sceneCount;
    const m = p.actorCount;
    for (let i = 0; i < n; i += 1) {
      const scene = order[i]!;
      this.order[i] = scene;
      this.position[scene] = i;
      this.startDay[i + 1] = this.startDay[i]! + p.duration[scene]!;
    }
    this.first.fill(-1);
    this.last.fill(-1);
    for (let i = 0; i < n; i += 1) {
      const scene = this.order[i]!;
      for (let x = p.sceneActorStart[scene]!; x < p.sceneActorStart[scene + 1]!; x += 1) {
        const a = p.sceneActors[x]!;
        if (this.first[a] === -1) this.first[a] = i;
        this.last[a] = i;
      }
    }
    let actorCost = 0;
    for (let a = 0; a < m; a += 1) {
      const f = this.first[a]!;
      if (f < 0) continue;
      actorCost += p.actorCost[a]! * (this.startDay[this.last[a]! + 1]! - this.startDay[f]!);
    }
    let runCost = 0;
    for (let i = 0; i < n; i += 1) {
      runCost += this.pairCost(i === 0 ? -1 : this.order[i - 1]!, this.order[i]!);
    }
    this.total = actorCost + runCost - this.firstVisits;
    this.nextFirst.set(this.first);
    this.nextLast.set(this.last);
  }

  /** What `scene` pays when it follows `previous` (-1: the first scene): a new run at its location. */
  private pairCost(previous: number, scene: number): number {
    const location = this.p.location[scene]!;
    if (location < 0) return 0;
    if (previous >= 0 && this.p.location[previous]! === location) return 0;
    return this.p.revisitCost[location]!;
  }

  /** The first position after `after` holding a scene of actor `a`, or -1. */
  private nextAppearance(a: number, after: number): number {
    const p = this.p;
    const from = p.actorSceneStart[a]!;
    const to = p.actorSceneStart[a + 1]!;
    // An actor in few scenes: look at their scenes; in many: walk the order (a hit comes soon).
    if (to - from <= 8) {
      let best = -1;
      for (let x = from; x < to; x += 1) {
        const at = this.position[p.actorScenes[x]!]!;
        if (at > after && (best < 0 || at < best)) best = at;
      }
      return best;
    }
    const m = p.actorCount;
    for (let i = after + 1; i < p.sceneCount; i += 1) {
      if (p.member[this.order[i]! * m + a] === 1) return i;
    }
    return -1;
  }

  /** The last position before `before` holding a scene of actor `a`, or -1. */
  private previousAppearance(a: number, before: number): number {
    const p = this.p;
    const from = p.actorSceneStart[a]!;
    const to = p.actorSceneStart[a + 1]!;
    if (to - from <= 8) {
      let best = -1;
      for (let x = from; x < to; x += 1) {
        const at = this.position[p.actorScenes[x]!]!;
        if (at < before && at > best) best = at;
      }
      return best;
    }
    const m = p.actorCount;
    for (let i = before - 1; i >= 0; i -= 1) {
      if (p.member[this.order[i]! * m + a] === 1) return i;
    }
    return -1;
  }

  /**
   * The cost change of taking the block of `length` scenes at `from` out and putting it back so that it
   * starts at `to` in the shortened order (0 ≤ to ≤ n − length, to ≠ from); INFEASIBLE when that breaks
   * a precedence.
   */
  evaluateBlockMove(from: number, length: number, to: number): number {
    const p = this.p;
    const end = from + length - 1;
    const order = this.order;
    const position = this.position;
    const S = this.startDay;
    // Precedences: moving earlier passes the scenes at [to, from); later, those at (end, to + length).
    if (to < from) {
      for (let i = from; i <= end; i += 1) {
        const scene = order[i]!;
        for (let x = p.predecessorStart[scene]!; x < p.predecessorStart[scene + 1]!; x += 1) {
          const at = position[p.predecessors[x]!]!;
          if (at >= to && at < from) return INFEASIBLE;
        }
      }
    } else {
      const passed = to + length - 1;
      for (let i = from; i <= end; i += 1) {
        const scene = order[i]!;
        for (let x = p.successorStart[scene]!; x < p.successorStart[scene + 1]!; x += 1) {
          const at = position[p.successors[x]!]!;
          if (at > end && at <= passed) return INFEASIBLE;
        }
      }
    }
    const blockDays = S[end + 1]! - S[from]!;
    this.epoch += 1;
    const epoch = this.epoch;
    for (let i = from; i <= end; i += 1) {
      const scene = order[i]!;
      for (let x = p.sceneActorStart[scene]!; x < p.sceneActorStart[scene + 1]!; x += 1) {
        const a = p.sceneActors[x]!;
        if (this.mark[a] !== epoch) {
          this.mark[a] = epoch;
          this.blockFirst[a] = i;
        }
        this.blockLast[a] = i;
      }
    }
    // Where the block starts, in days, once it is back in.
    const blockStart = to < from ? S[to]! : S[to + length]! - blockDays;
    const shift = to - from;
    let delta = 0;
    const m = p.actorCount;
    for (let a = 0; a < m; a += 1) {
      const f = this.first[a]!;
      if (f < 0) continue;
      const l = this.last[a]!;
      if (this.mark[a] !== epoch) {
        // Not in the block: their span gains the block if it lands inside, loses it if it was inside.
        const rf = f < from ? f : f - length;
        const rl = l < from ? l : l - length;
        const wasInside = f < from && l > end;
        const isInside = rf < to && rl >= to;
        if (wasInside !== isInside) {
          delta += p.actorCost[a]! * (isInside ? blockDays : -blockDays);
        }
        this.nextFirst[a] = rf < to ? rf : rf + length;
        this.nextLast[a] = rl < to ? rl : rl + length;
        continue;
      }
      const outsideFirst = f < from ? f : l > end ? this.nextAppearance(a, end) : -1;
      const outsideLast = l > end ? l : f < from ? this.previousAppearance(a, from) : -1;
      const bf = this.blockFirst[a]!;
      const bl = this.blockLast[a]!;
      let firstAt = bf + shift;
      let firstDay = blockStart + (S[bf]! - S[from]!);
      if (outsideFirst >= 0) {
        const r = outsideFirst < from ? outsideFirst : outsideFirst - length;
        const at = r < to ? r : r + length;
        if (at < firstAt) {
          firstAt = at;
          const day = outsideFirst < from ? S[outsideFirst]! : S[outsideFirst]! - blockDays;
          firstDay = r < to ? day : day + blockDays;
        }
      }
      let lastAt = bl + shift;
      let endDay = blockStart + (S[bl + 1]! - S[from]!);
      if (outsideLast >= 0) {
        const r = outsideLast < from ? outsideLast : outsideLast - length;
        const at = r < to ? r : r + length;
        if (at > lastAt) {
          lastAt = at;
          const day = outsideLast < from ? S[outsideLast + 1]! : S[outsideLast + 1]! - blockDays;
          endDay = r < to ? day : day + blockDays;
        }
      }
      delta += p.actorCost[a]! * (endDay - firstDay - (S[l + 1]! - S[f]!));
      this.nextFirst[a] = firstAt;
      this.nextLast[a] = lastAt;
    }
    // Location runs: only the seams at the old and the new place of the block change.
    const n = p.sceneCount;
    const before = from > 0 ? order[from - 1]! : -1;
    const after = end + 1 < n ? order[end + 1]! : -1;
    const head = order[from]!;
    const tail = order[end]!;
    delta -= this.pairCost(before, head);
    if (after >= 0) delta += this.pairCost(before, after) - this.pairCost(tail, after);
    // The neighbours at the new place, in the order without the block.
    const left = to === 0 ? -1 : order[to - 1 < from ? to - 1 : to - 1 + length]!;
    const right = to >= n - length ? -1 : order[to < from ? to : to + length]!;
    if (right >= 0) delta += this.pairCost(tail, right) - this.pairCost(left, right);
    delta += this.pairCost(left, head);
    return delta;
  }

  /** Commits the block move just evaluated (with the same arguments) and its cost change. */
  applyBlockMove(from: number, length: number, to: number, delta: number): void {
    const order = this.order;
    const end = from + length - 1;
    this.buffer.set(order.subarray(from, end + 1));
    if (to < from) {
      order.copyWithin(to + length, to, from);
    } else {
      order.copyWithin(from, end + 1, to + length);
    }
    order.set(this.buffer.subarray(0, length), to);
    const low = Math.min(from, to);
    const high = Math.max(end, to + length - 1);
    this.refresh(low, high);
    this.first.set(this.nextFirst);
    this.last.set(this.nextLast);
    this.total += delta;
  }

  /** The cost change of reversing the scenes at positions [from, end]; INFEASIBLE if precedences break. */
  evaluateReversal(from: number, end: number): number {
    const p = this.p;
    const order = this.order;
    const S = this.startDay;
    for (let i = from; i <= end; i += 1) {
      const scene = order[i]!;
      for (let x = p.successorStart[scene]!; x < p.successorStart[scene + 1]!; x += 1) {
        if (this.position[p.successors[x]!]! <= end) return INFEASIBLE;
      }
    }
    this.epoch += 1;
    const epoch = this.epoch;
    for (let i = from; i <= end; i += 1) {
      const scene = order[i]!;
      for (let x = p.sceneActorStart[scene]!; x < p.sceneActorStart[scene + 1]!; x += 1) {
        const a = p.sceneActors[x]!;
        if (this.mark[a] !== epoch) {
          this.mark[a] = epoch;
          this.blockFirst[a] = i;
        }
        this.blockLast[a] = i;
      }
    }
    let delta = 0;
    const mirror = from + end;
    const mirrorDays = S[from]! + S[end + 1]!;
    const m = p.actorCount;
    for (let a = 0; a < m; a += 1) {
      const f = this.first[a]!;
      const l = this.last[a]!;
      this.nextFirst[a] = f;
      this.nextLast[a] = l;
      if (f < 0 || this.mark[a] !== epoch || (f < from && l > end)) continue;
      const bf = this.blockFirst[a]!;
      const bl = this.blockLast[a]!;
      // A scene at position x in the block moves to from + end − x and starts on day
      // S[from] + S[end + 1] − S[x + 1].
      const firstDay = f < from ? S[f]! : mirrorDays - S[bl + 1]!;
      const endDay = l > end ? S[l + 1]! : mirrorDays - S[bf]!;
      delta += p.actorCost[a]! * (endDay - firstDay - (S[l + 1]! - S[f]!));
      if (f >= from) this.nextFirst[a] = mirror - bl;
      if (l <= end) this.nextLast[a] = mirror - bf;
    }
    const n = p.sceneCount;
    const before = from > 0 ? order[from - 1]! : -1;
    const after = end + 1 < n ? order[end + 1]! : -1;
    delta += this.pairCost(before, order[end]!) - this.pairCost(before, order[from]!);
    if (after >= 0) delta += this.pairCost(order[from]!, after) - this.pairCost(order[end]!, after);
    for (let i = from; i < end; i += 1) {
      delta += this.pairCost(order[i + 1]!, order[i]!) - this.pairCost(order[i]!, order[i + 1]!);
    }
    return delta;
  }

  /** Commits the reversal just evaluated. */
  applyReversal(from: number, end: number, delta: number): void {
    this.order.subarray(from, end + 1).reverse();
    this.refresh(from, end);
    this.first.set(this.nextFirst);
    this.last.set(this.nextLast);
    this.total += delta;
  }

  private refresh(low: number, high: number): void {
    const p = this.p;
    for (let i = low; i <= high; i += 1) {
      const scene = this.order[i]!;
      this.position[scene] = i;
      this.startDay[i + 1] = this.startDay[i]! + p.duration[scene]!;
    }
  }
}
