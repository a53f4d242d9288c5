import { LIGHT_DAY, type CompiledBoard } from './compile-board.js';

/** Stamps are compared for equality only; restarting them well before 2^31 keeps them Int32. */
const STAMP_LIMIT = 1 << 30;
/**
 * The pass state is kept every this many positions: a candidate is priced from the checkpoint at or
 * before its first change (a few units replayed), and the pass writes its state a quarter as often.
 */
const CHECKPOINT = 4;

/** The packing and the running price before positions of an order (every `CHECKPOINT`th is kept). */
class PassStates {
  readonly day: Int32Array;
  /** The first position of the day the unit at each position is on. */
  readonly dayStart: Int32Array;
  readonly eighths: Float64Array;
  readonly minutes: Float64Array;
  readonly night: Uint8Array;
  readonly currentSet: Int32Array;
  readonly violations: Int32Array;
  readonly moves: Int32Array;
  readonly castCost: Float64Array;
  readonly holdDays: Float64Array;
  readonly dayOf: Int32Array;
  /** 1 where the unit breaks a date rule: cast or location unavailable, or a short turnaround. */
  readonly conflict: Uint8Array;

  constructor(n: number) {
    this.day = new Int32Array(n + 1);
    this.dayStart = new Int32Array(n + 1);
    this.eighths = new Float64Array(n + 1);
    this.minutes = new Float64Array(n + 1);
    this.night = new Uint8Array(n + 1);
    this.currentSet = new Int32Array(n + 1);
    this.violations = new Int32Array(n + 1);
    this.moves = new Int32Array(n + 1);
    this.castCost = new Float64Array(n + 1);
    this.holdDays = new Float64Array(n + 1);
    this.dayOf = new Int32Array(n);
    this.conflict = new Uint8Array(n);
  }

  copyAt(other: PassStates, i: number): void {
    this.day[i] = other.day[i]!;
    this.dayStart[i] = other.dayStart[i]!;
    this.eighths[i] = other.eighths[i]!;
    this.minutes[i] = other.minutes[i]!;
    this.night[i] = other.night[i]!;
    this.currentSet[i] = other.currentSet[i]!;
    this.violations[i] = other.violations[i]!;
    this.moves[i] = other.moves[i]!;
    this.castCost[i] = other.castCost[i]!;
    this.holdDays[i] = other.holdDays[i]!;
  }

  copyFrom(other: PassStates, from: number): void {
    for (let i = from; i < this.day.length; i += CHECKPOINT) this.copyAt(other, i);
    for (let i = from; i < this.dayOf.length; i += 1) {
      this.dayOf[i] = other.dayOf[i]!;
      this.conflict[i] = other.conflict[i]!;
    }
  }
}

/**
 * Packs an order of units into shoot days and prices it in one pass, allocating nothing: the optimizer
 * calls it hundreds of thousands of times. The packing is the rules packer's (`packBoardDays`):
 *
 * - a unit (a scene, or a same-day group) joins the current day when the day keeps to its page and hour
 *   limits with it; otherwise it opens the next day (so a unit bigger than a day has a day of its own);
 * - a unit that fits but cannot work on the day's date (its cast or location is not available) opens
 *   the next day early when it can work on that day's date, rather than break a rule.
 *
 * The price is what `checkBoard` and `explainSchedule` say of the board built from it: `violations`
 * counts the conflicts checkBoard would list (a same-day group is one unit, so never split), `castCost`
 * pays every cast member from their first to their last day, `companyMoves` counts returns to a set
 * already left, in shooting order.
 *
 * Incremental: after `commit`, an order that differs from the committed one only from position `from`
 * on is priced from there (the state before `from` is restored from the committed pass, not replayed),
 * and a candidate is given up as soon as its running price passes a limit (see `evaluate`).
 */
/** The last checkpoint at or before `from` (the state there is known). */
const checkpointAt = (from: number, n: number): number =>
  Math.min(from, n) - (Math.min(from, n) % CHECKPOINT);

export class BoardOrderEvaluator {
  violations = 0;
  castCost = 0;
  companyMoves = 0;
  holdDays = 0;
  days = 0;
  private readonly n: number;
  private readonly castStamp: Int32Array;
  private readonly castFirst: Int32Array;
  private readonly castLast: Int32Array;
  private readonly setStamp: Int32Array;
  private readonly setLastDay: Int32Array;
  private readonly leftStamp: Int32Array;
  private readonly unitStamp: Int32Array;
  private readonly unitPosition: Int32Array;
  private stamp = 0;
  private readonly trial: PassStates;
  private readonly base: PassStates;
  private committed = false;
  private readonly basePosition: Int32Array;
  /** Positions in the committed order of each cast member's units, ascending (`castUnitStart` rows). */
  private readonly castPositions: Int32Array;
  private readonly castFill: Int32Array;
  /** The first position in the committed order of a unit using each set. */
  private readonly setFirstPosition: Int32Array;

  constructor(private readonly board: CompiledBoard) {
    const n = board.unitCount;
    this.n = n;
    this.castStamp = new Int32Array(board.castCount);
    this.castFirst = new Int32Array(board.castCount);
    this.castLast = new Int32Array(board.castCount);
    this.setStamp = new Int32Array(board.setCount);
    this.setLastDay = new Int32Array(board.setCount);
    this.leftStamp = new Int32Array(board.setCount);
    this.unitStamp = new Int32Array(n);
    this.unitPosition = new Int32Array(n);
    this.trial = new PassStates(n);
    this.base = new PassStates(n);
    this.basePosition = new Int32Array(n);
    this.castPositions = new Int32Array(board.castUnits.length);
    this.castFill = new Int32Array(board.castCount);
    this.setFirstPosition = new Int32Array(board.setCount);
  }

  /**
   * Whether the unit at `position` of the committed order breaks a date rule (its cast or location is
   * not available on its day, or it starts a morning after a night): where a repair is worth trying.
   */
  conflictedAt(position: number): boolean {
    return this.base.conflict[position] === 1;
  }

  /** Where a unit is in the committed order. */
  positionOf(unit: number): number {
    return this.basePosition[unit]!;
  }

  /** The day each position went to, of the order last evaluated from position 0. */
  get dayOfPosition(): Int32Array {
    return this.trial.dayOf;
  }

  /** Money: the cast's pay plus the company moves. */
  get cost(): number {
    return this.castCost + this.companyMoves * this.board.companyMoveCost;
  }

  /**
   * Packs and prices `order` (a permutation of the units); the results are in the fields. `from`: the
   * order equals the committed one before that position (0 without a commit). With a `limit`, gives up
   * (returns false, the fields meaningless) as soon as `penalty × violations + money + hold days` is
   * certain to exceed it: every term only grows along the pass (a cast member's pay grows with their
   * last day), so the running sum is a lower bound of the final one.
   */
  evaluate(order: Int32Array, from = 0, penalty = 0, limit = Number.POSITIVE_INFINITY): boolean {
    const b = this.board;
    const maxDays = b.maxDays;
    if (this.stamp >= STAMP_LIMIT) {
      this.stamp = 0;
      this.castStamp.fill(0);
      this.setStamp.fill(0);
      this.leftStamp.fill(0);
      this.unitStamp.fill(0);
    }
    const stamp = (this.stamp += 1);
    const start = this.committed ? checkpointAt(from, this.n) : 0;
    const t = this.trial;
    this.restore(order, start, stamp);
    // Locals for everything the loop reads.
    const { unitEighths, unitMinutes, unitOk, unitFirstLight, unitHasNight, dayAdjacent } = b;
    const { unitCastStart, unitCast, castOk, castRate, castRows } = b;
    const { unitSetStart, unitSets, setOk, unitSceneStart, unitScenes, sceneSet } = b;
    const { castStamp, castFirst, castLast, setStamp, setLastDay, leftStamp } = this;
    const { unitStamp, unitPosition } = this;
    const maxEighths = b.maxEighthsPerDay;
    const maxMinutes = b.maxMinutesPerDay;
    const moveCost = b.companyMoveCost;
    let day = t.day[start]!;
    let dayStart = t.dayStart[start]!;
    let eighths = t.eighths[start]!;
    let minutes = t.minutes[start]!;
    let dayHasNight = t.night[start]!;
    let currentSet = t.currentSet[start]!;
    let violations = t.violations[start]!;
    const conflict = t.conflict;
    let moves = t.moves[start]!;
    let castCost = t.castCost[start]!;
    let holdDays = t.holdDays[start]!;
    const n = this.n;
    for (let i = start; i < n; i += 1) {
      const u = order[i]!;
      unitStamp[u] = stamp;
      unitPosition[u] = i;
      const conflictsBefore = violations;
      const ue = unitEighths[u]!;
      const um = unitMinutes[u]!;
      let open = day < 0;
      if (!open) {
        if (eighths + ue > maxEighths || minutes + um > maxMinutes) open = true;
        else if (
          unitOk[u * maxDays + day] === 0 &&
          day + 1 < maxDays &&
          unitOk[u * maxDays + day + 1] === 1
        ) {
          open = true;
        }
      }
      if (open) {
        if (
          day >= 0 &&
          dayHasNight === 1 &&
          unitFirstLight[u] === LIGHT_DAY &&
          dayAdjacent[day] === 1
        ) {
          violations += 1;
        }
        day += 1;
        dayStart = i;
        eighths = 0;
        minutes = 0;
        dayHasNight = 0;
      }
      eighths += ue;
      minutes += um;
      if (unitHasNight[u] === 1) dayHasNight = 1;
      t.dayOf[i] = day;

      for (let k = unitCastStart[u]!, end = unitCastStart[u + 1]!; k < end; k += 1) {
        const c = unitCast[k]!;
        if (castStamp[c] !== stamp) {
          castStamp[c] = stamp;
          castFirst[c] = day;
          castCost += castRate[c]!;
        } else {
          const last = castLast[c]!;
          if (last === day) continue;
          // Paid for every day since their last one; the days between were holds.
          castCost += castRate[c]! * (day - last);
          holdDays += castRows[c]! * (day - last - 1);
        }
        castLast[c] = day;
        if (castOk[c * maxDays + day] === 0) violations += 1;
      }
      for (let k = unitSetStart[u]!, end = unitSetStart[u + 1]!; k < end; k += 1) {
        const s = unitSets[k]!;
        if (setStamp[s] !== stamp) setStamp[s] = stamp;
        else if (setLastDay[s] === day) continue;
        setLastDay[s] = day;
        if (setOk[s * maxDays + day] === 0) violations += 1;
      }
      for (let k = unitSceneStart[u]!, end = unitSceneStart[u + 1]!; k < end; k += 1) {
        const s = sceneSet[unitScenes[k]!]!;
        if (s === currentSet) continue;
        if (leftStamp[s] === stamp) moves += 1;
        if (currentSet >= 0) leftStamp[currentSet] = stamp;
        currentSet = s;
      }
      conflict[i] = violations === conflictsBefore ? 0 : 1;
      const next = i + 1;
      if (next % CHECKPOINT !== 0) {
        if (penalty * violations + castCost + moves * moveCost + holdDays > limit) return false;
        continue;
      }
      t.day[next] = day;
      t.dayStart[next] = dayStart;
      t.eighths[next] = eighths;
      t.minutes[next] = minutes;
      t.night[next] = dayHasNight;
      t.currentSet[next] = currentSet;
      t.violations[next] = violations;
      t.moves[next] = moves;
      t.castCost[next] = castCost;
      t.holdDays[next] = holdDays;
      if (penalty * violations + castCost + moves * moveCost + holdDays > limit) return false;
    }
    const before = b.precedenceBefore;
    const after = b.precedenceAfter;
    const base = this.basePosition;
    for (let k = 0; k < before.length; k += 1) {
      const x = before[k]!;
      const y = after[k]!;
      const px = unitStamp[x] === stamp ? unitPosition[x]! : base[x]!;
      const py = unitStamp[y] === stamp ? unitPosition[y]! : base[y]!;
      if (px > py) violations += 1;
    }
    this.violations = violations;
    this.castCost = castCost;
    this.companyMoves = moves;
    this.holdDays = holdDays;
    this.days = day + 1;
    return penalty * violations + castCost + moves * moveCost + holdDays <= limit;
  }

  /**
   * Makes the order last evaluated (in full: `evaluate` returned true) the committed one; `from` as
   * given to that evaluation.
   */
  commit(order: Int32Array, from = 0): void {
    const start = this.committed ? checkpointAt(from, this.n) : 0;
    this.base.copyFrom(this.trial, start);
    for (let i = start; i < this.n; i += 1) this.basePosition[order[i]!] = i;
    this.committed = true;
    const b = this.board;
    for (let c = 0; c < b.castCount; c += 1) this.castFill[c] = b.castUnitStart[c]!;
    this.setFirstPosition.fill(this.n);
    for (let i = 0; i < this.n; i += 1) {
      const u = order[i]!;
      for (let k = b.unitCastStart[u]!; k < b.unitCastStart[u + 1]!; k += 1) {
        const c = b.unitCast[k]!;
        this.castPositions[this.castFill[c]!] = i;
        this.castFill[c] = this.castFill[c]! + 1;
      }
      for (let k = b.unitSetStart[u]!; k < b.unitSetStart[u + 1]!; k += 1) {
        const s = b.unitSets[k]!;
        if (this.setFirstPosition[s]! > i) this.setFirstPosition[s] = i;
      }
    }
  }

  /** The state before position `start` of the committed pass, into the trial and the stamped arrays. */
  private restore(order: Int32Array, start: number, stamp: number): void {
    const t = this.trial;
    if (start === 0) {
      t.day[0] = -1;
      t.dayStart[0] = 0;
      t.eighths[0] = 0;
      t.minutes[0] = 0;
      t.night[0] = 0;
      t.currentSet[0] = -1;
      t.violations[0] = this.board.fixedViolations;
      t.moves[0] = 0;
      t.castCost[0] = 0;
      t.holdDays[0] = 0;
      return;
    }
    const base = this.base;
    t.copyAt(base, start);
    const b = this.board;
    // Each cast member: seen before `start` when their first unit is; their last day before it.
    for (let c = 0; c < b.castCount; c += 1) {
      let lo = b.castUnitStart[c]!;
      let hi = b.castUnitStart[c + 1]!;
      if (lo === hi || this.castPositions[lo]! >= start) continue;
      const first = this.castPositions[lo]!;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (this.castPositions[mid]! < start) lo = mid;
        else hi = mid;
      }
      this.castStamp[c] = stamp;
      this.castFirst[c] = base.dayOf[first]!;
      this.castLast[c] = base.dayOf[this.castPositions[lo]!]!;
    }
    // Sets already left (any set used before, except the one the company is on) …
    for (let s = 0; s < b.setCount; s += 1) {
      if (this.setFirstPosition[s]! < start) this.leftStamp[s] = stamp;
    }
    // … and the sets already shot on the current day (a location is flagged once a day).
    const day = base.day[start]!;
    for (let i = base.dayStart[start]!; i < start && day >= 0; i += 1) {
      const u = order[i]!;
      for (let k = b.unitSetStart[u]!; k < b.unitSetStart[u + 1]!; k += 1) {
        this.setStamp[b.unitSets[k]!] = stamp;
        this.setLastDay[b.unitSets[k]!] = day;
      }
    }
  }
}
