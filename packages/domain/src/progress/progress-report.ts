import type { BudgetSection } from '../budget/budget-section.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { CurrencyCode, MinorUnits } from '../shared/money.js';
import type { ScheduleStanding } from '../shooting/production-report.js';

/**
 * One week of spending, cumulative to the week's last day (or to the report date, for the week holding it):
 * what is spent (actuals) and what is spent or promised (actuals + open purchase orders).
 */
export type SpendWeek = {
  /** The week's first day, on the production's week start. */
  readonly weekStarting: CalendarDate;
  /** The last day counted: the week's last day, or the report date in its last week. */
  readonly through: CalendarDate;
  readonly actuals: MinorUnits;
  readonly actualsAndCommitments: MinorUnits;
};

/** One account with a variance, for the "largest variances" table. */
export type ProgressVariance = {
  readonly accountNumber: string;
  readonly name: string;
  /** Null for an account not in the budget. */
  readonly section: BudgetSection | null;
  readonly budget: MinorUnits;
  readonly estimatedFinalCost: MinorUnits;
  /** Budget − estimated final cost: below zero is over budget. */
  readonly variance: MinorUnits;
};

/**
 * A bar of the "variance by section" chart: a budget section, the accounts not in the budget, or a
 * percentage item (contingency, bond). The bars add up to the grand total's variance.
 */
export type SectionVariance = {
  readonly key: string;
  readonly label: string;
  readonly budget: MinorUnits;
  readonly estimatedFinalCost: MinorUnits;
  readonly variance: MinorUnits;
};

/**
 * Where the money stands: the closed financing (closed and drawn deals) in the budget currency, what of it
 * the drawdown schedule has paid in by the report date, what is spent, and what the closed financing lacks
 * against the estimated final cost. `drawnToDate` and `cashInHand` are null when the drawdowns cannot be
 * dated (the plan has no first week) or the financing cannot be converted (`problem` says why).
 */
export type CashPosition = {
  readonly closedFinancing: MinorUnits | null;
  readonly drawnToDate: MinorUnits | null;
  readonly spentToDate: MinorUnits;
  readonly committedToDate: MinorUnits;
  /** Drawn to date − spent to date: below zero, more is spent than has come in. */
  readonly cashInHand: MinorUnits | null;
  readonly estimatedFinalCost: MinorUnits;
  /** What the closed financing lacks against the estimated final cost (zero when it covers it). */
  readonly fundingShortfall: MinorUnits | null;
  readonly problem: string | null;
};

export type ScheduleState = 'not-scheduled' | 'before-shooting' | 'shooting' | 'wrapped';

/**
 * Where the unit stands against the board after the latest reported shoot day, as that day's production
 * report works it out (`ScheduleStanding`): shoot day N of M, scenes and pages shot to date against planned to
 * date, ahead or behind in eighths and in days.
 */
export type ScheduleReportStanding = ScheduleStanding & {
  readonly date: CalendarDate;
  readonly dayNumber: number;
  readonly totalDays: number;
};

/**
 * The shoot against its schedule. With daily production reports (`basis` 'production-reports'), the days shot
 * are the shoot days up to the report date that have a report, and the pages shot and the standing are the
 * latest report's; shoot days before the report date without one are `daysWithoutReport`. Before any report
 * (`basis` 'board'), a shoot day dated before the report date counts as shot, so the schedule can be neither
 * ahead nor behind: `daysAheadOrBehind` is null.
 */
export type ScheduleStatus = {
  readonly state: ScheduleState;
  readonly plannedDays: number;
  readonly shotDays: number;
  readonly remainingDays: number;
  readonly plannedEighths: number;
  readonly shotEighths: number;
  readonly firstShootDay: CalendarDate | null;
  readonly wrapDate: CalendarDate | null;
  /**
   * Positive: ahead of schedule by that many days (to one decimal); negative: behind; null while it cannot be
   * known (no production report yet).
   */
  readonly daysAheadOrBehind: number | null;
  /** What the days shot are counted from: the production reports, or the board alone before any report. */
  readonly basis: 'board' | 'production-reports';
  /** The latest production report's standing; null on the board's basis. */
  readonly standing: ScheduleReportStanding | null;
  /** Shoot days before the report date with no production report (not counted as shot). */
  readonly daysWithoutReport: readonly CalendarDate[];
};

/**
 * The weekly progress report for the executive producer and the financiers: the cost report's totals, the
 * spend over time, the largest variances, the variance by section, the cash position and the schedule,
 * with a headline of sentences that says it in words.
 */
export type ProgressReport = {
  readonly currency: CurrencyCode;
  readonly asOf: CalendarDate;
  readonly previousAsOf: CalendarDate | null;
  readonly headline: readonly string[];
  readonly totals: {
    readonly budget: MinorUnits;
    readonly actualsToDate: MinorUnits;
    readonly commitments: MinorUnits;
    readonly estimatedFinalCost: MinorUnits;
    readonly variance: MinorUnits;
    readonly changeSinceLastReport: MinorUnits | null;
    /** Actuals to date as a share of the budget, in basis points (null for a budget of zero). */
    readonly spentBp: number | null;
  };
  readonly spend: readonly SpendWeek[];
  /**
   * Actuals the weekly series cannot date (labour posted from timecards, opening balances): the report's
   * actuals to date less the documents'. Zero when every actual comes from a dated document.
   */
  readonly undatedActuals: MinorUnits;
  readonly overBudget: readonly ProgressVariance[];
  readonly underBudget: readonly ProgressVariance[];
  readonly sections: readonly SectionVariance[];
  readonly cash: CashPosition | null;
  readonly schedule: ScheduleStatus;
};
