import type { Quantity } from '../budget/quantity.js';
import type { Weekday } from '../schedule/calendar/date-arithmetic.js';
import type { CurrencyCode, MinorUnits } from '../shared/money.js';

/**
 * One clause of an agreement, quoted on every pay line it produces so a payroll accountant can check the
 * line against its source. `id` is stable within the agreement (pay lines and exports name it); `words`
 * say the rule in a sentence; `source` says where it was recorded.
 */
export type AgreementClause = {
  readonly id: string;
  readonly words: string;
  readonly source: string;
};

/** What a step of a day's ladder is called on a pay line. The multiplier is data; the kind is its name. */
export type TimePayKind =
  'straight' | 'overtime' | 'double-time' | 'golden-time' | 'sixth-day' | 'seventh-day';

/**
 * A step of a day's pay ladder: minutes worked after `afterMinutes` are paid at `multiplier` (thousandths:
 * 1.5× is 1500) until the next step. A ladder starts at 0 and its multipliers never go down.
 */
export type PayStep = {
  readonly afterMinutes: number;
  readonly multiplier: Quantity;
  readonly kind: TimePayKind;
  readonly clause: AgreementClause;
};

/** Worked minutes beyond `afterMinutes` in a workweek, of those paid straight, at `multiplier`. */
export type WeeklyOvertimeRule = {
  readonly afterMinutes: number;
  readonly multiplier: Quantity;
  readonly clause: AgreementClause;
};

/**
 * How a late meal is paid:
 * - `ladder`: a fixed amount per `unitMinutes` late or fraction, escalating (`amounts[i]` for the i-th unit,
 *   the last amount repeating) — SAG-AFTRA's $25 / $35 / $50;
 * - `pay`: `minutes` of the person's pay at `multiplier` per missed deadline — Wage Order 12's hour's wage.
 */
export type MealPenalty =
  | {
      readonly kind: 'ladder';
      readonly unitMinutes: number;
      readonly amounts: readonly MinorUnits[];
    }
  | { readonly kind: 'pay'; readonly minutes: number; readonly multiplier: Quantity };

export type MealRules = {
  /** The first meal is due this long after call. */
  readonly firstDueMinutes: number;
  /** Each later meal is due this long after the end of the one before. */
  readonly nextDueMinutes: number;
  /** A meal starting at most this long after it was due is on time (sources disagree; see CONTEXT). */
  readonly graceMinutes: number;
  /** A break shorter than this is not a meal: it is paid and does not stop the meal clock. */
  readonly minimumMinutes: number;
  /** At most this much of one meal is deducted from worked time. */
  readonly maximumDeductibleMinutes: number;
  readonly penalty: MealPenalty;
  readonly clause: AgreementClause;
};

/**
 * What a short rest (turnaround) costs:
 * - `invaded-time`: the invaded minutes again at `multiplier`, on top of the day's pay ("additional
 *   straight time" is 1×);
 * - `invaded-time-at-previous-rate`: the invaded minutes at the multiplier in effect at the previous wrap,
 *   the day's own first-step multiplier already being paid for them (so the line is the difference);
 * - `forced-call`: a flat amount, a day's pay or `cap`, whichever is less.
 */
export type RestPenalty =
  | { readonly kind: 'invaded-time'; readonly multiplier: Quantity }
  | { readonly kind: 'invaded-time-at-previous-rate' }
  | { readonly kind: 'forced-call'; readonly cap: MinorUnits };

export type RestPeriodRule = {
  /** The least time from one wrap to the next call. */
  readonly minimumMinutes: number;
  readonly penalty: RestPenalty;
  readonly clause: AgreementClause;
};

/** A ladder used instead of the daily one on the sixth or seventh day worked in a workweek. */
export type DayLadderRule = { readonly steps: readonly PayStep[] };

/** How worked minutes are rounded each day: to a unit (6 min = a tenth of an hour, 15 = a quarter). */
export type TimeRounding = {
  readonly unitMinutes: number;
  /** `nearest`: exact halves up, in the worker's favour; `up`: any part of a unit counts as a unit. */
  readonly mode: 'nearest' | 'up';
  readonly clause: AgreementClause;
};

/**
 * A labour agreement as data: one set per union or jurisdiction, versioned by year. The engine
 * (`computeTimecard`) reads nothing but this, so a new contract year is a new record, not new code. A
 * null rule is one the agreement does not have.
 */
export type LabourAgreement = {
  readonly id: string;
  readonly name: string;
  /** Where it applies: `US-CA`, or the union's territory. */
  readonly jurisdiction: string;
  /** The union, or null for a statute or a deal that binds no union. */
  readonly union: string | null;
  readonly year: number;
  readonly version: number;
  /** Whom it covers; informational (the server offers matching agreements first). */
  readonly covers: 'crew' | 'cast' | 'everyone';
  /** Flat amounts (meal penalties, forced-call caps) are in this currency; rates must be too. */
  readonly currency: CurrencyCode;
  readonly workweekStartsOn: Weekday;
  readonly rounding: TimeRounding;
  /** The ordinary day's ladder: straight, then overtime, double time, golden time. */
  readonly daily: readonly PayStep[];
  readonly weeklyOvertime: WeeklyOvertimeRule | null;
  readonly sixthDay: DayLadderRule | null;
  readonly seventhDay: DayLadderRule | null;
  readonly meals: MealRules | null;
  readonly restPeriod: RestPeriodRule | null;
  /** Paid at least this many minutes for a day worked (the shortfall is a `minimum-call` line). */
  readonly minimumCall: { readonly minutes: number; readonly clause: AgreementClause } | null;
  /** A day's work: what a "day's pay" is for an hourly rate (forced calls, idle days). */
  readonly dayMinutes: { readonly minutes: number; readonly clause: AgreementClause };
  /** A longer day (call to wrap, meals included) is flagged, not paid differently. */
  readonly maximumDay: { readonly minutes: number; readonly clause: AgreementClause } | null;
  /** Paid for a holiday not worked, at straight time; null: holidays are unpaid unless worked. */
  readonly paidHoliday: { readonly minutes: number; readonly clause: AgreementClause } | null;
  /** Where the record comes from, for the agreement page. */
  readonly sources: readonly string[];
};
