import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../schedule/calendar/date-arithmetic.js';
import { calendarDate } from '../shared/calendar-date.js';
import { dayRateUsd, hourlyUsd } from '../testing/timecard-builders.js';
import { computeTimecard, type ComputedTimecard } from './compute-timecard.js';
import { DEFAULT_LABOUR_AGREEMENTS } from './default-labour-agreements.js';
import type { LabourAgreement } from './labour-agreement.js';
import type { LabourRate, MealBreak, TimecardDay } from './timecard-day.js';

// Calls from 06:00 to 12:00 and at most 16 h 59 min call to wrap (wrap by 04:59 the next morning), so a
// day's wrap, even extended by an hour, always comes before the next day's call: every week generated is
// valid, and extending a wrap never runs into the next card.
const SUNDAY = calendarDate('2026-03-01');
const MAX_EXTENSION = 60;

const dayArbitrary = (offset: number): fc.Arbitrary<TimecardDay> =>
  fc
    .record({
      kind: fc.constantFrom<'work' | 'travel'>('work', 'work', 'work', 'travel'),
      call: fc.integer({ min: 360, max: 720 }),
      length: fc.integer({ min: 60, max: 1019 }),
      meals: fc.array(
        fc.record({
          at: fc.integer({ min: 0, max: 1000 }),
          length: fc.integer({ min: 10, max: 90 }),
        }),
        { maxLength: 3 },
      ),
    })
    .map(({ kind, call, length, meals }) => {
      const wrap = call + length;
      // Lay the meals out in order inside the day, dropping any that do not fit.
      const laid: MealBreak[] = [];
      let earliest = call;
      for (const meal of [...meals].sort((a, b) => a.at - b.at)) {
        const out = Math.max(earliest, call + meal.at);
        if (out + meal.length > wrap) continue;
        laid.push({ out, in: out + meal.length });
        earliest = out + meal.length;
      }
      return { date: addDays(SUNDAY, offset), kind, call, meals: laid, wrap };
    });

const weekArbitrary: fc.Arbitrary<TimecardDay[]> = fc
  .subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 })
  .chain((offsets) => fc.tuple(...offsets.map(dayArbitrary)));

// Rates of at least $10 an hour: a minute is worth more than the rounding of the few lines it moves.
const rateArbitrary: fc.Arbitrary<LabourRate> = fc.oneof(
  fc.integer({ min: 10, max: 200 }).map((dollars) => hourlyUsd(dollars)),
  fc
    .record({
      dollars: fc.integer({ min: 150, max: 3000 }),
      hours: fc.integer({ min: 8, max: 12 }),
    })
    .map(({ dollars, hours }) => dayRateUsd(dollars, hours)),
);

const agreementArbitrary = fc.constantFrom(...DEFAULT_LABOUR_AGREEMENTS);

const computed = (
  agreement: LabourAgreement,
  days: readonly TimecardDay[],
  rate: LabourRate,
): ComputedTimecard => {
  const result = computeTimecard(agreement, days, rate);
  if (!result.ok) throw result.error;
  return result.value;
};

describe('computeTimecard properties', () => {
  it('pay never decreases when worked time increases (a wrap extended by 1 to 60 minutes)', () => {
    fc.assert(
      fc.property(
        agreementArbitrary,
        weekArbitrary,
        rateArbitrary,
        fc.nat(),
        fc.integer({ min: 1, max: MAX_EXTENSION }),
        (agreement, days, rate, pick, minutes) => {
          const index = pick % days.length;
          const longer = days.map((day, i) =>
            i === index && day.wrap !== null ? { ...day, wrap: day.wrap + minutes } : day,
          );
          const before = computed(agreement, days, rate);
          const after = computed(agreement, longer, rate);
          expect(after.workedMinutes).toBe(before.workedMinutes + minutes);
          expect(after.amount).toBeGreaterThanOrEqual(before.amount);
        },
      ),
    );
  });

  it('a meal break between the least and the most an agreement deducts takes exactly its length off the exact worked time; paid time moves with it to within one rounding unit', () => {
    fc.assert(
      fc.property(
        agreementArbitrary,
        rateArbitrary,
        fc.integer({ min: 360, max: 720 }),
        fc.integer({ min: 600, max: 1000 }),
        fc.integer({ min: 60, max: 400 }),
        fc.integer({ min: 0, max: 1_000 }),
        (agreement, rate, call, length, at, pick) => {
          const meals = agreement.meals;
          const least = meals?.minimumMinutes ?? 1;
          const most = meals?.maximumDeductibleMinutes ?? 120;
          const mealLength = least + (pick % (most - least + 1));
          const day: TimecardDay = {
            date: addDays(SUNDAY, 1),
            kind: 'work',
            call,
            meals: [],
            wrap: call + length,
          };
          const withMeal = { ...day, meals: [{ out: call + at, in: call + at + mealLength }] };
          const without = computed(agreement, [day], rate).days[0];
          const withIt = computed(agreement, [withMeal], rate).days[0];
          expect(withIt?.workedMinutes).toBe((without?.workedMinutes ?? 0) - mealLength);
          const paidDrop = (without?.paidMinutes ?? 0) - (withIt?.paidMinutes ?? 0);
          expect(Math.abs(paidDrop - mealLength)).toBeLessThanOrEqual(
            agreement.rounding.unitMinutes,
          );
        },
      ),
    );
  });

  it('every pay line names its rule; amounts are whole minor units that add up to each day and the week', () => {
    fc.assert(
      fc.property(agreementArbitrary, weekArbitrary, rateArbitrary, (agreement, days, rate) => {
        const card = computed(agreement, days, rate);
        for (const line of card.lines) {
          expect(line.rule.agreementId).toBe(agreement.id);
          expect(line.rule.clauseId).not.toBe('');
          expect(line.rule.words).not.toBe('');
          expect(line.rule.source).not.toBe('');
          expect(Number.isSafeInteger(line.amount)).toBe(true);
          expect(line.amount).toBeGreaterThanOrEqual(0);
        }
        for (const day of card.days) {
          expect(day.lines.reduce((sum, l) => sum + l.amount, 0)).toBe(day.amount);
        }
        expect(card.days.reduce((sum, d) => sum + d.amount, 0)).toBe(card.amount);
        expect(card.lines.reduce((sum, l) => sum + l.amount, 0)).toBe(card.amount);
      }),
    );
  });

  it('time lines pay exactly the paid minutes, or the minimum call when it is more', () => {
    fc.assert(
      fc.property(agreementArbitrary, weekArbitrary, rateArbitrary, (agreement, days, rate) => {
        const card = computed(agreement, days, rate);
        const guarantee = Math.max(
          agreement.minimumCall?.minutes ?? 0,
          rate.kind === 'daily' ? rate.guaranteedMinutes : 0,
        );
        for (const day of card.days) {
          const time = day.lines.filter(
            (l) =>
              l.kind !== 'meal-penalty' && l.kind !== 'rest-violation' && l.kind !== 'forced-call',
          );
          const worked = time.filter((l) => l.kind !== 'minimum-call');
          expect(worked.reduce((sum, l) => sum + l.minutes, 0)).toBe(day.paidMinutes);
          expect(time.reduce((sum, l) => sum + l.minutes, 0)).toBe(
            Math.max(day.paidMinutes, guarantee),
          );
        }
      }),
    );
  });
});
