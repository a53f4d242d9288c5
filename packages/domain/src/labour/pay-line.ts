import type { Quantity } from '../budget/quantity.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { MinorUnits } from '../shared/money.js';
import type { TimePayKind } from './labour-agreement.js';

/** What a pay line pays for: a step of the day's ladder, or an addition. */
export type PayLineKind =
  | TimePayKind
  | 'weekly-overtime'
  | 'minimum-call'
  | 'meal-penalty'
  | 'rest-violation'
  | 'forced-call'
  | 'holiday'
  | 'idle-day';

export const PAY_LINE_KIND_LABELS: Readonly<Record<PayLineKind, string>> = {
  straight: 'Straight time',
  overtime: 'Overtime',
  'double-time': 'Double time',
  'golden-time': 'Golden time',
  'sixth-day': 'Sixth day',
  'seventh-day': 'Seventh day',
  'weekly-overtime': 'Weekly overtime',
  'minimum-call': 'Minimum call',
  'meal-penalty': 'Meal penalty',
  'rest-violation': 'Rest period violation',
  'forced-call': 'Forced call',
  holiday: 'Holiday',
  'idle-day': 'Idle day',
};

/** The rule a line was paid under: the agreement and the clause, in words. */
export type PayRule = {
  readonly agreementId: string;
  readonly clauseId: string;
  readonly words: string;
  readonly source: string;
};

/**
 * One line of pay. Time lines pay `minutes` at `multiplier` × the hourly rate; flat lines (a meal-penalty
 * ladder, a forced call) have a null multiplier and say what they count in `note`.
 */
export type PayLine = {
  readonly date: CalendarDate;
  readonly kind: PayLineKind;
  /** Time paid, or for a meal penalty the minutes late, for a rest violation the minutes invaded. */
  readonly minutes: number;
  /** The straight hourly rate, rounded to a minor unit for display; amounts use the exact rate. */
  readonly ratePerHour: MinorUnits;
  /** Thousandths (1.5× = 1500); null for a flat amount. */
  readonly multiplier: Quantity | null;
  readonly amount: MinorUnits;
  readonly rule: PayRule;
  /** How a flat or penalty amount was reached, in words; empty for plain time lines. */
  readonly note: string;
};
