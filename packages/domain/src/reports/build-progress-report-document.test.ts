import { describe, expect, it } from 'vitest';
import { instant } from '../shared/calendar-date.js';
import { sampleProgressReport } from '../testing/sample-progress-report.js';
import { buildProgressReportDocument } from './build-progress-report-document.js';
import type { ReportBarChart, ReportLineChart } from './report-document.js';

const META = {
  title: 'The Lighthouse Keeper',
  generatedAt: instant('2026-03-18T17:00:00Z'),
  timeZone: 'Europe/London',
};

describe('buildProgressReportDocument', () => {
  const document = buildProgressReportDocument(sampleProgressReport(), META);
  const section = (heading: string) => {
    const found = document.sections.find((s) => s.heading === heading);
    if (!found) throw new Error(`no section ${heading}`);
    return found;
  };

  it('opens with the headline and names the week', () => {
    expect(document.subtitle).toBe('The Lighthouse Keeper · week to 18 Mar 2026');
    expect(section('In brief').rows[0]?.['line']).toBe(
      'Estimated final cost $190,000.00: $10,000.00 over the budget of $180,000.00 (5.6%).',
    );
  });

  it('draws spend against budget as lines over the weekly table', () => {
    const spend = section('Spend against budget');
    const chart = spend.chart as ReportLineChart;
    expect(chart.kind).toBe('line');
    expect(chart.xLabels).toEqual(['2 Mar', '9 Mar', '16 Mar']);
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([
      ['Budget', [18_000_000, 18_000_000, 18_000_000]],
      ['Actuals + commitments', [3_000_000, 9_500_000, 9_500_000]],
      ['Actuals', [1_000_000, 7_500_000, 7_500_000]],
    ]);
    expect(spend.rows[1]).toEqual({
      week: '9 Mar 2026',
      through: '15 Mar 2026',
      actuals: '$75,000.00',
      committed: '$95,000.00',
      left: '$85,000.00',
    });
  });

  it('colours the section variances: over budget red, under green', () => {
    const chart = section('Variance by section').chart as ReportBarChart;
    expect(chart.bars.map((b) => [b.label, b.tone, b.valueLabel])).toEqual([
      ['Above the line', 'under', '$10,000.00'],
      ['Below the line', 'over', '-$15,000.00'],
      ['Post-production', 'over', '-$5,000.00'],
      ['Other', 'neutral', '$0.00'],
      ['Contingency', 'neutral', '$0.00'],
    ]);
    expect(section('Variance by section').totals?.['variance']).toBe('-$10,000.00');
  });

  it('tables the largest variances, the cash and the schedule', () => {
    expect(section('Largest variances · Over budget').rows.map((r) => r['acct'])).toEqual([
      '3300',
      '4100',
    ]);
    expect(
      section('Cash position').rows.find((r) => r['label'] === 'Cash in hand')?.['value'],
    ).toBe('$25,000.00');
    expect(section('Schedule status').rows.find((r) => r['label'] === 'Shoot days')).toEqual({
      label: 'Shoot days',
      value: '2 of 4',
      note: '2 to go',
    });
  });

  it('says when there is no financing plan or schedule', () => {
    const bare = buildProgressReportDocument(
      sampleProgressReport({ financing: null, shootDays: null }),
      META,
    );
    expect(bare.sections.find((s) => s.heading === 'Cash position')?.emptyText).toBe(
      'There is no financing plan yet.',
    );
    expect(bare.sections.find((s) => s.heading === 'Schedule status')?.rows).toEqual([]);
  });
});
