import { DomainError } from '../shared/domain-error.js';
import type { LabourAgreement } from './labour-agreement.js';
import type { LabourRate, PreviousWrap, TimecardDay } from './timecard-day.js';
import { dayNumber, workweekStartDayNumber } from './day-number.js';
import { workweekStart } from './workweek-start.js';

const MINUTES_PER_DAY = 1440;
const isWhole = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

const rateProblem = (agreement: LabourAgreement, rate: LabourRate): string | null => {
  if (rate.currency !== agreement.currency) {
    return `The rate is in ${rate.currency} but ${agreement.name} pays in ${agreement.currency}`;
  }
  if (rate.kind === 'hourly') {
    return isWhole(rate.perHour) ? null : 'An hourly rate is a whole number of minor units';
  }
  if (!isWhole(rate.perDay)) return 'A day rate is a whole number of minor units';
  if (!Number.isSafeInteger(rate.guaranteedMinutes) || rate.guaranteedMinutes < 1) {
    return 'A day rate guarantees at least one minute';
  }
  return rate.guaranteedMinutes > MINUTES_PER_DAY ? 'A day rate guarantees at most 24 hours' : null;
};

const dayProblem = (day: TimecardDay): string | null => {
  const { call, wrap } = day;
  if (day.kind === 'holiday' || day.kind === 'idle') {
    return call === null && wrap === null && day.meals.length === 0
      ? null
      : `${day.date}: a ${day.kind} day has no call, meals or wrap`;
  }
  if (call === null || wrap === null)
    return `${day.date}: a ${day.kind} day needs a call and a wrap`;
  if (!isWhole(call) || call >= MINUTES_PER_DAY) {
    return `${day.date}: the call is a whole minute of its own date (0 to 1439)`;
  }
  if (!isWhole(wrap) || wrap <= call || wrap > call + MINUTES_PER_DAY) {
    return `${day.date}: the wrap comes after the call and within 24 hours of it`;
  }
  let earliest = call;
  for (const meal of day.meals) {
    if (!isWhole(meal.out) || !isWhole(meal.in) || meal.out < earliest || meal.in <= meal.out) {
      return `${day.date}: meals are taken in order, each ending after it starts, between call and wrap`;
    }
    earliest = meal.in;
  }
  return earliest > wrap
    ? `${day.date}: meals are taken in order, each ending after it starts, between call and wrap`
    : null;
};

/**
 * What makes a week of cards impossible to compute, or null: every card in one workweek of the agreement,
 * one card a date, times in order (a wrap may pass midnight, by at most a day), the rate in the
 * agreement's currency, and the previous wrap before the first card.
 */
export const timecardWeekProblem = (
  agreement: LabourAgreement,
  days: readonly TimecardDay[],
  rate: LabourRate,
  previousWrap: PreviousWrap | null,
): DomainError | null => {
  const fail = (message: string): DomainError => new DomainError('validation', message);
  const first = days[0];
  if (first === undefined) return fail('A timecard has at least one day');
  const rateIssue = rateProblem(agreement, rate);
  if (rateIssue !== null) return fail(rateIssue);
  const start = workweekStartDayNumber(dayNumber(first.date), agreement.workweekStartsOn);
  const seen = new Set<string>();
  for (const day of days) {
    if (seen.has(day.date)) return fail(`${day.date} has two cards; a week has one card a date`);
    seen.add(day.date);
    if (workweekStartDayNumber(dayNumber(day.date), agreement.workweekStartsOn) !== start) {
      return fail(
        `${day.date} is not in the workweek starting ${workweekStart(first.date, agreement.workweekStartsOn)}`,
      );
    }
    const issue = dayProblem(day);
    if (issue !== null) return fail(issue);
  }
  if (previousWrap !== null && (!isWhole(previousWrap.wrap) || !isWhole(previousWrap.multiplier))) {
    return fail('The previous wrap is a whole minute with a multiplier in thousandths');
  }
  // Each call comes after the wrap before it (a wrap past midnight can run into the next card).
  let before = previousWrap;
  for (const day of [...days].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    if (day.call === null || day.wrap === null) continue;
    if (
      before !== null &&
      (dayNumber(day.date) - dayNumber(before.date)) * MINUTES_PER_DAY + day.call <= before.wrap
    ) {
      return fail(`The call on ${day.date} is before the wrap of ${before.date}`);
    }
    before = { date: day.date, wrap: day.wrap, multiplier: 0 };
  }
  return null;
};
