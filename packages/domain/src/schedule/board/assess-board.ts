import type { StripboardLayout } from '../stripboard/layout-stripboard.js';
import { explainSchedule, type ScheduledCast } from './cast-days.js';
import { checkBoard, type BoardConflict, type BoardRules } from './check-board.js';
import { countCompanyMoves } from './count-company-moves.js';

/** A board as the optimizer ranks it: the rules it breaks first, then what it costs. */
export type BoardAssessment = {
  readonly conflicts: readonly BoardConflict[];
  /** `conflicts.length`: every conflict counts once, whatever its kind. */
  readonly violations: number;
  /** What the cast is paid on whole shoot days (`explainSchedule`). */
  readonly castCost: number;
  readonly companyMoves: number;
  /** castCost + companyMoves × companyMoveCost, in minor units. */
  readonly cost: number;
  readonly holdDays: number;
  readonly shootDays: number;
};

/**
 * The independent assessment of a laid-out board, from the same functions the board page uses: the
 * conflicts of `checkBoard`, the cast's pay of `explainSchedule` and the company moves of its shooting
 * order. The optimizer's own (fast) pricing must agree with it; its final answer is checked with it.
 */
export const assessBoard = (
  layout: StripboardLayout,
  context: {
    readonly cast: readonly ScheduledCast[];
    readonly rules: BoardRules;
    readonly companyMoveCost: number;
  },
): BoardAssessment => {
  const conflicts = checkBoard(layout, context.rules);
  const explained = explainSchedule(layout, context.cast);
  const companyMoves = countCompanyMoves(
    layout.days.flatMap((day) => (day.kind === 'shoot' ? day.scenes.map((s) => s.set) : [])),
  );
  return {
    conflicts,
    violations: conflicts.length,
    castCost: explained.castCost,
    companyMoves,
    cost: explained.castCost + companyMoves * context.companyMoveCost,
    holdDays: explained.holdDays,
    shootDays: explained.shootDays,
  };
};
