import type { StripboardLayout } from '../stripboard/layout-stripboard.js';

/** A cast member as the schedule pays them. */
export type ScheduledCast = {
  readonly castNumber: number;
  readonly name: string;
  /** Minor units per day, worked or held; 0 when not known yet. */
  readonly dailyRate: number;
};

/** What a board costs one cast member: from the first day they work to the last, every day paid. */
export type CastDays = {
  readonly castNumber: number;
  readonly name: string;
  readonly firstDay: number | null;
  readonly lastDay: number | null;
  readonly workDays: number;
  /** Shoot days between their first and last on which they do not work, but are paid to hold. */
  readonly holdDays: number;
  readonly dailyRate: number;
  /** (workDays + holdDays) × dailyRate. */
  readonly cost: number;
};

export type ScheduleExplanation = {
  readonly cast: readonly CastDays[];
  readonly shootDays: number;
  readonly workDays: number;
  readonly holdDays: number;
  /** Sum of the cast's costs. */
  readonly castCost: number;
};

/**
 * The explanation of a board: per cast member, their work days, hold days and what the board pays them
 * (the talent scheduling objective on whole shoot days). Cast members who work no day on the board are
 * listed with nothing.
 */
export const explainSchedule = (
  layout: StripboardLayout,
  cast: readonly ScheduledCast[],
): ScheduleExplanation => {
  const shootDays = layout.days.filter((day) => day.kind === 'shoot');
  const rows = [...cast]
    .sort((a, b) => a.castNumber - b.castNumber)
    .map((member): CastDays => {
      const worked = shootDays
        .filter((day) => day.castNumbers.includes(member.castNumber))
        .map((day) => day.dayNumber);
      const firstDay = worked.length === 0 ? null : Math.min(...worked);
      const lastDay = worked.length === 0 ? null : Math.max(...worked);
      const span = firstDay === null || lastDay === null ? 0 : lastDay - firstDay + 1;
      return {
        castNumber: member.castNumber,
        name: member.name,
        firstDay,
        lastDay,
        workDays: worked.length,
        holdDays: span - worked.length,
        dailyRate: member.dailyRate,
        cost: span * member.dailyRate,
      };
    });
  return {
    cast: rows,
    shootDays: shootDays.length,
    workDays: rows.reduce((sum, row) => sum + row.workDays, 0),
    holdDays: rows.reduce((sum, row) => sum + row.holdDays, 0),
    castCost: rows.reduce((sum, row) => sum + row.cost, 0),
  };
};

/** What the proposed board saves against the current one (negative: it costs more). */
export type ScheduleComparison = {
  readonly before: ScheduleExplanation;
  readonly after: ScheduleExplanation;
  readonly castCostSaved: number;
  readonly holdDaysSaved: number;
  readonly shootDaysSaved: number;
};

/**
 * Whether a proposed board is better than the current one: it pays the cast less, or the same with fewer
 * hold days (fewer people waiting on set for the same money).
 */
export const improvesOn = (after: ScheduleExplanation, before: ScheduleExplanation): boolean =>
  after.castCost < before.castCost ||
  (after.castCost === before.castCost && after.holdDays < before.holdDays);

export const compareSchedules = (
  before: ScheduleExplanation,
  after: ScheduleExplanation,
): ScheduleComparison => ({
  before,
  after,
  castCostSaved: before.castCost - after.castCost,
  holdDaysSaved: before.holdDays - after.holdDays,
  shootDaysSaved: before.shootDays - after.shootDays,
});
