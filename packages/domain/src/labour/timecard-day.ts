import type { CalendarDate } from '../shared/calendar-date.js';
import type { CurrencyCode, MinorUnits } from '../shared/money.js';

/**
 * - `work`: a shoot or prep day, paid as worked, with meal penalties and turnaround;
 * - `travel`: travel time is worked time (same ladder, minimum call and turnaround), but no meal penalties;
 * - `holiday`: a holiday not worked: the agreement's paid holiday, if it has one (a worked holiday is `work`);
 * - `idle`: on payroll but not working (weather, a hold): a day's guarantee at straight time.
 */
export type TimecardDayKind = 'work' | 'travel' | 'holiday' | 'idle';

/** A break away from work, in minutes after the day's midnight (see `TimecardDay`). */
export type MealBreak = { readonly out: number; readonly in: number };

/**
 * One person's day. Times are minutes after the local midnight that starts `date`, the call date: a wrap at
 * 01:30 the next morning is 1530. The whole day counts on the call date, however late it wraps.
 * Holidays and idle days have no times (null, no meals).
 */
export type TimecardDay = {
  readonly date: CalendarDate;
  readonly kind: TimecardDayKind;
  readonly call: number | null;
  readonly meals: readonly MealBreak[];
  readonly wrap: number | null;
};

/**
 * What the person is paid:
 * - `hourly`: a straight hourly rate;
 * - `daily`: a day rate that guarantees `guaranteedMinutes` through the day's ladder ("$500/10" is 8 hours
 *   straight and 2 at 1.5×, so the straight hour is $500 / 11). The hourly rate is kept as that exact
 *   fraction, so a guaranteed day pays the day rate to the minor unit.
 */
export type LabourRate =
  | { readonly kind: 'hourly'; readonly currency: CurrencyCode; readonly perHour: MinorUnits }
  | {
      readonly kind: 'daily';
      readonly currency: CurrencyCode;
      readonly perDay: MinorUnits;
      readonly guaranteedMinutes: number;
    };

/** The wrap before the first card of a week (from last week's card): turnaround needs it. */
export type PreviousWrap = {
  readonly date: CalendarDate;
  /** Minutes after the midnight starting `date`, as on a card. */
  readonly wrap: number;
  /** The multiplier paid at that wrap (thousandths), for agreements that pay invaded rest at it. */
  readonly multiplier: number;
};
