import { ok, type Result } from '../shared/result.js';
import {
  computeTimecard,
  type ComputedTimecard,
  type ComputeTimecardOptions,
} from './compute-timecard.js';
import type { LabourAgreement } from './labour-agreement.js';
import type { LabourRate, TimecardDay } from './timecard-day.js';
import { dayNumber, workweekStartDayNumber } from './day-number.js';

/**
 * Cards over any period (a shoot of 60 days), split into the agreement's workweeks and computed in order,
 * each week's last wrap carried into the next week's turnaround. Weeks without a card are skipped.
 */
export const computeTimecardWeeks = (
  agreement: LabourAgreement,
  days: readonly TimecardDay[],
  rate: LabourRate,
  options: ComputeTimecardOptions = {},
): Result<ComputedTimecard[]> => {
  const weeks = new Map<number, TimecardDay[]>();
  for (const day of days) {
    const start = workweekStartDayNumber(dayNumber(day.date), agreement.workweekStartsOn);
    const week = weeks.get(start);
    if (week) week.push(day);
    else weeks.set(start, [day]);
  }
  const computed: ComputedTimecard[] = [];
  let previousWrap = options.previousWrap ?? null;
  for (const start of [...weeks.keys()].sort((a, b) => a - b)) {
    const result = computeTimecard(agreement, weeks.get(start) ?? [], rate, { previousWrap });
    if (!result.ok) return result;
    computed.push(result.value);
    previousWrap = result.value.lastWrap;
  }
  return ok(computed);
};
