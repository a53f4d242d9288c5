import type { LabourAgreement, TimeRounding } from './labour-agreement.js';
import type { MealBreak, TimecardDay } from './timecard-day.js';

export type DayWorkedTime = {
  /** Call to wrap. */
  readonly elapsedMinutes: number;
  /** Meal time taken off: every break long enough to be a meal, up to the most one meal may take. */
  readonly mealMinutes: number;
  /** Elapsed less meals, exact. */
  readonly workedMinutes: number;
  /** Worked, rounded per the agreement: what the ladder pays. */
  readonly paidMinutes: number;
};

/** `nearest` rounds exact halves up; `up` counts any part of a unit as a whole unit. */
export const roundMinutes = (minutes: number, rounding: TimeRounding): number => {
  const unit = rounding.unitMinutes;
  return rounding.mode === 'up'
    ? Math.ceil(minutes / unit) * unit
    : Math.floor((2 * minutes + unit) / (2 * unit)) * unit;
};

/**
 * Whether a break counts as a meal: at least the agreement's minimum. A shorter one is paid (it is not
 * taken off worked time) and does not stop the meal clock. Without meal rules every break is a meal.
 */
export const isMeal = (agreement: LabourAgreement, meal: MealBreak): boolean =>
  agreement.meals === null || meal.in - meal.out >= agreement.meals.minimumMinutes;

/** The minutes a meal takes off worked time. */
export const deductedMealMinutes = (agreement: LabourAgreement, meal: MealBreak): number => {
  if (!isMeal(agreement, meal)) return 0;
  const length = meal.in - meal.out;
  return agreement.meals === null
    ? length
    : Math.min(length, agreement.meals.maximumDeductibleMinutes);
};

/** A day's time: elapsed, meals, worked and paid (rounded). Days without times have none. */
export const dayWorkedTime = (agreement: LabourAgreement, day: TimecardDay): DayWorkedTime => {
  if (day.call === null || day.wrap === null) {
    return { elapsedMinutes: 0, mealMinutes: 0, workedMinutes: 0, paidMinutes: 0 };
  }
  const elapsedMinutes = day.wrap - day.call;
  let mealMinutes = 0;
  for (const meal of day.meals) mealMinutes += deductedMealMinutes(agreement, meal);
  const workedMinutes = elapsedMinutes - mealMinutes;
  return {
    elapsedMinutes,
    mealMinutes,
    workedMinutes,
    paidMinutes: roundMinutes(workedMinutes, agreement.rounding),
  };
};
