import { describe, expect, it } from 'vitest';
import {
  computeOrThrow as compute,
  payLineRows as lines,
  workDay,
} from '../testing/timecard-builders.js';
import {
  CALIFORNIA_WAGE_ORDER_12,
  IATSE_CREW,
  SAG_AFTRA_PERFORMERS,
} from './default-labour-agreements.js';

// Worked examples, each worked out by hand from the rule recorded in
// ../shared/reference/domain-conventions.md (section named in the test). $40.00 an hour unless stated.
// The workweek of the defaults starts on Sunday; 2026-03-01 is a Sunday.

describe('meal penalties (domain-conventions §8.1 Wage Order 12, §8.2 SAG-AFTRA, §8.3 IATSE)', () => {
  it('Wage Order 12: a meal an hour late costs an hour’s wage (§8.1: meal within 6 h of call)', () => {
    const card = compute(CALIFORNIA_WAGE_ORDER_12, [
      workDay('2026-03-02', '07:00', [['14:00', '14:30']], '17:30'),
    ]);
    expect(lines(card)).toEqual([
      ['03-02', 'straight', 480, 1000, 32_000],
      ['03-02', 'overtime', 120, 1500, 12_000],
      ['03-02', 'meal-penalty', 60, 1000, 4_000],
    ]);
    expect(card.lines[2]?.note).toBe('Meal 1 started 1 h late: 1 h of pay');
  });

  it('Wage Order 12: a meal at exactly six hours is on time (§8.1: "no later than six hours")', () => {
    const card = compute(CALIFORNIA_WAGE_ORDER_12, [
      workDay('2026-03-02', '07:00', [['13:00', '13:30']], '17:30'),
    ]);
    expect(card.lines.some((l) => l.kind === 'meal-penalty')).toBe(false);
  });

  it('SAG-AFTRA: 70 min late is three half-hours or part, $25 + $35 + $50 (§8.2)', () => {
    const card = compute(SAG_AFTRA_PERFORMERS, [
      workDay('2026-03-02', '07:00', [['14:10', '14:40']], '16:10'),
    ]);
    const penalty = card.lines.find((l) => l.kind === 'meal-penalty');
    expect(penalty).toMatchObject({ minutes: 70, multiplier: null, amount: 11_000 });
    expect(penalty?.note).toBe(
      'Meal 1 started 1 h 10 min late: 3 half-hours or part, $25.00 + $35.00 + $50.00',
    );
    expect(penalty?.rule).toMatchObject({
      agreementId: 'sag-aftra-performers-2023',
      clauseId: 'sag-meal-penalty',
    });
  });

  it('SAG-AFTRA: no meal before wrap escalates to $50 each further half-hour: 2 h 30 min late is $210 (§8.2)', () => {
    const card = compute(SAG_AFTRA_PERFORMERS, [workDay('2026-03-02', '07:00', [], '15:30')]);
    expect(card.lines.find((l) => l.kind === 'meal-penalty')).toMatchObject({
      minutes: 150,
      amount: 2_500 + 3_500 + 5_000 + 5_000 + 5_000,
    });
  });

  it('SAG-AFTRA: the second meal is due six hours after the first ends; 30 min late is $25 (§8.2)', () => {
    const card = compute(SAG_AFTRA_PERFORMERS, [
      workDay(
        '2026-03-02',
        '07:00',
        [
          ['12:00', '12:30'],
          ['19:00', '19:30'],
        ],
        '21:00',
      ),
    ]);
    const penalties = card.lines.filter((l) => l.kind === 'meal-penalty');
    expect(penalties.map((l) => [l.minutes, l.amount])).toEqual([[30, 2_500]]);
    expect(penalties[0]?.note).toContain('Meal 2 started 30 min late');
  });

  it('IATSE: no meal from 06:00 to 13:00 is two half-hours late, $8.50 + $11.00 (§8.3)', () => {
    const card = compute(IATSE_CREW, [workDay('2026-03-02', '06:00', [], '13:00')]);
    expect(card.lines.find((l) => l.kind === 'meal-penalty')).toMatchObject({
      minutes: 60,
      amount: 850 + 1_100,
    });
  });

  it('a 20-minute break is not a meal (§8.1/§8.2: "not less than 30 minutes"): paid, and the clock runs on', () => {
    const card = compute(SAG_AFTRA_PERFORMERS, [
      workDay('2026-03-02', '07:00', [['12:00', '12:20']], '14:00'),
    ]);
    expect(card.days[0]).toMatchObject({ mealMinutes: 0, workedMinutes: 420 });
    expect(card.lines.find((l) => l.kind === 'meal-penalty')).toMatchObject({
      minutes: 60,
      amount: 6_000,
    });
  });

  it('a 90-minute meal deducts one hour (§8.2: "producer may deduct up to one hour")', () => {
    const card = compute(SAG_AFTRA_PERFORMERS, [
      workDay('2026-03-02', '07:00', [['12:00', '13:30']], '16:30'),
    ]);
    expect(card.days[0]).toMatchObject({
      elapsedMinutes: 570,
      mealMinutes: 60,
      workedMinutes: 510,
    });
  });
});
