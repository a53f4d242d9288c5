import { seededRandom } from '../solver/seeded-random.js';
import type { SolveResult } from '../solver/solver.js';
import type { ShootCalendar } from '../calendar/shoot-calendar.js';
import { layoutStripboard, type StripboardScene } from '../stripboard/layout-stripboard.js';
import type { Strip } from '../stripboard/strip.js';
import { assessBoard, type BoardAssessment } from './assess-board.js';
import { boardMoneyLowerBound } from './board-money-lower-bound.js';
import { BoardOrderEvaluator } from './board-order-evaluator.js';
import { BoardOrderSearch, type BoardScore } from './board-order-search.js';
import type { ScheduledCast } from './cast-days.js';
import type { BoardRules } from './check-board.js';
import { compareAssessments } from './compare-assessments.js';
import type { BoardContext } from './board-context.js';
import { compileBoard } from './compile-board.js';
import { offDayPositions } from './off-day-positions.js';
import { packBoardDays } from './pack-board-days.js';
import { repackBoardIntoDays } from './repack-board-into-days.js';
import { talentSchedulingOrder } from './talent-scheduling-order.js';
import { unitDays } from './unit-days.js';

/** A board to optimize: as saved, with everything its days are priced and checked by. */
export type BoardToOptimize = {
  /** The board's strips: scene strips give the current order, breaks the current days, off days dates. */
  readonly strips: readonly Strip[];
  /** The script's scenes (at least those on the board). Scenes not on the board are left off. */
  readonly scenes: readonly StripboardScene[];
  readonly cast: readonly ScheduledCast[];
  readonly calendar: ShootCalendar;
  readonly rules: BoardRules;
  /** Minor units for each return to a set already left. */
  readonly companyMoveCost: number;
};

/** As the talent solver is run (`SolveOptions`): the clock and the seed come in. */
export type OptimizeBoardOptions = {
  readonly seed: number;
  readonly timeLimitMs: number;
  /** A monotonic millisecond counter. */
  readonly clock: () => number;
  /** Polled between slices of work: true stops, and the best board so far is returned. */
  readonly shouldStop?: () => boolean;
  /** Called whenever a better board is found: its broken rules and its money. */
  readonly onProgress?: (progress: BoardOptimizeProgress) => void;
};

export type BoardOptimizeProgress = {
  readonly violations: number;
  readonly cost: number;
  readonly elapsedMs: number;
};

export type OptimizedBoard = {
  /** Scene ids in shooting order: the board's scenes, each once. */
  readonly order: readonly string[];
  /** Scene ids day by day (`order` cut into shoot days); give them to `repackBoardIntoDays`. */
  readonly days: readonly (readonly string[])[];
  /** The proposal's conflicts left and money. */
  readonly assessment: BoardAssessment;
  /** The current board's, with any unscheduled scenes packed after its last day. */
  readonly before: BoardAssessment;
  /** False when nothing better than the current board was found: `order` and `days` are then its own. */
  readonly improved: boolean;
  /**
   * True only when no board can be better: no conflict, no hold day, and money equal to
   * `boardMoneyLowerBound` (each cast member paid for the fewest days their pages can fill, no company
   * move). Conservative: the talent solver's proofs are on eighths, not whole days, and are not used.
   */
  readonly optimal: boolean;
  readonly stoppedBy: SolveResult['stoppedBy'];
  readonly elapsedMs: number;
};

/** The talent solver's share of the time: a start, not the answer (it knows no dates). */
const SOLVER_SHARE = 0.15;
/**
 * The share of the time each start gets on its own: first the current board's order (repairs begin at
 * once), then, after the solver, the solver's order; the better of the two has the rest.
 */
const START_SHARE = 0.25;
/** Search moves between two looks at the clock and `shouldStop`. */
const SLICE = 256;

/**
 * An order of a board's scenes, and its shoot days, that breaks as few of the production's rules as
 * possible (scene order, same-day groups, page and hour limits, cast and location availability on each
 * day's date, night-to-day turnaround: every conflict `checkBoard` lists counts one) and, among those,
 * costs the least: the cast paid on whole shoot days from their first day to their last, plus company
 * moves; then the fewest hold days.
 *
 * Method: a board-level annealing search, where every candidate order is packed into dated days by the
 * rules packer (`packBoardDays`) and priced, runs from the current board's order; the talent-scheduling
 * solver then orders the board's units (same-day groups as one compound scene, scene order rules as
 * precedences) for a second start, searched the same way; the better of the two carries on to the end.
 * The answer is checked with the independent `assessBoard` and never ranks below the current board: when
 * nothing better was found, the current board comes back (`improved: false`). Deterministic for a seed
 * given the same clock readings.
 */
export const optimizeBoardOrder = (
  input: BoardToOptimize,
  options: OptimizeBoardOptions,
): OptimizedBoard => {
  const begin = options.clock();
  const elapsed = (): number => options.clock() - begin;
  const stop = (): boolean => options.shouldStop?.() === true;
  const context: BoardContext = { ...input, offDaysAfter: offDayPositions(input.strips) };
  const byId = new Map(input.scenes.map((scene) => [scene.id, scene]));
  const onBoard = [
    ...new Set(input.strips.flatMap((s) => (s.kind === 'scene' ? [s.sceneId] : []))),
  ].flatMap((id) => {
    const scene = byId.get(id);
    return scene === undefined ? [] : [scene];
  });
  const current = currentBoard(input, context);
  const assess = (days: readonly (readonly string[])[]): BoardAssessment => {
    let count = 0;
    const strips = repackBoardIntoDays(input.strips, days, { next: () => `p${(count += 1)}` });
    return assessBoard(layoutStripboard(strips, input.scenes, input.calendar), input);
  };

  const board = compileBoard(onBoard, context);
  const lowerBound = boardMoneyLowerBound(board);
  const random = seededRandom(options.seed);
  let reported: BoardScore = { ...current.assessment };
  const report = (score: BoardScore): void => {
    if (compareAssessments(score, reported) >= 0) return;
    reported = { ...score };
    options.onProgress?.({ violations: score.violations, cost: score.cost, elapsedMs: elapsed() });
  };

  const identity = Array.from({ length: board.unitCount }, (_, u) => u);
  const fromBoard = new BoardOrderSearch(board, random, identity);
  report(fromBoard.bestScore);
  const searches: BoardOrderSearch[] = [fromBoard];
  let stoppedBy: SolveResult['stoppedBy'] = 'time-limit';
  /** Runs `search` until `until` ms; false when the whole optimization must end (and why is set). */
  const runUntil = (search: BoardOrderSearch, until: number): boolean => {
    for (;;) {
      if (search.reached(lowerBound)) {
        stoppedBy = 'proved';
        return false;
      }
      if (stop()) {
        stoppedBy = 'cancelled';
        return false;
      }
      const now = elapsed();
      if (now >= options.timeLimitMs) return false;
      if (now >= until) return true;
      search.run(SLICE);
      report(search.bestScore);
    }
  };

  const share = options.timeLimitMs * START_SHARE;
  if (board.unitCount < 2) stoppedBy = 'search-complete';
  else if (runUntil(fromBoard, share)) {
    const talent = talentSchedulingOrder(board, onBoard, input.cast, {
      seed: options.seed,
      timeLimitMs: options.timeLimitMs * SOLVER_SHARE,
      clock: options.clock,
      ...(options.shouldStop === undefined ? {} : { shouldStop: options.shouldStop }),
    });
    const fromSolver = new BoardOrderSearch(board, random, talent.order);
    report(fromSolver.bestScore);
    searches.push(fromSolver);
    if (runUntil(fromSolver, elapsed() + share)) {
      runUntil(compareScores(fromSolver, fromBoard) < 0 ? fromSolver : fromBoard, Infinity);
    }
  }

  const winner = searches.reduce((a, b) => (compareScores(b, a) < 0 ? b : a));
  const evaluator = new BoardOrderEvaluator(board);
  evaluator.evaluate(winner.best);
  const days = unitDays(board, winner.best, evaluator.dayOfPosition);
  const assessment = assess(days);
  const improved = compareAssessments(assessment, current.assessment) < 0;
  const chosen = improved ? { days, assessment } : current;
  return {
    order: chosen.days.flat(),
    days: chosen.days,
    assessment: chosen.assessment,
    before: current.assessment,
    improved,
    optimal:
      chosen.assessment.violations === 0 &&
      chosen.assessment.holdDays === 0 &&
      chosen.assessment.cost <= lowerBound,
    stoppedBy,
    elapsedMs: elapsed(),
  };
};

const compareScores = (a: BoardOrderSearch, b: BoardOrderSearch): number =>
  compareAssessments(a.bestScore, b.bestScore);

/**
 * The current board as the proposal is ranked against: its shoot days as they are (empty ones too; a
 * scene on the board twice counts where it first is), and the scenes after its last day break packed by
 * the rules after them (a board not finished yet is compared as if its end were packed, not as if those
 * scenes cost nothing).
 */
const currentBoard = (
  input: BoardToOptimize,
  context: BoardContext,
): { days: string[][]; assessment: BoardAssessment } => {
  const layout = layoutStripboard(input.strips, input.scenes, input.calendar);
  const seen = new Set<string>();
  const once = (scenes: readonly StripboardScene[]): StripboardScene[] => {
    const kept: StripboardScene[] = [];
    for (const scene of scenes) {
      if (seen.has(scene.id)) continue;
      seen.add(scene.id);
      kept.push(scene);
    }
    return kept;
  };
  const scheduled = layout.days.flatMap((day) =>
    day.kind === 'shoot' ? [once(day.scenes).map((scene) => scene.id)] : [],
  );
  const onDays = layout.days.reduce(
    (sum, day) => sum + (day.kind === 'shoot' ? day.scenes.length : 0),
    0,
  );
  const tail = once(layout.unscheduled.scenes);
  if (tail.length === 0 && seen.size === onDays) {
    return { days: scheduled, assessment: assessBoard(layout, input) };
  }
  const days = [...scheduled, ...packBoardDays(tail, context, layout.shootDayCount)];
  let count = 0;
  const strips = repackBoardIntoDays(input.strips, days, { next: () => `c${(count += 1)}` });
  return {
    days,
    assessment: assessBoard(layoutStripboard(strips, input.scenes, input.calendar), input),
  };
};
