import { formatMoney, minorUnits, type CurrencyCode, type MinorUnits } from '../shared/money.js';
import { formatMinutes } from '../schedule/board/format-minutes.js';
import { displayHourlyRate, timePay, type ExactRate } from './exact-rate.js';
import { isMeal } from './day-worked-time.js';
import type { LabourAgreement, MealRules } from './labour-agreement.js';
import { payRule } from './pay-rule.js';
import type { PayLine } from './pay-line.js';
import type { TimecardDay } from './timecard-day.js';

// Formatting money goes through Intl; a ladder has a handful of amounts, so format each once per ladder.
const formattedLadders = new WeakMap<readonly MinorUnits[], readonly string[]>();
const formattedLadder = (
  amounts: readonly MinorUnits[],
  currency: CurrencyCode,
): readonly string[] => {
  let formatted = formattedLadders.get(amounts);
  if (formatted === undefined) {
    formatted = amounts.map((a) => formatMoney(a, currency));
    formattedLadders.set(amounts, formatted);
  }
  return formatted;
};

const unitName = (unitMinutes: number): string =>
  unitMinutes === 30 ? 'half-hour' : `${unitMinutes}-minute period`;

const penaltyLine = (
  agreement: LabourAgreement,
  meals: MealRules,
  day: TimecardDay,
  rate: ExactRate,
  index: number,
  lateMinutes: number,
  taken: boolean,
): PayLine => {
  const what = `Meal ${index + 1} ${taken ? 'started' : 'not taken by wrap,'} ${formatMinutes(lateMinutes)} late`;
  const base = {
    date: day.date,
    kind: 'meal-penalty' as const,
    ratePerHour: displayHourlyRate(rate),
    rule: payRule(agreement, meals.clause),
  };
  const penalty = meals.penalty;
  if (penalty.kind === 'pay') {
    return {
      ...base,
      minutes: penalty.minutes,
      multiplier: penalty.multiplier,
      amount: timePay(rate, penalty.minutes, penalty.multiplier),
      note: `${what}: ${formatMinutes(penalty.minutes)} of pay`,
    };
  }
  // "First half-hour or fraction": any part of a unit is a whole unit; the last amount repeats.
  const units = Math.ceil(lateMinutes / penalty.unitMinutes);
  const formatted = formattedLadder(penalty.amounts, agreement.currency);
  const texts: string[] = [];
  let amount = 0;
  for (let unit = 0; unit < units; unit += 1) {
    const step = Math.min(unit, penalty.amounts.length - 1);
    amount += penalty.amounts[step] ?? 0;
    texts.push(formatted[step] ?? '');
  }
  const name = unitName(penalty.unitMinutes);
  return {
    ...base,
    minutes: lateMinutes,
    multiplier: null,
    amount: minorUnits(amount),
    note: `${what}: ${units} ${name}${units === 1 ? '' : 's'} or part, ${texts.join(' + ')}`,
  };
};

/**
 * The meal penalties of a work day. The clock starts at call; each meal is due `firstDueMinutes` after
 * it, the next `nextDueMinutes` after the end of the one before. A meal starting after its deadline (plus
 * grace) is late by the minutes from the deadline to its start; a meal never taken is late until wrap, and
 * the clock stops there. Lateness is counted from the deadline, not from the end of the grace.
 */
export const mealPenaltyLines = (
  agreement: LabourAgreement,
  day: TimecardDay,
  rate: ExactRate,
): PayLine[] => {
  const meals = agreement.meals;
  if (meals === null || day.kind !== 'work' || day.call === null || day.wrap === null) return [];
  const taken = day.meals.filter((meal) => isMeal(agreement, meal));
  const lines: PayLine[] = [];
  let clock = day.call;
  for (let index = 0; ; index += 1) {
    const deadline = clock + (index === 0 ? meals.firstDueMinutes : meals.nextDueMinutes);
    const meal = taken[index];
    const lateUntil = meal === undefined ? day.wrap : meal.out;
    if (lateUntil > deadline + meals.graceMinutes) {
      lines.push(
        penaltyLine(agreement, meals, day, rate, index, lateUntil - deadline, meal !== undefined),
      );
    }
    if (meal === undefined) return lines;
    clock = meal.in;
  }
};
