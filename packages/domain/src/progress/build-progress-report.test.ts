import { describe, expect, it } from 'vitest';
import { calendarDate } from '../shared/calendar-date.js';
import {
  SAMPLE_FINANCING,
  SAMPLE_PROGRESS_AS_OF as AS_OF,
  SAMPLE_SHOOT_DAYS as SHOOT_DAYS,
  sampleProgressReport as build,
} from '../testing/sample-progress-report.js';
import { scheduleStatus } from './schedule-status.js';

const d = calendarDate;
const FINANCING = SAMPLE_FINANCING;

describe('buildProgressReport', () => {
  const report = build();

  it('takes the totals from the cost report', () => {
    // EFC: 40,000 + 50,000 | 10,000 + 20,000 + 35,000 | 25,000 | contingency 10,000 = $190,000.
    expect(report.totals).toEqual({
      budget: 18_000_000,
      actualsToDate: 7_500_000,
      commitments: 2_000_000,
      estimatedFinalCost: 19_000_000,
      variance: -1_000_000,
      changeSinceLastReport: null,
      spentBp: 4167,
    });
  });

  it('puts the spending in weeks from the first document to the report date, on the week start', () => {
    expect(report.spend).toEqual([
      // The order commits $30,000; the invoice moves $10,000 of it to spent.
      {
        weekStarting: '2026-03-02',
        through: '2026-03-08',
        actuals: 1_000_000,
        actualsAndCommitments: 3_000_000,
      },
      {
        weekStarting: '2026-03-09',
        through: '2026-03-15',
        actuals: 7_500_000,
        actualsAndCommitments: 9_500_000,
      },
      // The report date's week runs only to the report date.
      {
        weekStarting: '2026-03-16',
        through: '2026-03-18',
        actuals: 7_500_000,
        actualsAndCommitments: 9_500_000,
      },
    ]);
    expect(report.undatedActuals).toBe(0);
  });

  it('starts the weeks on the day it is told', () => {
    const sundays = build({ weekStartsOn: 7 }).spend.map((w) => w.weekStarting);
    expect(sundays).toEqual(['2026-03-01', '2026-03-08', '2026-03-15']);
  });

  it('lists the accounts furthest over and under budget', () => {
    expect(report.overBudget.map((v) => [v.accountNumber, v.variance])).toEqual([
      ['3300', -1_500_000],
      ['4100', -500_000],
    ]);
    expect(report.underBudget.map((v) => [v.accountNumber, v.variance])).toEqual([
      ['1100', 1_000_000],
    ]);
    expect(build({ varianceCount: 1 }).overBudget.map((v) => v.accountNumber)).toEqual(['3300']);
  });

  it('gives the variance of every section and item, adding up to the total', () => {
    expect(report.sections.map((s) => [s.label, s.variance])).toEqual([
      ['Above the line', 1_000_000],
      ['Below the line', -1_500_000],
      ['Post-production', -500_000],
      ['Other', 0],
      ['Contingency', 0],
    ]);
  });

  it('weighs the drawdowns to date against the spending', () => {
    // Weeks 1 and 3 of the closed deal have started by 18 Mar: $100,000 in, $75,000 spent.
    expect(report.cash).toEqual({
      closedFinancing: 15_000_000,
      drawnToDate: 10_000_000,
      spentToDate: 7_500_000,
      committedToDate: 9_500_000,
      cashInHand: 2_500_000,
      estimatedFinalCost: 19_000_000,
      fundingShortfall: 4_000_000,
      problem: null,
    });
  });

  it('cannot date drawdowns without the plan’s first week, and says so', () => {
    const cash = build({ financing: { ...FINANCING, firstWeek: null } }).cash;
    expect(cash?.drawnToDate).toBeNull();
    expect(cash?.cashInHand).toBeNull();
    expect(cash?.problem).toBe(
      'The financing plan has no first week, so its drawdowns cannot be dated',
    );
    expect(build({ financing: null }).cash).toBeNull();
  });

  it('counts the shoot days before the report date as shot', () => {
    expect(report.schedule).toEqual({
      state: 'shooting',
      plannedDays: 4,
      shotDays: 2,
      remainingDays: 2,
      plannedEighths: 46,
      shotEighths: 20,
      firstShootDay: '2026-03-16',
      wrapDate: '2026-03-19',
      daysAheadOrBehind: null,
      basis: 'board',
      standing: null,
      daysWithoutReport: [],
    });
  });

  it('says it in a few sentences', () => {
    expect(report.headline).toEqual([
      'Estimated final cost $190,000.00: $10,000.00 over the budget of $180,000.00 (5.6%).',
      '$75,000.00 spent to date (41.7% of the budget); $20,000.00 more committed on open purchase orders.',
      'Largest overage: 3300 Camera, $15,000.00 over its budget.',
      '$100,000.00 drawn of $150,000.00 closed financing: $25,000.00 in hand after spending.',
      'The closed financing is $40,000.00 short of the estimated final cost.',
      'Day 2 of 4 shot; wrap on 19 Mar 2026.',
    ]);
  });

  it('has an empty spend series before any document', () => {
    expect(build({ documents: [] }).spend).toEqual([]);
  });
});

describe('scheduleStatus', () => {
  it('follows the shoot from before the first day to the wrap', () => {
    expect(scheduleStatus(null, AS_OF).state).toBe('not-scheduled');
    expect(scheduleStatus([], AS_OF).state).toBe('not-scheduled');
    expect(scheduleStatus(SHOOT_DAYS, d('2026-03-16'))).toMatchObject({
      state: 'before-shooting',
      shotDays: 0,
    });
    expect(scheduleStatus(SHOOT_DAYS, d('2026-03-20'))).toMatchObject({
      state: 'wrapped',
      shotDays: 4,
      remainingDays: 0,
      shotEighths: 46,
    });
  });
});
