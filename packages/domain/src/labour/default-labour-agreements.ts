import { quantity } from '../budget/quantity.js';
import { currencyCode, minorUnits } from '../shared/money.js';
import type { AgreementClause, LabourAgreement, PayStep } from './labour-agreement.js';

// Every figure below is one recorded in ../shared/reference/domain-conventions.md §8 (the section and the
// source it quotes are named on each clause). Where that record is silent the choice is ours and is listed
// in CONTEXT.md ("Labour: timecards"). None of this is payroll advice: rules change by agreement year,
// which is why they are data.

const USD = currencyCode('USD');
const HOUR = 60;

const LC_510 = 'California Labor Code §510(a), domain-conventions §8.1';
const WO_12 = 'IWC Wage Order 12-2001 (motion picture industry), domain-conventions §8.1';
const SAG_MEALS = 'sagaftra.org/meal-periods, domain-conventions §8.2';
const SAG_REST = 'sagaftra.org/rest-periods-forced-calls, domain-conventions §8.2';
const IATSE_MEALS = 'IATSE history of meal penalties (basic.iatse.net), domain-conventions §8.3';
const IATSE_REST = 'IATSE Area Standards Agreement history, domain-conventions §8.3';
const LOCAL_REST = 'Example local agreement, daily rest period clause, domain-conventions §8.3';
const CREW_DEAL =
  'Crew "standard deal" as explained to crew (dan9693.com), domain-conventions §8.3';
const OURS = 'Greenlight default where domain-conventions is silent (CONTEXT.md, Labour)';

const clause = (id: string, words: string, source: string): AgreementClause => ({
  id,
  words,
  source,
});

// ---- California statute: Labor Code §510(a) and Wage Order 12 ----------------------------------------

const STRAIGHT = clause('lc510-straight', 'Eight hours of labor constitutes a day’s work', LC_510);
const DAILY_OT = clause(
  'lc510-daily-overtime',
  'Work in excess of eight hours in one workday at one and one-half times the regular rate',
  LC_510,
);
const DAILY_DT = clause(
  'lc510-daily-double-time',
  'Work in excess of 12 hours in one day at twice the regular rate',
  LC_510,
);
const SEVENTH_FIRST_8 = clause(
  'lc510-seventh-day',
  'The first eight hours worked on the seventh day of work in a workweek at one and one-half times the regular rate',
  LC_510,
);
const SEVENTH_AFTER_8 = clause(
  'lc510-seventh-day-after-8',
  'Work in excess of eight hours on the seventh day of a workweek at twice the regular rate',
  LC_510,
);

/** The statute's ladder: straight to 8 h, 1.5× to 12 h, 2× after (Labor Code §510(a)). */
const STATUTE_DAILY: readonly PayStep[] = [
  { afterMinutes: 0, multiplier: quantity(1), kind: 'straight', clause: STRAIGHT },
  { afterMinutes: 8 * HOUR, multiplier: quantity(1.5), kind: 'overtime', clause: DAILY_OT },
  { afterMinutes: 12 * HOUR, multiplier: quantity(2), kind: 'double-time', clause: DAILY_DT },
];

const STATUTE_SEVENTH_DAY: readonly PayStep[] = [
  { afterMinutes: 0, multiplier: quantity(1.5), kind: 'seventh-day', clause: SEVENTH_FIRST_8 },
  { afterMinutes: 8 * HOUR, multiplier: quantity(2), kind: 'seventh-day', clause: SEVENTH_AFTER_8 },
];

const STATUTE_WEEKLY = {
  afterMinutes: 40 * HOUR,
  multiplier: quantity(1.5),
  clause: clause(
    'lc510-weekly-overtime',
    'Work in excess of 40 hours in any one workweek at one and one-half times the regular rate (hours already paid at a premium do not count again)',
    LC_510,
  ),
};

const TENTH_HOUR = {
  unitMinutes: 6,
  mode: 'nearest' as const,
  clause: clause(
    'rounding-tenth-hour',
    'Worked time each day is rounded to the nearest tenth of an hour (6 minutes), halves up',
    OURS,
  ),
};

const DAY_OF_8 = { minutes: 8 * HOUR, clause: STRAIGHT };

const WO12_MEALS = {
  firstDueMinutes: 6 * HOUR,
  nextDueMinutes: 6 * HOUR,
  graceMinutes: 0,
  minimumMinutes: 30,
  maximumDeductibleMinutes: HOUR,
  penalty: { kind: 'pay' as const, minutes: HOUR, multiplier: quantity(1) },
  clause: clause(
    'wo12-meal-period',
    'A meal period of 30 minutes to one hour no later than six hours after call, and six hours after the end of the one before; an hour’s wage for each missed deadline',
    WO_12,
  ),
};

const WO12_MAXIMUM_DAY = {
  minutes: 16 * HOUR,
  clause: clause(
    'wo12-maximum-day',
    'At most 16 hours in one day, meal periods included',
    `${WO_12} (Akopyan Law)`,
  ),
};

const WO12_SOURCES = [
  'California Labor Code §510(a)',
  'IWC Wage Order No. 12-2001, Motion Picture Industry',
  'domain-conventions §8.1',
];

/**
 * Non-union productions and non-represented employees on union productions in California: "Wage Order 12
 * is the standard" (FTV Consulting, domain-conventions §8.1). The statute names no sixth-day premium,
 * rest period or minimum call, so this set has none.
 */
export const CALIFORNIA_WAGE_ORDER_12: LabourAgreement = {
  id: 'us-ca-wage-order-12-2001',
  name: 'California non-union (Labor Code §510, Wage Order 12)',
  jurisdiction: 'US-CA',
  union: null,
  year: 2001,
  version: 1,
  covers: 'everyone',
  currency: USD,
  workweekStartsOn: 7,
  rounding: TENTH_HOUR,
  daily: STATUTE_DAILY,
  weeklyOvertime: STATUTE_WEEKLY,
  sixthDay: null,
  seventhDay: { steps: STATUTE_SEVENTH_DAY },
  meals: WO12_MEALS,
  restPeriod: null,
  minimumCall: null,
  dayMinutes: DAY_OF_8,
  maximumDay: WO12_MAXIMUM_DAY,
  paidHoliday: null,
  sources: WO12_SOURCES,
};

// ---- SAG-AFTRA: meal periods, rest periods and forced calls ------------------------------------------

/**
 * Performers. The record holds SAG-AFTRA's meal and rest rules only; overtime, weekly and seventh-day
 * pay are the California statute's, the legal floor, until the contract's own figures are recorded.
 * The year is the contract the sagaftra.org pages describe when they were read (not stated in the record).
 */
export const SAG_AFTRA_PERFORMERS: LabourAgreement = {
  ...CALIFORNIA_WAGE_ORDER_12,
  id: 'sag-aftra-performers-2023',
  name: 'SAG-AFTRA performers (meal periods, rest periods, forced calls)',
  jurisdiction: 'US',
  union: 'SAG-AFTRA',
  year: 2023,
  version: 1,
  covers: 'cast',
  meals: {
    firstDueMinutes: 6 * HOUR,
    nextDueMinutes: 6 * HOUR,
    // A 12- or 15-minute grace is quoted by secondary sources that disagree; without a primary source
    // we pay from the deadline (the worker's side of the doubt).
    graceMinutes: 0,
    minimumMinutes: 30,
    maximumDeductibleMinutes: HOUR,
    penalty: {
      kind: 'ladder',
      unitMinutes: 30,
      amounts: [minorUnits(2_500), minorUnits(3_500), minorUnits(5_000)],
    },
    clause: clause(
      'sag-meal-penalty',
      'First meal within six hours of first call, the next within six hours of the call-back from the one before; late: first half-hour or fraction $25, second $35, each further $50',
      SAG_MEALS,
    ),
  },
  restPeriod: {
    minimumMinutes: 12 * HOUR,
    penalty: { kind: 'forced-call', cap: minorUnits(90_000) },
    clause: clause(
      'sag-rest-period',
      '12 hours from dismissal to first call the next day; a forced call pays the daily rate or $900, whichever is less (day performers)',
      SAG_REST,
    ),
  },
  sources: [...WO12_SOURCES, 'sagaftra.org/meal-periods', 'sagaftra.org/rest-periods-forced-calls'],
};

// ---- IATSE crew ------------------------------------------------------------------------------------

/**
 * Crew under an IATSE agreement. Recorded: the 10-hour rest period (Area Standards Agreement) and the
 * studio TV meal-penalty ladder ($8.50 / $11.00 / $13.50 and each succeeding half-hour; the record says
 * the year labels on IATSE's history page are jumbled, so treat the amounts as an older year's). The rest
 * invasion is paid as additional straight time, as the recorded local agreement clause does. Overtime is
 * the statute's until the agreement's own figures are recorded. Labelled 2021: the latest agreement the
 * record dates (the Basic Agreement "ratified in late 2021", Media Services).
 */
export const IATSE_CREW: LabourAgreement = {
  ...CALIFORNIA_WAGE_ORDER_12,
  id: 'iatse-crew-2021',
  name: 'IATSE crew (10-hour rest, studio meal-penalty ladder)',
  jurisdiction: 'US',
  union: 'IATSE',
  year: 2021,
  version: 1,
  covers: 'crew',
  meals: {
    ...WO12_MEALS,
    penalty: {
      kind: 'ladder',
      unitMinutes: 30,
      amounts: [minorUnits(850), minorUnits(1_100), minorUnits(1_350)],
    },
    clause: clause(
      'iatse-meal-penalty',
      'Meal due six hours after call and six hours after the one before; late: $8.50 the first half-hour, $11.00 the second, $13.50 the third and each succeeding',
      IATSE_MEALS,
    ),
  },
  restPeriod: {
    minimumMinutes: 10 * HOUR,
    penalty: { kind: 'invaded-time', multiplier: quantity(1) },
    clause: clause(
      'iatse-rest-period',
      '10-hour rest period between wrap and the next call; invaded time is paid as additional straight time',
      `${IATSE_REST}; ${LOCAL_REST}`,
    ),
  },
  sources: [
    ...WO12_SOURCES,
    'IATSE Area Standards Agreement history page',
    'basic.iatse.net history of meal penalties',
    'example local agreement, daily rest period clause',
  ],
};

// ---- A crew deal convention ------------------------------------------------------------------------

const DEAL_STRAIGHT = clause('deal-regular', 'Regular rate to 10 hours', CREW_DEAL);

/**
 * The "standard deal" as commonly explained to crew: regular to 10 h, 1.5× from 10 to 14 h, 2× from 14 to
 * 18 h, 3× (golden time) after 18 h; 10 hours off between days, time called back inside them paid at the
 * rate in effect at the previous day's clock-out. "A deal convention, not a contract": for a deal memo that
 * says so, and only where the statute allows it (in California, the statute's 1.5× after 8 h is the floor).
 * Meals follow Wage Order 12, the standard for non-union crew.
 */
export const CREW_DEAL_CONVENTION: LabourAgreement = {
  ...CALIFORNIA_WAGE_ORDER_12,
  id: 'crew-deal-convention-2026',
  name: 'Crew deal convention (10 h regular, golden time after 18 h)',
  jurisdiction: 'deal memo',
  union: null,
  year: 2026,
  version: 1,
  covers: 'crew',
  daily: [
    { afterMinutes: 0, multiplier: quantity(1), kind: 'straight', clause: DEAL_STRAIGHT },
    {
      afterMinutes: 10 * HOUR,
      multiplier: quantity(1.5),
      kind: 'overtime',
      clause: clause('deal-time-and-a-half', '1.5× from 10 to 14 hours', CREW_DEAL),
    },
    {
      afterMinutes: 14 * HOUR,
      multiplier: quantity(2),
      kind: 'double-time',
      clause: clause('deal-double-time', '2× from 14 to 18 hours', CREW_DEAL),
    },
    {
      afterMinutes: 18 * HOUR,
      multiplier: quantity(3),
      kind: 'golden-time',
      clause: clause('deal-golden-time', '3× after 18 hours (golden time)', CREW_DEAL),
    },
  ],
  // The deal names no weekly or seventh-day premium.
  weeklyOvertime: null,
  seventhDay: null,
  restPeriod: {
    minimumMinutes: 10 * HOUR,
    penalty: { kind: 'invaded-time-at-previous-rate' },
    clause: clause(
      'deal-turnaround',
      '10 hours off between days; time called back inside them is paid at the rate in effect at the previous day’s clock-out',
      CREW_DEAL,
    ),
  },
  dayMinutes: { minutes: 10 * HOUR, clause: DEAL_STRAIGHT },
  sources: ['dan9693.com/thedeal (a deal convention, not a contract)', ...WO12_SOURCES],
};

/** The agreements a production starts with; a production may copy one and change it. */
export const DEFAULT_LABOUR_AGREEMENTS: readonly LabourAgreement[] = [
  CALIFORNIA_WAGE_ORDER_12,
  SAG_AFTRA_PERFORMERS,
  IATSE_CREW,
  CREW_DEAL_CONVENTION,
];
