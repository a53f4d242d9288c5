import { describe, expect, it } from 'vitest';
import {
  computeOrThrow as compute,
  payLineRows as lines,
  dayRateUsd,
  hourlyUsd,
  workDay,
} from '../testing/timecard-builders.js';
import { computeTimecardWeeks } from './compute-timecard-weeks.js';
import {
  CREW_DEAL_CONVENTION,
  IATSE_CREW,
  SAG_AFTRA_PERFORMERS,
} from './default-labour-agreements.js';

// Worked examples, each worked out by hand from the rule recorded in
// ../shared/reference/domain-conventions.md (section named in the test). $40.00 an hour unless stated.
// The workweek of the defaults starts on Sunday; 2026-03-01 is a Sunday.

describe('rest periods and forced calls (domain-conventions §8.2 SAG-AFTRA, §8.3 IATSE)', () => {
  it('IATSE: 8 h between a 22:00 wrap and a 06:00 call invades the 10-hour rest by 2 h, paid as additional straight time (§8.3)', () => {
    const card = compute(IATSE_CREW, [
      workDay('2026-03-02', '10:00', [['15:30', '16:00']], '22:00'),
      workDay('2026-03-03', '06:00', [['12:00', '12:30']], '16:30'),
    ]);
    expect(card.days[1]?.restMinutes).toBe(480);
    expect(lines(card)).toEqual([
      ['03-02', 'straight', 480, 1000, 32_000],
      ['03-02', 'overtime', 210, 1500, 21_000],
      ['03-03', 'straight', 480, 1000, 32_000],
      ['03-03', 'overtime', 120, 1500, 12_000],
      ['03-03', 'rest-violation', 120, 1000, 8_000],
    ]);
    expect(card.findings).toEqual([
      {
        date: '2026-03-03',
        code: 'short-rest',
        message: 'Rest before this call was 8 h, short of 10 h',
      },
    ]);
  });

  it('SAG-AFTRA: a 10 h rest is a forced call, the daily rate or $900 whichever is less (§8.2)', () => {
    const days = [
      workDay('2026-03-02', '09:00', [['14:00', '15:00']], '23:00'),
      workDay('2026-03-03', '09:00', [['14:00', '15:00']], '17:00'),
    ];
    // $1,200 a day (8 h guaranteed): the cap, $900.
    const dayPlayer = compute(SAG_AFTRA_PERFORMERS, days, dayRateUsd(1_200, 8));
    expect(dayPlayer.lines.find((l) => l.kind === 'forced-call')).toMatchObject({
      minutes: 120,
      multiplier: null,
      amount: 90_000,
    });
    // $40 an hour: a day's pay (8 h, Labor Code §510's day) is $320, less than $900.
    const hourly = compute(SAG_AFTRA_PERFORMERS, days);
    expect(hourly.lines.find((l) => l.kind === 'forced-call')).toMatchObject({ amount: 32_000 });
  });

  it('12 h of rest is not a forced call (§8.2: "12 hours from dismissal to first call")', () => {
    const card = compute(SAG_AFTRA_PERFORMERS, [
      workDay('2026-03-02', '09:00', [['14:00', '15:00']], '21:00'),
      workDay('2026-03-03', '09:00', [['14:00', '15:00']], '17:00'),
    ]);
    expect(card.days[1]?.restMinutes).toBe(720);
    expect(card.lines.some((l) => l.kind === 'forced-call')).toBe(false);
  });

  it('the crew deal: invaded time is paid at the previous clock-out rate (2× after 15.5 h), on top of straight (§8.3)', () => {
    const card = compute(CREW_DEAL_CONVENTION, [
      workDay(
        '2026-03-02',
        '06:00',
        [
          ['12:00', '12:30'],
          ['18:00', '18:30'],
        ],
        '22:30',
      ),
      workDay('2026-03-03', '06:00', [['12:00', '12:30']], '16:00'),
    ]);
    expect(lines(card)).toEqual([
      ['03-02', 'straight', 600, 1000, 40_000],
      ['03-02', 'overtime', 240, 1500, 24_000],
      ['03-02', 'double-time', 90, 2000, 12_000],
      ['03-03', 'straight', 570, 1000, 38_000],
      // 7 h 30 min of rest: 2 h 30 min short of 10 h, at 2× less the 1× already paid.
      ['03-03', 'rest-violation', 150, 1000, 10_000],
    ]);
  });

  it('turnaround carries across the workweek: Saturday’s 23:30 wrap and Sunday’s 07:00 call (§8.3)', () => {
    const result = computeTimecardWeeks(
      IATSE_CREW,
      [
        workDay('2026-03-07', '13:00', [['19:00', '19:30']], '23:30'),
        workDay('2026-03-08', '07:00', [['13:00', '13:30']], '17:00'),
      ],
      hourlyUsd(40),
    );
    if (!result.ok) throw result.error;
    expect(result.value.map((w) => w.weekStart)).toEqual(['2026-03-01', '2026-03-08']);
    expect(result.value[1]?.lines.find((l) => l.kind === 'rest-violation')).toMatchObject({
      minutes: 150,
      amount: 10_000,
    });
  });
});
