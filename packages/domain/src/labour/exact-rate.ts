import { QUANTITY_SCALE } from '../budget/quantity.js';
import { multiplyDivideRoundHalfEven } from '../budget/rounding.js';
import { DomainError } from '../shared/domain-error.js';
import { minorUnits, type MinorUnits } from '../shared/money.js';
import type { LabourAgreement, PayStep } from './labour-agreement.js';
import type { LabourRate } from './timecard-day.js';

/**
 * A straight rate as an exact fraction: `numerator` minor units per `denominator` minute-thousandths
 * (minutes × multiplier in thousandths). An hourly rate is perHour / 60,000; a day rate is perDay over its
 * guarantee weighted by the ladder (10 h under the statute: 480 × 1000 + 120 × 1500 = 660,000).
 */
export type ExactRate = { readonly numerator: number; readonly denominator: number };

/** Minutes from `from` to `to` through a ladder, weighted by each step's multiplier (minute-thousandths). */
export const weightedMinutes = (steps: readonly PayStep[], from: number, to: number): number => {
  let total = 0;
  steps.forEach((step, index) => {
    const end = steps[index + 1]?.afterMinutes ?? Infinity;
    const overlap = Math.min(to, end) - Math.max(from, step.afterMinutes);
    if (overlap > 0) total += overlap * step.multiplier;
  });
  return total;
};

export const exactRate = (agreement: LabourAgreement, rate: LabourRate): ExactRate =>
  rate.kind === 'hourly'
    ? { numerator: rate.perHour, denominator: 60 * QUANTITY_SCALE }
    : {
        numerator: rate.perDay,
        denominator: weightedMinutes(agreement.daily, 0, rate.guaranteedMinutes),
      };

/**
 * `minutes` at `multiplier` (thousandths), rounded once, half to even (`ROUNDING_PLACES['pay-line']`):
 * the one rounding of a pay line.
 */
export const timePay = (rate: ExactRate, minutes: number, multiplier: number): MinorUnits => {
  const amount = multiplyDivideRoundHalfEven(
    minutes * multiplier,
    rate.numerator,
    rate.denominator,
  );
  if (amount === null) throw new DomainError('internal', 'A pay line is too large to compute');
  return minorUnits(amount);
};

/** The straight hourly rate to a minor unit, for display on a pay line. */
export const displayHourlyRate = (rate: ExactRate): MinorUnits =>
  minorUnits(
    multiplyDivideRoundHalfEven(rate.numerator, 60 * QUANTITY_SCALE, rate.denominator) ?? 0,
  );

/** A day's pay: the day rate, or the agreement's day (8 h under the statute) at straight time. */
export const dayPay = (
  agreement: LabourAgreement,
  rate: LabourRate,
  exact: ExactRate,
): MinorUnits =>
  rate.kind === 'daily'
    ? rate.perDay
    : timePay(exact, agreement.dayMinutes.minutes, QUANTITY_SCALE);
