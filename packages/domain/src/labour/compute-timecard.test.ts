import { describe, expect, it } from 'vitest';
import { quantity } from '../budget/quantity.js';
import {
  computeOrThrow as compute,
  dayRateUsd,
  hourlyUsd,
  offDay,
  payLineRows as lines,
  workDay,
} from '../testing/timecard-builders.js';
import { computeTimecard } from './compute-timecard.js';
import { CALIFORNIA_WAGE_ORDER_12, CREW_DEAL_CONVENTION } from './default-labour-agreements.js';
import type { LabourAgreement } from './labour-agreement.js';
import type { LabourRate, TimecardDay } from './timecard-day.js';

// Worked examples, each worked out by hand from the rule recorded in
// ../shared/reference/domain-conventions.md (section named in the test). $40.00 an hour unless stated:
// straight $40, 1.5× $60, 2× $80, 3× $120 an hour. The workweek of the defaults starts on Sunday;
// 2026-03-01 is a Sunday. Meal penalties are in meal-penalty-lines.test.ts, turnaround in
// rest-period.test.ts.

describe('daily overtime (domain-conventions §8.1, Labor Code §510(a))', () => {
  it('14 h worked is 8 straight + 4 at 1.5× + 2 at 2× (§8.1: 1.5× after 8 h, 2× after 12 h)', () => {
    // Call 07:00, half-hour meals at 13:00 and 19:00 (each on time), wrap 22:00: 15 h elapsed, 14 h worked.
    const card = compute(CALIFORNIA_WAGE_ORDER_12, [
      workDay(
        '2026-03-02',
        '07:00',
        [
          ['13:00', '13:30'],
          ['19:00', '19:30'],
        ],
        '22:00',
      ),
    ]);
    expect(card.days[0]).toMatchObject({
      elapsedMinutes: 900,
      mealMinutes: 60,
      workedMinutes: 840,
    });
    expect(lines(card)).toEqual([
      ['03-02', 'straight', 480, 1000, 32_000],
      ['03-02', 'overtime', 240, 1500, 24_000],
      ['03-02', 'double-time', 120, 2000, 16_000],
    ]);
    expect(card.amount).toBe(72_000);
    expect(card.lines.map((l) => l.rule.clauseId)).toEqual([
      'lc510-straight',
      'lc510-daily-overtime',
      'lc510-daily-double-time',
    ]);
  });

  it('a wrap past midnight counts on the call date: 18:00 to 03:00 with a meal is 8.5 h (§8.1)', () => {
    const card = compute(CALIFORNIA_WAGE_ORDER_12, [
      workDay('2026-03-02', '18:00', [['23:30', '+00:00']], '+03:00'),
    ]);
    expect(card.days[0]?.workedMinutes).toBe(510);
    expect(lines(card)).toEqual([
      ['03-02', 'straight', 480, 1000, 32_000],
      ['03-02', 'overtime', 30, 1500, 3_000],
    ]);
  });

  it('worked time is rounded to the tenth of an hour, halves up (CONTEXT decision; §8.1 is silent)', () => {
    // 8 h 3 min worked → 8.1 h; 8 h 2 min → 8.0 h.
    const meal: [string, string][] = [['12:00', '12:30']];
    const up = compute(CALIFORNIA_WAGE_ORDER_12, [workDay('2026-03-02', '07:00', meal, '15:33')]);
    const down = compute(CALIFORNIA_WAGE_ORDER_12, [workDay('2026-03-02', '07:00', meal, '15:32')]);
    expect(up.days[0]).toMatchObject({ workedMinutes: 483, paidMinutes: 486 });
    expect(down.days[0]).toMatchObject({ workedMinutes: 482, paidMinutes: 480 });
    expect(up.amount).toBe(32_000 + 600);
  });
});

describe('weekly overtime, sixth and seventh day (domain-conventions §8.1, Labor Code §510(a))', () => {
  const week = (dates: readonly string[], wrap = '16:30'): TimecardDay[] =>
    dates.map((date) => workDay(date, '08:00', [['14:00', '14:30']], wrap));

  it('seven 8 h days: days 1–5 straight, day 6 past 40 h at 1.5×, day 7 the first 8 h at 1.5× (§8.1)', () => {
    const card = compute(
      CALIFORNIA_WAGE_ORDER_12,
      week(['01', '02', '03', '04', '05', '06', '07'].map((d) => `2026-03-${d}`)),
    );
    expect(card.days.map((d) => d.dayWorked)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(lines(card)).toEqual([
      ['03-01', 'straight', 480, 1000, 32_000],
      ['03-02', 'straight', 480, 1000, 32_000],
      ['03-03', 'straight', 480, 1000, 32_000],
      ['03-04', 'straight', 480, 1000, 32_000],
      ['03-05', 'straight', 480, 1000, 32_000],
      ['03-06', 'weekly-overtime', 480, 1500, 48_000],
      ['03-07', 'seventh-day', 480, 1500, 48_000],
    ]);
    expect(card.amount).toBe(5 * 32_000 + 2 * 48_000);
  });

  it('the seventh day past 8 h is 2× (§8.1: "in excess of eight hours on any seventh day … twice")', () => {
    const days = week(['01', '02', '03', '04', '05', '06'].map((d) => `2026-03-${d}`));
    const card = compute(CALIFORNIA_WAGE_ORDER_12, [
      ...days,
      workDay('2026-03-07', '08:00', [['14:00', '14:30']], '18:30'),
    ]);
    expect(lines(card).slice(-2)).toEqual([
      ['03-07', 'seventh-day', 480, 1500, 48_000],
      ['03-07', 'seventh-day', 120, 2000, 16_000],
    ]);
    expect(card.lines.slice(-1)[0]?.rule.clauseId).toBe('lc510-seventh-day-after-8');
  });

  it('a sixth day is an ordinary day under the statute: 6 × 6 h stays straight (§8.1 names only the seventh)', () => {
    const card = compute(
      CALIFORNIA_WAGE_ORDER_12,
      ['02', '03', '04', '05', '06', '07'].map((d) =>
        workDay(`2026-03-${d}`, '08:00', [], '14:00'),
      ),
    );
    expect(card.lines.every((l) => l.kind === 'straight')).toBe(true);
    expect(card.amount).toBe(6 * 24_000);
  });

  it('weekly overtime counts straight time only: 5 × 10 h then 4 h on Saturday pays the 4 h at 1.5×, daily overtime not twice (§8.1; CONTEXT)', () => {
    const card = compute(CALIFORNIA_WAGE_ORDER_12, [
      ...['02', '03', '04', '05', '06'].map((d) =>
        workDay(`2026-03-${d}`, '07:00', [['13:00', '13:30']], '17:30'),
      ),
      workDay('2026-03-07', '08:00', [], '12:00'),
    ]);
    expect(lines(card).slice(-3)).toEqual([
      ['03-06', 'straight', 480, 1000, 32_000],
      ['03-06', 'overtime', 120, 1500, 12_000],
      ['03-07', 'weekly-overtime', 240, 1500, 24_000],
    ]);
    expect(card.amount).toBe(5 * 44_000 + 24_000);
  });

  it('the day that crosses 40 straight hours splits: its last straight hours become weekly overtime (§8.1)', () => {
    // A 9 h day is 8 h straight and 1 h of daily overtime.
    const nine = (d: string): TimecardDay =>
      workDay(`2026-03-${d}`, '07:00', [['13:00', '13:30']], '16:30');
    const card = compute(CALIFORNIA_WAGE_ORDER_12, [
      ...['01', '02', '03', '04'].map(nine),
      workDay('2026-03-05', '07:00', [['13:00', '13:30']], '19:30'),
    ]);
    // 4 × 8 = 32 straight hours, and Thursday's 12 h day adds 8 more: exactly 40, nothing weekly yet.
    expect(card.lines.some((l) => l.kind === 'weekly-overtime')).toBe(false);
    const more = compute(CALIFORNIA_WAGE_ORDER_12, [
      ...['01', '02', '03', '04', '05'].map(nine),
      workDay('2026-03-06', '07:00', [], '10:00'),
    ]);
    // Five 9 h days are 40 straight hours: Friday's 3 h are all past them.
    expect(lines(more).slice(-1)).toEqual([['03-06', 'weekly-overtime', 180, 1500, 18_000]]);
    const split = compute(CALIFORNIA_WAGE_ORDER_12, [
      ...['01', '02', '03', '04'].map(nine),
      workDay('2026-03-05', '07:00', [], '13:00'),
      workDay('2026-03-06', '07:00', [], '11:00'),
    ]);
    // 32 + 6 = 38 straight after Thursday; Friday's 4 h: 2 straight, then 2 weekly.
    expect(lines(split).slice(-2)).toEqual([
      ['03-06', 'straight', 120, 1000, 8_000],
      ['03-06', 'weekly-overtime', 120, 1500, 12_000],
    ]);
  });
});

describe('golden time, minimum calls and day rates', () => {
  it('the crew deal: 18.5 h is 10 regular + 4 at 1.5× + 4 at 2× + 0.5 at 3× golden time, wrapping at 02:00 (§8.3)', () => {
    // Meals every six hours (Wage Order 12 for non-union crew, §8.1): 12:00, 18:00 and midnight.
    const card = compute(CREW_DEAL_CONVENTION, [
      workDay(
        '2026-03-02',
        '06:00',
        [
          ['12:00', '12:30'],
          ['18:00', '18:30'],
          ['+00:00', '+00:30'],
        ],
        '+02:00',
      ),
    ]);
    expect(card.days[0]?.workedMinutes).toBe(1110);
    expect(lines(card)).toEqual([
      ['03-02', 'straight', 600, 1000, 40_000],
      ['03-02', 'overtime', 240, 1500, 24_000],
      ['03-02', 'double-time', 240, 2000, 32_000],
      ['03-02', 'golden-time', 30, 3000, 6_000],
    ]);
    // 20 h call to wrap: over Wage Order 12's 16 h maximum (§8.1), flagged.
    expect(card.findings.map((f) => f.code)).toEqual(['over-maximum-day']);
  });

  it('"$500/10" is 8 h straight + 2 h at 1.5×: the straight hour is $45.45 and 10 h pay exactly $500 (§8.1, Castifi)', () => {
    const card = compute(
      CALIFORNIA_WAGE_ORDER_12,
      [workDay('2026-03-02', '07:00', [['13:00', '13:30']], '17:30')],
      dayRateUsd(500, 10),
    );
    expect(lines(card)).toEqual([
      ['03-02', 'straight', 480, 1000, 36_364],
      ['03-02', 'overtime', 120, 1500, 13_636],
    ]);
    expect(card.lines[0]?.ratePerHour).toBe(4_545);
    expect(card.amount).toBe(50_000);
  });

  it('a day rate guarantees its hours: 6 h worked on "$500/10" still pays $500, the rest as minimum call (§8.1)', () => {
    const card = compute(
      CALIFORNIA_WAGE_ORDER_12,
      [workDay('2026-03-02', '08:00', [], '14:00')],
      dayRateUsd(500, 10),
    );
    expect(lines(card)).toEqual([
      ['03-02', 'straight', 360, 1000, 27_273],
      ['03-02', 'minimum-call', 120, 1000, 9_091],
      ['03-02', 'minimum-call', 120, 1500, 13_636],
    ]);
    expect(card.amount).toBe(50_000);
    expect(card.lines[1]?.rule.clauseId).toBe('rate-guarantee');
  });

  it('an agreement’s minimum call pays the shortfall at the ladder’s rates (data; CONTEXT decision)', () => {
    const agreement: LabourAgreement = {
      ...CALIFORNIA_WAGE_ORDER_12,
      id: 'test-minimum-call',
      minimumCall: {
        minutes: 240,
        clause: { id: 'min-4', words: 'Paid at least 4 hours', source: 'test' },
      },
    };
    const card = compute(agreement, [workDay('2026-03-02', '08:00', [], '10:00')]);
    expect(lines(card)).toEqual([
      ['03-02', 'straight', 120, 1000, 8_000],
      ['03-02', 'minimum-call', 120, 1000, 8_000],
    ]);
    expect(card.lines[1]?.rule).toEqual({
      agreementId: 'test-minimum-call',
      clauseId: 'min-4',
      words: 'Paid at least 4 hours',
      source: 'test',
    });
  });

  it('an agreement with a sixth-day ladder pays the sixth day worked on it (data, not a recorded default)', () => {
    const agreement: LabourAgreement = {
      ...CALIFORNIA_WAGE_ORDER_12,
      id: 'test-sixth-day',
      sixthDay: {
        steps: [
          {
            afterMinutes: 0,
            multiplier: quantity(1.5),
            kind: 'sixth-day',
            clause: { id: 'sixth', words: 'Sixth day at 1.5×', source: 'test' },
          },
        ],
      },
    };
    const card = compute(
      agreement,
      ['02', '03', '04', '05', '06', '07'].map((d) =>
        workDay(`2026-03-${d}`, '08:00', [], '14:00'),
      ),
    );
    expect(lines(card).slice(-1)).toEqual([['03-07', 'sixth-day', 360, 1500, 36_000]]);
  });

  it('idle and holiday days: a day’s pay when held; an unpaid holiday under the statute (CONTEXT decisions)', () => {
    const card = compute(CALIFORNIA_WAGE_ORDER_12, [
      offDay('2026-03-02', 'idle'),
      offDay('2026-03-03', 'holiday'),
      workDay('2026-03-04', '08:00', [], '12:00'),
    ]);
    expect(lines(card)).toEqual([
      ['03-02', 'idle-day', 480, 1000, 32_000],
      ['03-04', 'straight', 240, 1000, 16_000],
    ]);
    expect(card.days.map((d) => d.dayWorked)).toEqual([null, null, 1]);
  });

  it('a travel day is worked time without meal penalties (CONTEXT decision)', () => {
    const card = compute(CALIFORNIA_WAGE_ORDER_12, [
      workDay('2026-03-02', '06:00', [], '15:00', 'travel'),
    ]);
    expect(lines(card)).toEqual([
      ['03-02', 'straight', 480, 1000, 32_000],
      ['03-02', 'overtime', 60, 1500, 6_000],
    ]);
  });
});

describe('refusals', () => {
  const fail = (days: readonly TimecardDay[], rate: LabourRate = hourlyUsd(40)): string => {
    const result = computeTimecard(CALIFORNIA_WAGE_ORDER_12, days, rate);
    if (result.ok) throw new Error('expected a refusal');
    return result.error.message;
  };

  it('refuses cards outside one workweek, two cards a date, meals outside the day and overlapping days', () => {
    expect(
      fail([
        workDay('2026-03-07', '08:00', [], '16:00'),
        workDay('2026-03-08', '08:00', [], '16:00'),
      ]),
    ).toBe('2026-03-08 is not in the workweek starting 2026-03-01');
    expect(
      fail([
        workDay('2026-03-02', '08:00', [], '16:00'),
        workDay('2026-03-02', '18:00', [], '20:00'),
      ]),
    ).toBe('2026-03-02 has two cards; a week has one card a date');
    expect(fail([workDay('2026-03-02', '08:00', [['15:00', '16:30']], '16:00')])).toContain(
      'meals are taken in order',
    );
    expect(
      fail([
        workDay('2026-03-02', '20:00', [], '+09:00'),
        workDay('2026-03-03', '08:00', [], '16:00'),
      ]),
    ).toBe('The call on 2026-03-03 is before the wrap of 2026-03-02');
    expect(fail([])).toBe('A timecard has at least one day');
  });

  it('refuses a rate in another currency than the agreement', () => {
    expect(
      fail([workDay('2026-03-02', '08:00', [], '16:00')], {
        ...hourlyUsd(40),
        currency: 'EUR' as LabourRate['currency'],
      }),
    ).toBe(
      'The rate is in EUR but California non-union (Labor Code §510, Wage Order 12) pays in USD',
    );
  });

  it('refuses an agreement whose ladder goes down', () => {
    const broken: LabourAgreement = {
      ...CALIFORNIA_WAGE_ORDER_12,
      daily: [...CALIFORNIA_WAGE_ORDER_12.daily].reverse(),
    };
    const result = computeTimecard(
      broken,
      [workDay('2026-03-02', '08:00', [], '16:00')],
      hourlyUsd(40),
    );
    expect(!result.ok && result.error.message).toBe(
      "California non-union (Labor Code §510, Wage Order 12) cannot be used: The daily ladder must start at 0 minutes; The daily ladder's steps must start later and later; The daily ladder's multipliers must never go down",
    );
  });
});
