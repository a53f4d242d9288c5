import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ProgressReportDto } from '@greenlight/contract';
import { apiError, fakeFetch, renderWithApi, TEST_PRODUCTION } from '../../testing/fake-api';
import { ProgressReportTab } from './progress-report-tab';
import { spendGeometry } from './spend-chart-geometry';

afterEach(cleanup);

const BASE = `/api/v1/productions/${TEST_PRODUCTION.id}`;

const REPORT: ProgressReportDto = {
  currency: 'USD',
  asOf: '2026-03-18',
  previousAsOf: null,
  headline: [
    'Estimated final cost $190,000.00: $10,000.00 over the budget of $180,000.00 (5.6%).',
    '$75,000.00 spent to date (41.7% of the budget); $20,000.00 more committed on open purchase orders.',
    'Day 2 of 4 shot; wrap on 19 Mar 2026.',
  ],
  totals: {
    budget: 18_000_000,
    actualsToDate: 7_500_000,
    commitments: 2_000_000,
    estimatedFinalCost: 19_000_000,
    variance: -1_000_000,
    changeSinceLastReport: null,
    spentBp: 4167,
  },
  spend: [
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
    {
      weekStarting: '2026-03-16',
      through: '2026-03-18',
      actuals: 7_500_000,
      actualsAndCommitments: 9_500_000,
    },
  ],
  undatedActuals: 0,
  overBudget: [
    {
      accountNumber: '3300',
      name: 'Camera',
      section: 'below-the-line',
      budget: 5_000_000,
      estimatedFinalCost: 6_500_000,
      variance: -1_500_000,
    },
  ],
  underBudget: [],
  sections: [
    {
      key: 'above-the-line',
      label: 'Above the line',
      budget: 10_000_000,
      estimatedFinalCost: 9_000_000,
      variance: 1_000_000,
    },
    {
      key: 'below-the-line',
      label: 'Below the line',
      budget: 5_000_000,
      estimatedFinalCost: 6_500_000,
      variance: -1_500_000,
    },
    {
      key: 'post',
      label: 'Post-production',
      budget: 2_000_000,
      estimatedFinalCost: 2_500_000,
      variance: -500_000,
    },
    { key: 'other', label: 'Other', budget: 0, estimatedFinalCost: 0, variance: 0 },
  ],
  cash: {
    closedFinancing: 15_000_000,
    drawnToDate: 10_000_000,
    spentToDate: 7_500_000,
    committedToDate: 9_500_000,
    cashInHand: 2_500_000,
    estimatedFinalCost: 19_000_000,
    fundingShortfall: 4_000_000,
    problem: null,
  },
  schedule: {
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
  },
};

// Day 1's production report says the unit is 1 4/8 pages behind; day 2 (17 Mar) has none.
const FROM_REPORTS: ProgressReportDto = {
  ...REPORT,
  asOf: '2026-03-18',
  schedule: {
    ...REPORT.schedule,
    daysAheadOrBehind: -1.2,
    basis: 'production-reports',
    standing: {
      date: '2026-03-16',
      dayNumber: 1,
      totalDays: 4,
      scenesPlannedToDate: 2,
      scenesShotToDate: 1,
      eighthsPlannedToDate: 32,
      eighthsShotToDate: 20,
      eighthsAhead: -12,
      daysAhead: -1.2,
      verdict: 'behind',
    },
    daysWithoutReport: ['2026-03-17'],
  },
};

const serve = (report: ProgressReportDto = REPORT) =>
  fakeFetch((call) => {
    const path = call.path.split('?')[0];
    if (call.method === 'GET' && path === `${BASE}/progress-report`)
      return { status: 200, body: report };
    return apiError(404, 'not-found', `unexpected ${call.method} ${call.path}`);
  });

describe('the Reports tab', () => {
  it('shows the headline, both charts with their tables, the variances, the cash and the shoot', async () => {
    window.history.replaceState(
      null,
      '',
      `/productions/${TEST_PRODUCTION.id}/reports?asOf=2026-03-18`,
    );
    const server = serve();
    renderWithApi(<ProgressReportTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    expect((await screen.findByTestId('progress-headline')).textContent).toContain(
      '$10,000.00 over the budget',
    );
    expect(server.calls[0]?.path).toBe(`${BASE}/progress-report?asOf=2026-03-18`);

    const spend = screen.getByTestId('spend-chart');
    expect(spend.querySelector('svg')?.getAttribute('role')).toBe('img');
    expect(screen.getByTestId('spend-chart-actuals').getAttribute('d')).toMatch(
      /^M[\d.]+,[\d.]+ L/,
    );
    expect(within(spend).getByText('Budget $180K')).toBeTruthy();
    expect(within(screen.getByTestId('spend-table')).getAllByRole('row')).toHaveLength(4);

    const bars = screen.getAllByTestId('section-variance-bar');
    expect(bars.map((b) => b.getAttribute('class'))).toEqual([
      'pr-bar pr-bar--under',
      'pr-bar pr-bar--over',
      'pr-bar pr-bar--over',
      'pr-bar pr-bar--even',
    ]);
    expect(bars[1]?.textContent).toContain('-$15,000.00');

    expect(within(screen.getByTestId('over-budget-table')).getByText('Camera')).toBeTruthy();
    expect(screen.getByText('No account is under budget.')).toBeTruthy();
    expect(screen.getByTestId('cash-position').textContent).toContain('$25,000.00');
    expect(screen.getByTestId('schedule-status').textContent).toContain('2 of 4 shot');
    expect(screen.getByTestId('download-progress-report-pdf').getAttribute('href')).toBe(
      `${BASE}/progress-report.pdf?asOf=2026-03-18`,
    );
  });

  it('shows the standing from the production reports and the days without one', async () => {
    window.history.replaceState(
      null,
      '',
      `/productions/${TEST_PRODUCTION.id}/reports?asOf=2026-03-18`,
    );
    const server = serve(FROM_REPORTS);
    renderWithApi(<ProgressReportTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    const status = (await screen.findByTestId('schedule-status')).textContent;
    expect(status).toContain('1 4/8 pages behind (1.2 days), after day 1');
    expect(status).toContain('No report');
  });

  it('asks again for another week when the date changes', async () => {
    window.history.replaceState(
      null,
      '',
      `/productions/${TEST_PRODUCTION.id}/reports?asOf=2026-03-18`,
    );
    const server = serve();
    renderWithApi(<ProgressReportTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('progress-headline');
    fireEvent.change(screen.getByTestId('progress-as-of'), { target: { value: '2026-03-11' } });
    await waitFor(() =>
      expect(server.calls.map((c) => c.path)).toContain(`${BASE}/progress-report?asOf=2026-03-11`),
    );
  });
});

describe('spendGeometry', () => {
  it('puts zero at the bottom and the budget on the scale, every week a point', () => {
    const g = spendGeometry(REPORT.spend, REPORT.totals.budget);
    expect(g.ticks[0]?.value).toBe(0);
    expect(g.ticks.at(-1)?.value).toBeGreaterThanOrEqual(18_000_000);
    expect(g.points).toHaveLength(3);
    // Spent lies on or under spent-or-committed, which lies under the budget (y grows downwards).
    for (const p of g.points) expect(p.actualsY).toBeGreaterThanOrEqual(p.committedY);
    expect(g.points.every((p) => p.committedY > g.budgetY)).toBe(true);
    expect(g.labels.map((l) => l.date)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
  });
});
