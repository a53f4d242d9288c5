import type { CalendarDate } from '../../shared/calendar-date.js';
import type { Weekday } from '../calendar/date-arithmetic.js';
import type { CompanyDaysOff } from '../calendar/shoot-calendar.js';

/**
 * A cell of the day out of days (domain-conventions §3):
 * - `SW` start (first work day), `W` work, `WF` finish (last work day), `SWF` the only work day;
 * - `PW` pick-up: the first work day after a drop; `PWF` when that is also the last work day;
 * - `H` hold: not working but paid and kept available, between start and finish;
 * - `D` drop: released during a long gap (on the first free day of it; the rest of the gap is blank);
 * - `TR` travel, `R` rehearsal, `FT` fitting: events the production entered for that cast member;
 * - `holiday`: a company holiday inside their span (printed `/`);
 * - `''`: not on (before the start, after the finish, a company day off, a dropped day).
 */
export type DoodCode =
  'SW' | 'W' | 'WF' | 'SWF' | 'PW' | 'PWF' | 'H' | 'D' | 'TR' | 'R' | 'FT' | 'holiday' | '';

export type DoodEventKind = 'travel' | 'rehearsal' | 'fitting';

export type DoodEvent = { readonly date: CalendarDate; readonly kind: DoodEventKind };

export type DoodCastOptions = {
  /** Whether days between work days are held (`H`); false leaves them blank (a daily player). Default true. */
  readonly allowHolds?: boolean;
  /**
   * A gap of more than this many calendar days between two work days is a drop and pick-up instead of
   * hold days. Default 10: the common "ten-day" drop/pick-up rule (SAG-AFTRA lets a performer be dropped
   * only when the gap is long enough; contracts vary, hence the setting). `null`: never drop (a
   * run-of-show deal).
   */
  readonly dropPickupAfterDays?: number | null;
};

export const DEFAULT_DROP_PICKUP_AFTER_DAYS = 10;

export type DoodCastMember = {
  readonly elementId: string;
  readonly castNumber: number | null;
  readonly name: string;
  readonly options?: DoodCastOptions;
  readonly events?: readonly DoodEvent[];
};

export type DoodShootDay = {
  readonly date: CalendarDate;
  /** Cast element ids working that day. */
  readonly castElementIds: readonly string[];
};

export type DayOutOfDaysInput = {
  /** In shooting order; dates strictly increasing. Shoot day N is the Nth. */
  readonly shootDays: readonly DoodShootDay[];
  readonly cast: readonly DoodCastMember[];
  /** Tells company holidays and days off apart from days the company works but a cast member does not. */
  readonly calendar: CompanyDaysOff;
};

/**
 * A column of the day out of days: one calendar date. `no-shoot` is a working day by the calendar on
 * which no shoot day falls (between dated shoot days that skip it); the company counts as working.
 */
export type DoodDay = { readonly date: CalendarDate; readonly weekday: Weekday } & (
  | { readonly kind: 'shoot'; readonly dayNumber: number }
  | { readonly kind: 'holiday'; readonly name: string }
  | { readonly kind: 'day-off' }
  | { readonly kind: 'weekend' }
  | { readonly kind: 'no-shoot' }
);

export type DoodTotals = {
  /** Work days: `SW`, `W`, `WF`, `SWF`, `PW`, `PWF`. */
  readonly work: number;
  readonly hold: number;
  /** Company holidays inside the span (`holiday` cells). */
  readonly holiday: number;
  readonly travel: number;
  readonly rehearsal: number;
  readonly fitting: number;
  /** Days of the span (start to finish) with no pay and no work: company days off, dropped days. */
  readonly idle: number;
  readonly drops: number;
  /** Calendar days from start to finish inclusive; 0 without work. */
  readonly span: number;
};

export type DoodRow = {
  readonly elementId: string;
  readonly castNumber: number | null;
  readonly name: string;
  /** One per `DayOutOfDays.days`, in the same order. */
  readonly cells: readonly DoodCode[];
  /** First and last work days; null for a cast member who does not work. */
  readonly start: CalendarDate | null;
  readonly finish: CalendarDate | null;
  readonly totals: DoodTotals;
};

export type DayOutOfDays = {
  /** Every calendar date from the first shoot day (or earlier event) to the last (or later event). */
  readonly days: readonly DoodDay[];
  readonly shootDayCount: number;
  /** By cast number, unnumbered last, then name. */
  readonly rows: readonly DoodRow[];
};
