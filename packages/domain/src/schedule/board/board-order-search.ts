import type { SeededRandom } from '../solver/seeded-random.js';
import { BoardOrderEvaluator } from './board-order-evaluator.js';
import type { CompiledBoard } from './compile-board.js';

/** A broken rule weighs this many days of everyone on the board, in the walk's price. */
const PENALTY_DAYS = 4;
/**
 * Each round that starts from a best board still breaking a rule doubles that weight (up to this many
 * times the first): a conflict the walk keeps paying for becomes dearer until it is repaired.
 */
const MAX_PENALTY_GROWTH = 1024;
/** A round's first length, in moves per unit; each next round is twice as long. */
const ROUND_MOVES_PER_UNIT = 40;
/** The share of moves aimed at a broken rule while the board breaks one. */
const REPAIR_SHARE = 0.15;
/** What a move that found nothing to do returns (no change, never accepted). */
const NO_MOVE = Number.POSITIVE_INFINITY;
/** The longest block moved at once, and reversed (twice that). */
const MAX_BLOCK = 8;

/** A board's rank: broken rules, then money, then hold days (`compareAssessments`). */
export type BoardScore = {
  violations: number;
  cost: number;
  holdDays: number;
};

const better = (a: BoardScore, b: BoardScore): boolean =>
  a.violations < b.violations ||
  (a.violations === b.violations &&
    (a.cost < b.cost || (a.cost === b.cost && a.holdDays < b.holdDays)));

/**
 * Simulated annealing over the order of a board's units, each candidate packed into dated days and priced
 * (`BoardOrderEvaluator`). The walk minimises one number, `penalty × violations + money + hold days`,
 * where a broken rule is priced at several days of the whole cast (more each round it stays broken), so
 * the walk may cross a conflict to reach a cheaper board but mostly repairs them; the best board is kept
 * by the true, lexicographic rank (`better`). Rounds cool from a temperature measured on the instance;
 * each round starts again from the best board and is twice as long as the one before (as the
 * talent-scheduling local search). Moves: one unit or a block to somewhere else (next to a unit sharing
 * cast or a set, nearby, or anywhere), the run of one set's units next to another unit there, two units
 * swapped, a block reversed; while the board breaks a rule, some moves aim at it (`repair`).
 */
export class BoardOrderSearch {
  readonly best: Int32Array;
  readonly bestScore: BoardScore;
  moves = 0;
  private order: Int32Array;
  private trial: Int32Array;
  private current = 0;
  private currentViolations = 0;
  private temperature = 0;
  private cooling = 1;
  private roundLeft = 0;
  private round = 0;
  private readonly hot: number;
  private readonly roundLength: number;
  private readonly m: number;
  private penalty: number;
  private readonly maxPenalty: number;
  private readonly evaluator: BoardOrderEvaluator;

  constructor(
    private readonly board: CompiledBoard,
    private readonly random: SeededRandom,
    start: ArrayLike<number>,
  ) {
    this.evaluator = new BoardOrderEvaluator(board);
    this.m = board.unitCount;
    this.order = Int32Array.from(start);
    this.trial = new Int32Array(this.m);
    this.best = Int32Array.from(start);
    // A day of everyone: each cast member's rate and a hold day, and a company move.
    let day = board.companyMoveCost;
    for (let c = 0; c < board.castCount; c += 1) day += board.castRate[c]! + board.castRows[c]!;
    this.penalty = PENALTY_DAYS * Math.max(1, day);
    this.maxPenalty = MAX_PENALTY_GROWTH * this.penalty;
    this.evaluator.evaluate(this.order);
    this.evaluator.commit(this.order);
    this.current = this.guide();
    this.currentViolations = this.evaluator.violations;
    this.bestScore = this.score();
    this.hot = this.measureTemperature();
    this.roundLength = Math.max(4000, ROUND_MOVES_PER_UNIT * this.m);
  }

  /** Whether the best board is the cheapest a board can be: no conflict, `lowerBound` money, no hold. */
  reached(lowerBound: number): boolean {
    const s = this.bestScore;
    return s.violations === 0 && s.cost <= lowerBound && s.holdDays === 0;
  }

  run(moves: number): void {
    if (this.m < 2) return;
    for (let i = 0; i < moves; i += 1) {
      if (this.roundLeft === 0) this.startRound();
      this.roundLeft -= 1;
      this.temperature *= this.cooling;
      // Accept when the change is at most −T·ln(u): with probability exp(−change/T).
      this.tryMove(-this.temperature * Math.log(1 - this.random.next()));
      this.moves += 1;
    }
  }

  private guide(): number {
    const e = this.evaluator;
    return this.penalty * e.violations + e.cost + e.holdDays;
  }

  private score(): BoardScore {
    const e = this.evaluator;
    return { violations: e.violations, cost: e.cost, holdDays: e.holdDays };
  }

  /** A third of the average worsening of a random move (as the talent-scheduling search measures it). */
  private measureTemperature(): number {
    if (this.m < 2) return 1;
    let sum = 0;
    let count = 0;
    for (let tries = 0; tries < 600 && count < 200; tries += 1) {
      const delta = this.tryMove(Number.NEGATIVE_INFINITY);
      if (delta > 0 && Number.isFinite(delta)) {
        sum += delta;
        count += 1;
      }
    }
    return count === 0 ? 1 : (0.35 * sum) / count;
  }

  private startRound(): void {
    if (this.round > 0) {
      if (this.bestScore.violations > 0) {
        this.penalty = Math.min(this.maxPenalty, 2 * this.penalty);
      }
      this.order.set(this.best);
      this.evaluator.evaluate(this.order);
      this.evaluator.commit(this.order);
      this.current = this.guide();
      this.currentViolations = this.evaluator.violations;
    }
    // Prices are whole minor units, so a temperature of 1 is a plain descent.
    const cold = Math.min(this.hot, 1);
    const length = this.roundLength * Math.pow(2, Math.min(this.round, 12));
    this.temperature = this.hot;
    this.cooling = Math.pow(cold / this.hot, 1 / length);
    this.roundLeft = length;
    this.round += 1;
  }

  /**
   * Prices `trial` (equal to the order before position `from`); keeps it when its change is at most
   * `threshold`. Returns the change (+∞ when given up as too dear).
   */
  private consider(from: number, threshold: number): number {
    // Measuring (threshold −∞) needs the whole change; a move is priced only as far as it can win.
    const limit =
      threshold === Number.NEGATIVE_INFINITY ? Number.POSITIVE_INFINITY : this.current + threshold;
    if (!this.evaluator.evaluate(this.trial, from, this.penalty, limit)) {
      return Number.POSITIVE_INFINITY;
    }
    const value = this.guide();
    const delta = value - this.current;
    if (delta <= threshold) {
      this.evaluator.commit(this.trial, from);
      const kept = this.order;
      this.order = this.trial;
      this.trial = kept;
      this.current = value;
      this.currentViolations = this.evaluator.violations;
      const e = this.evaluator;
      if (better(e, this.bestScore)) {
        this.best.set(this.order);
        this.bestScore.violations = e.violations;
        this.bestScore.cost = e.cost;
        this.bestScore.holdDays = e.holdDays;
      }
    }
    return delta;
  }

  private tryMove(threshold: number): number {
    const r = this.random.next();
    const m = this.m;
    if (this.currentViolations > 0 && this.random.next() < REPAIR_SHARE) {
      const repaired = this.repair(threshold);
      if (repaired !== NO_MOVE) return repaired;
    }
    if (r < 0.35) {
      const from = this.random.int(m);
      return this.blockMove(from, 1, this.target(from, 1), threshold);
    }
    if (r < 0.55 && m > 2) {
      const length = 2 + this.random.int(Math.min(MAX_BLOCK, m - 1) - 1);
      const from = this.random.int(m - length + 1);
      return this.blockMove(from, length, this.target(from, length), threshold);
    }
    if (r < 0.7) return this.setRun(threshold);
    if (r < 0.85) return this.swap(threshold);
    return this.reverse(threshold);
  }

  /** Moves `length` units from `from` so that they start at `to` among the others. */
  private blockMove(from: number, length: number, to: number, threshold: number): number {
    if (to === from) return NO_MOVE;
    const src = this.order;
    const dst = this.trial;
    let w = 0;
    for (let r = 0; r < to; r += 1) dst[w++] = src[r < from ? r : r + length]!;
    for (let k = 0; k < length; k += 1) dst[w++] = src[from + k]!;
    for (let r = to; r < this.m - length; r += 1) dst[w++] = src[r < from ? r : r + length]!;
    return this.consider(Math.min(from, to), threshold);
  }

  /** Where a block goes: beside a unit sharing its cast or a set, near where it is, or anywhere. */
  private target(from: number, length: number): number {
    const random = this.random;
    const r = random.next();
    const room = this.m - length;
    if (r < 0.45) {
      const b = this.board;
      const u = this.order[from + random.int(length)]!;
      const castFrom = b.unitCastStart[u]!;
      const castCount = b.unitCastStart[u + 1]! - castFrom;
      let other: number;
      if (castCount > 0 && random.next() < 0.7) {
        const c = b.unitCast[castFrom + random.int(castCount)]!;
        const at = b.castUnitStart[c]!;
        other = b.castUnits[at + random.int(b.castUnitStart[c + 1]! - at)]!;
      } else {
        const setsFrom = b.unitSetStart[u]!;
        const s = b.unitSets[setsFrom + random.int(b.unitSetStart[u + 1]! - setsFrom)]!;
        const at = b.setUnitStart[s]!;
        other = b.setUnits[at + random.int(b.setUnitStart[s + 1]! - at)]!;
      }
      return this.beside(this.positionOf(other), from, length);
    }
    if (r < 0.7) {
      const reach = Math.min(room, 6);
      return Math.max(0, Math.min(room, from + random.int(2 * reach + 1) - reach));
    }
    return random.int(room + 1);
  }

  private positionOf(unit: number): number {
    return this.evaluator.positionOf(unit);
  }

  /** Just before or just after position `at`, counted once the block at `from` is taken out. */
  private beside(at: number, from: number, length: number): number {
    if (at >= from && at < from + length) return from;
    const inRest = at < from ? at : at - length;
    return this.random.next() < 0.5 ? inRest : inRest + 1;
  }

  /** The run of units around a random one that share its first set, moved next to another unit there. */
  private setRun(threshold: number): number {
    const b = this.board;
    const order = this.order;
    const at = this.random.int(this.m);
    const s = b.unitSets[b.unitSetStart[order[at]!]!]!;
    const longest = Math.max(MAX_BLOCK, Math.floor(this.m / 8));
    let from = at;
    let end = at;
    while (from > 0 && end - from + 1 < longest && this.uses(order[from - 1]!, s)) from -= 1;
    while (end + 1 < this.m && end - from + 1 < longest && this.uses(order[end + 1]!, s)) end += 1;
    const length = end - from + 1;
    if (length === this.m) return Number.POSITIVE_INFINITY;
    const sites = b.setUnitStart[s]!;
    const other = b.setUnits[sites + this.random.int(b.setUnitStart[s + 1]! - sites)]!;
    const otherAt = this.positionOf(other);
    const to =
      otherAt >= from && otherAt <= end
        ? this.target(from, length)
        : this.beside(otherAt, from, length);
    return this.blockMove(from, length, to, threshold);
  }

  /**
   * A move aimed at a broken rule: a scene-order rule broken puts one scene next to the other; else a
   * unit that breaks a date rule (found among a few random positions) goes elsewhere.
   */
  private repair(threshold: number): number {
    const b = this.board;
    const random = this.random;
    const rules = b.precedenceBefore.length;
    if (rules > 0 && random.next() < 0.3) {
      const k = random.int(rules);
      const at = this.positionOf(b.precedenceBefore[k]!);
      const after = this.positionOf(b.precedenceAfter[k]!);
      if (at > after) {
        // The first just before the second, or the second just after the first.
        return random.next() < 0.5
          ? this.blockMove(at, 1, after, threshold)
          : this.blockMove(after, 1, at, threshold);
      }
    }
    for (let tries = 0; tries < 8; tries += 1) {
      const at = random.int(this.m);
      if (this.evaluator.conflictedAt(at))
        return this.blockMove(at, 1, this.target(at, 1), threshold);
    }
    return NO_MOVE;
  }

  private uses(unit: number, set: number): boolean {
    const b = this.board;
    for (let k = b.unitSetStart[unit]!; k < b.unitSetStart[unit + 1]!; k += 1) {
      if (b.unitSets[k] === set) return true;
    }
    return false;
  }

  private swap(threshold: number): number {
    const i = this.random.int(this.m);
    let j = this.random.int(this.m - 1);
    if (j >= i) j += 1;
    this.trial.set(this.order);
    this.trial[i] = this.order[j]!;
    this.trial[j] = this.order[i]!;
    return this.consider(Math.min(i, j), threshold);
  }

  private reverse(threshold: number): number {
    const length = 2 + this.random.int(Math.min(2 * MAX_BLOCK, this.m) - 1);
    const from = this.random.int(this.m - length + 1);
    this.trial.set(this.order);
    for (let k = 0; k < length; k += 1) this.trial[from + k] = this.order[from + length - 1 - k]!;
    return this.consider(from, threshold);
  }
}
