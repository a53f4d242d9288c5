import { compileProblem, type CompiledProblem } from './compiled-problem.js';
import { greedyOrder } from './greedy-order.js';
import { INFEASIBLE, OrderState } from './order-state.js';
import { scheduleCost } from './schedule-cost.js';
import type { SceneOrder, SchedulingProblem } from './scheduling-problem.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';
import type { SolveOptions, SolveResult, Solver } from './solver.js';
import { stableTopologicalOrder } from './stable-topological-order.js';

/** Limits beyond the options' clock: a fixed amount of work makes a run reproducible on any machine. */
export type HeuristicBudget = {
  /** Stop after this many attempted moves (default: no limit, only the clock). */
  readonly maxMoves?: number;
};

/** Moves between two looks at the clock and `shouldStop`: about a millisecond of work or less. */
const CHECK_EVERY = 1024;
/** The longest block moved or reversed at once (a same-location run may be longer, up to a tenth). */
const MAX_BLOCK = 8;

/**
 * The anytime local search for boards of any size, with locations and precedences: start from the
 * caller's board (repaired by a stable topological sort if it breaks a precedence) or a greedy one,
 * whichever costs less, then simulated annealing in rounds. Each round cools geometrically from a
 * temperature measured on the instance; every round after the first starts from the best board found,
 * and each round is twice as long as the one before. Moves keep every precedence: move one scene, a block, or a same-location run (next
 * to another scene of the same cast or location, or anywhere), reverse a block, swap two scenes. Each
 * move is priced incrementally (`OrderState`). Never proves optimality (except for 0 or 1 scene).
 */
export const solveHeuristically = (
  problem: SchedulingProblem,
  options: SolveOptions,
  budget: HeuristicBudget = {},
): SolveResult => {
  const begin = options.clock();
  const elapsed = (): number => options.clock() - begin;
  const n = problem.scenes.length;
  const start = startingOrder(problem, options.initial);
  if (n <= 1) {
    return finish(problem, start, {
      optimal: true,
      stoppedBy: 'proved',
      elapsedMs: elapsed(),
      lowerBound: null,
    });
  }
  const compiled = compileProblem(problem);
  const state = new OrderState(compiled);
  state.load(start);
  const greedy = greedyOrder(compiled);
  if (greedy.length === n) {
    const fromInitial = state.cost;
    state.load(greedy);
    if (state.cost > fromInitial) state.load(start);
  }
  const search = new Annealing(compiled, state, seededRandom(options.seed));
  const maxMoves = budget.maxMoves ?? Number.POSITIVE_INFINITY;
  let stoppedBy: SolveResult['stoppedBy'] = 'search-complete';
  let reported = search.bestCost;
  for (;;) {
    if (search.moves >= maxMoves) break;
    if (options.shouldStop?.() === true) {
      stoppedBy = 'cancelled';
      break;
    }
    if (elapsed() >= options.timeLimitMs) {
      stoppedBy = 'time-limit';
      break;
    }
    search.run(Math.min(CHECK_EVERY, maxMoves - search.moves));
    if (search.bestCost < reported) {
      reported = search.bestCost;
      options.onProgress?.({ bestCost: reported, lowerBound: null, elapsedMs: elapsed() });
    }
  }
  return finish(problem, Array.from(search.best), {
    optimal: false,
    stoppedBy,
    elapsedMs: elapsed(),
    lowerBound: null,
  });
};

export const heuristicSolver: Solver = {
  name: 'heuristic',
  solve: (problem, options) => solveHeuristically(problem, options),
};

const startingOrder = (problem: SchedulingProblem, initial: SceneOrder | undefined): number[] => {
  const identity = problem.scenes.map((_, index) => index);
  const order = stableTopologicalOrder(problem, initial ?? identity);
  if (order === null) throw new RangeError('The precedences form a cycle: no order respects them');
  return order;
};

const finish = (
  problem: SchedulingProblem,
  order: number[],
  facts: Omit<SolveResult, 'order' | 'cost'>,
): SolveResult => ({ order, cost: scheduleCost(problem, order).total, ...facts });

/**
 * Simulated annealing over `OrderState`, run in slices so the caller can look at the clock. Round r
 * has `roundLength` × 2^r moves (capped) and cools geometrically from the measured temperature to 0.2
 * (costs are integers, so the end of a round is a plain descent).
 */
class Annealing {
  best: Int32Array;
  bestCost: number;
  moves = 0;
  private temperature = 0;
  private cooling = 1;
  private roundLeft = 0;
  private round = 0;
  private readonly hot: number;
  private readonly roundLength: number;
  private readonly n: number;

  constructor(
    private readonly p: CompiledProblem,
    private readonly state: OrderState,
    private readonly random: SeededRandom,
  ) {
    this.n = p.sceneCount;
    this.best = Int32Array.from(state.order);
    this.bestCost = state.cost;
    this.hot = this.measureTemperature();
    this.roundLength = Math.max(20_000, 5 * this.n * this.n);
  }

  /**
   * A third of the average cost increase of a random move: such a move is accepted about 1 time in 20
   * at first. (Tried on movie50–300: a tenth freezes too early, a half wastes the round.)
   */
  private measureTemperature(): number {
    let sum = 0;
    let count = 0;
    for (let tries = 0; tries < 2000 && count < 300; tries += 1) {
      const delta = this.tryMove(Number.NEGATIVE_INFINITY);
      if (delta > 0 && delta < INFEASIBLE) {
        sum += delta;
        count += 1;
      }
    }
    return count === 0 ? 1 : (0.35 * sum) / count;
  }

  private startRound(): void {
    // Every round restarts hot from the best board: the landscape has deep basins (a round that
    // settles in a poor one stays there when reheated less), and doubling the length of each round
    // gives both quick answers and, later, slow cooling.
    if (this.round > 0) this.state.load(this.best);
    const hot = this.hot;
    const cold = Math.min(hot, 0.2);
    const length = this.roundLength * Math.pow(2, Math.min(this.round, 12));
    this.temperature = hot;
    this.cooling = Math.pow(cold / hot, 1 / length);
    this.roundLeft = length;
    this.round += 1;
  }

  run(moves: number): void {
    for (let i = 0; i < moves; i += 1) {
      if (this.roundLeft === 0) this.startRound();
      this.roundLeft -= 1;
      this.temperature *= this.cooling;
      // A random threshold: accept when delta ≤ −T·ln(u), i.e. with probability exp(−delta/T).
      const threshold = -this.temperature * Math.log(1 - this.random.next());
      this.tryMove(threshold);
      this.moves += 1;
      if (this.state.cost < this.bestCost) {
        this.bestCost = this.state.cost;
        this.best.set(this.state.order);
      }
    }
  }

  /**
   * Picks a random move, applies it when its cost change is at most `threshold` and returns that
   * change (INFEASIBLE for a move that breaks a precedence or does nothing).
   */
  private tryMove(threshold: number): number {
    const r = this.random.next();
    if (r < 0.45) return this.moveScene(threshold);
    if (r < 0.65) return this.moveBlock(threshold);
    if (r < 0.8) return this.moveLocationRun(threshold);
    if (r < 0.9) return this.reverse(threshold);
    return this.swap(threshold);
  }

  private blockMove(from: number, length: number, to: number, threshold: number): number {
    if (to === from || to < 0 || to > this.n - length) return INFEASIBLE;
    const delta = this.state.evaluateBlockMove(from, length, to);
    if (delta <= threshold) this.state.applyBlockMove(from, length, to, delta);
    return delta;
  }

  /** Where to put a block: next to a scene sharing its cast, near where it is, or anywhere. */
  private target(from: number, length: number): number {
    const random = this.random;
    const r = random.next();
    const room = this.n - length;
    if (r < 0.4) {
      const p = this.p;
      const scene = this.state.order[from + random.int(length)]!;
      const castFrom = p.sceneActorStart[scene]!;
      const cast = p.sceneActorStart[scene + 1]! - castFrom;
      if (cast > 0) {
        const a = p.sceneActors[castFrom + random.int(cast)]!;
        const scenesFrom = p.actorSceneStart[a]!;
        const other =
          p.actorScenes[scenesFrom + random.int(p.actorSceneStart[a + 1]! - scenesFrom)]!;
        return this.beside(this.state.position[other]!, from, length);
      }
    }
    if (r < 0.7) {
      const reach = Math.min(room, 10);
      return Math.max(0, Math.min(room, from + random.int(2 * reach + 1) - reach));
    }
    return random.int(room + 1);
  }

  /** The place just before or just after position `at` once the block at `from` is taken out. */
  private beside(at: number, from: number, length: number): number {
    if (at >= from && at < from + length) return from;
    const inRest = at < from ? at : at - length;
    return this.random.next() < 0.5 ? inRest : inRest + 1;
  }

  private moveScene(threshold: number): number {
    const from = this.random.int(this.n);
    return this.blockMove(from, 1, this.target(from, 1), threshold);
  }

  private moveBlock(threshold: number): number {
    const length = 2 + this.random.int(Math.min(MAX_BLOCK, this.n - 1) - 1);
    const from = this.random.int(this.n - length + 1);
    return this.blockMove(from, length, this.target(from, length), threshold);
  }

  /** The whole run of same-location scenes around a random scene, moved next to another scene there. */
  private moveLocationRun(threshold: number): number {
    const p = this.p;
    const order = this.state.order;
    const at = this.random.int(this.n);
    const location = p.location[order[at]!]!;
    if (location < 0) return this.moveScene(threshold);
    const longest = Math.max(MAX_BLOCK, Math.floor(this.n / 10));
    let from = at;
    let end = at;
    while (from > 0 && end - from + 1 < longest && p.location[order[from - 1]!] === location) {
      from -= 1;
    }
    while (
      end + 1 < this.n &&
      end - from + 1 < longest &&
      p.location[order[end + 1]!] === location
    ) {
      end += 1;
    }
    const length = end - from + 1;
    if (length === this.n) return INFEASIBLE;
    const sitesFrom = p.locationSceneStart[location]!;
    const sites = p.locationSceneStart[location + 1]! - sitesFrom;
    const other = p.locationScenes[sitesFrom + this.random.int(sites)]!;
    const otherAt = this.state.position[other]!;
    const to =
      otherAt >= from && otherAt <= end
        ? this.target(from, length)
        : this.beside(otherAt, from, length);
    return this.blockMove(from, length, to, threshold);
  }

  private reverse(threshold: number): number {
    const length = 2 + this.random.int(Math.min(MAX_BLOCK * 2, this.n) - 1);
    const from = this.random.int(this.n - length + 1);
    const end = from + length - 1;
    const delta = this.state.evaluateReversal(from, end);
    if (delta <= threshold) this.state.applyReversal(from, end, delta);
    return delta;
  }

  /** Two scenes trade places: one block move there and one back, undone unless accepted. */
  private swap(threshold: number): number {
    const n = this.n;
    const a = this.random.int(n);
    let b = this.random.int(n - 1);
    if (b >= a) b += 1;
    const i = Math.min(a, b);
    const j = Math.max(a, b);
    const state = this.state;
    const first = state.evaluateBlockMove(i, 1, j);
    if (first === INFEASIBLE) return INFEASIBLE;
    if (j === i + 1) {
      if (first <= threshold) state.applyBlockMove(i, 1, j, first);
      return first;
    }
    state.applyBlockMove(i, 1, j, first);
    const second = state.evaluateBlockMove(j - 1, 1, i);
    if (second !== INFEASIBLE && first + second <= threshold) {
      state.applyBlockMove(j - 1, 1, i, second);
      return first + second;
    }
    state.applyBlockMove(j, 1, i, state.evaluateBlockMove(j, 1, i));
    return second === INFEASIBLE ? INFEASIBLE : first + second;
  }
}
