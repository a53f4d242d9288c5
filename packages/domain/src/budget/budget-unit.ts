/**
 * What a detail line's amount counts. `flat` is a fixed fee (amount 1 × the rate); `allow` an allowance,
 * an estimate the department spends against. Days, weeks and episodes are the units the schedule and the
 * globals feed.
 */
export const BUDGET_UNITS = [
  'days',
  'weeks',
  'months',
  'hours',
  'episodes',
  'each',
  'flat',
  'allow',
] as const;
export type BudgetUnit = (typeof BUDGET_UNITS)[number];

export const BUDGET_UNIT_LABELS: Readonly<Record<BudgetUnit, string>> = {
  days: 'Days',
  weeks: 'Weeks',
  months: 'Months',
  hours: 'Hours',
  episodes: 'Episodes',
  each: 'Each',
  flat: 'Flat',
  allow: 'Allow',
};
