import { computeTimecard, type ComputedTimecard } from '../labour/compute-timecard.js';
import type { LabourAgreement } from '../labour/labour-agreement.js';
import type { LabourRate, MealBreak, TimecardDay } from '../labour/timecard-day.js';
import { addDays } from '../schedule/calendar/date-arithmetic.js';
import { seededRandom } from '../schedule/solver/seeded-random.js';
import { calendarDate, type CalendarDate } from '../shared/calendar-date.js';
import { currencyCode, minorUnits } from '../shared/money.js';

const USD = currencyCode('USD');

/** `07:30` → 450 minutes after midnight; `+01:30` → 1530, the next morning. */
export const hm = (text: string): number => {
  const next = text.startsWith('+');
  const [h, m] = text.replace('+', '').split(':').map(Number);
  return (next ? 1440 : 0) + (h ?? 0) * 60 + (m ?? 0);
};

/** A work day as a call sheet writes it: `workDay('2026-03-02', '07:00', [['13:00', '13:30']], '21:30')`. */
export const workDay = (
  date: string,
  call: string,
  meals: readonly (readonly [string, string])[],
  wrap: string,
  kind: 'work' | 'travel' = 'work',
): TimecardDay => ({
  date: calendarDate(date),
  kind,
  call: hm(call),
  meals: meals.map(([out, back]): MealBreak => ({ out: hm(out), in: hm(back) })),
  wrap: hm(wrap),
});

export const offDay = (date: string, kind: 'holiday' | 'idle'): TimecardDay => ({
  date: calendarDate(date),
  kind,
  call: null,
  meals: [],
  wrap: null,
});

/** An hourly rate in US dollars and cents: `hourlyUsd(40)` is $40.00 an hour. */
export const hourlyUsd = (dollars: number): LabourRate => ({
  kind: 'hourly',
  currency: USD,
  perHour: minorUnits(Math.round(dollars * 100)),
});

/** A day rate in US dollars guaranteeing some hours: `dayRateUsd(500, 10)` is "$500/10". */
export const dayRateUsd = (dollars: number, hours: number): LabourRate => ({
  kind: 'daily',
  currency: USD,
  perDay: minorUnits(Math.round(dollars * 100)),
  guaranteedMinutes: Math.round(hours * 60),
});

export type RandomCrewMember = {
  readonly personId: string;
  readonly rate: LabourRate;
  readonly days: readonly TimecardDay[];
};

/**
 * A seeded crew for benchmarks: `people` people over `days` consecutive dates from `start`, most days
 * worked (calls 05:00 to 11:00, 8 to 15 hours, one or two meals, sometimes late), some idle, a few off.
 */
export const randomTimecards = (
  seed: number,
  people: number,
  days: number,
  start: CalendarDate = calendarDate('2026-03-01'),
): RandomCrewMember[] => {
  const random = seededRandom(seed);
  const crew: RandomCrewMember[] = [];
  for (let p = 0; p < people; p += 1) {
    const rate =
      random.int(3) === 0
        ? dayRateUsd(300 + random.int(900), 10 + random.int(3))
        : hourlyUsd(20 + random.int(80));
    const cards: TimecardDay[] = [];
    for (let d = 0; d < days; d += 1) {
      const date = addDays(start, d);
      const roll = random.int(10);
      if (roll === 0) continue;
      if (roll === 1) {
        cards.push({ date, kind: 'idle', call: null, meals: [], wrap: null });
        continue;
      }
      const call = 300 + random.int(73) * 5;
      const wrap = call + 480 + random.int(85) * 5;
      const firstOut = call + 300 + random.int(20) * 5;
      const meals: MealBreak[] = [{ out: firstOut, in: firstOut + 30 + random.int(7) * 5 }];
      const secondOut = (meals[0]?.in ?? 0) + 330 + random.int(10) * 5;
      if (secondOut + 30 < wrap) meals.push({ out: secondOut, in: secondOut + 30 });
      cards.push({ date, kind: random.int(15) === 0 ? 'travel' : 'work', call, meals, wrap });
    }
    crew.push({ personId: `person-${p + 1}`, rate, days: cards });
  }
  return crew;
};

/** A computed week, or the test fails with the refusal. */
export const computeOrThrow = (
  agreement: LabourAgreement,
  days: readonly TimecardDay[],
  rate: LabourRate = hourlyUsd(40),
): ComputedTimecard => {
  const result = computeTimecard(agreement, days, rate);
  if (!result.ok) throw result.error;
  return result.value;
};

/** A card's lines as `[MM-DD, kind, minutes, multiplier, amount]`, for compact expectations. */
export const payLineRows = (card: ComputedTimecard): (string | number | null)[][] =>
  card.lines.map((l) => [l.date.slice(5), l.kind, l.minutes, l.multiplier, l.amount]);
