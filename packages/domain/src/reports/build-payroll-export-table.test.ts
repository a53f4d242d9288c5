import { describe, expect, it } from 'vitest';
import { CALIFORNIA_WAGE_ORDER_12 } from '../labour/default-labour-agreements.js';
import { computeTimecard } from '../labour/compute-timecard.js';
import { hourlyUsd, workDay } from '../testing/timecard-builders.js';
import { buildPayrollExportTable } from './build-payroll-export-table.js';

describe('buildPayrollExportTable', () => {
  it('has one row per pay line with hours, rate, multiplier, amount and the rule', () => {
    const result = computeTimecard(
      CALIFORNIA_WAGE_ORDER_12,
      [workDay('2026-03-02', '07:00', [['14:00', '14:30']], '17:30')],
      hourlyUsd(40),
    );
    if (!result.ok) throw result.error;
    const table = buildPayrollExportTable([
      { personId: 'p1', name: 'Cruz Crew', accountNumber: '3200', timecards: [result.value] },
    ]);
    expect(table.title).toBe('Payroll');
    expect(table.columns.find((c) => c.key === 'amount')).toEqual({
      key: 'amount',
      label: 'Amount',
      kind: 'money',
      currency: 'USD',
    });
    expect(
      table.rows.map((r) => [
        r['kind'],
        r['hours'],
        r['rate'],
        r['multiplier'],
        r['amount'],
        r['clause'],
      ]),
    ).toEqual([
      ['Straight time', '8.00', 4_000, '1', 32_000, 'lc510-straight'],
      ['Overtime', '2.00', 4_000, '1.5', 12_000, 'lc510-daily-overtime'],
      ['Meal penalty', '1.00', 4_000, '1', 4_000, 'wo12-meal-period'],
    ]);
    expect(table.rows[0]).toMatchObject({
      personId: 'p1',
      person: 'Cruz Crew',
      account: '3200',
      weekStart: '2026-03-01',
      date: '2026-03-02',
      minutes: 480,
      agreement: 'us-ca-wage-order-12-2001',
      rule: 'Eight hours of labor constitutes a day’s work',
    });
  });
});
