import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from './services/session-service.js';
import { createDemoTestApp, type DemoTestApp } from './testing/create-demo-test-app.js';

describe('the weekly progress report over HTTP', () => {
  let t: DemoTestApp;
  beforeAll(async () => {
    t = await createDemoTestApp();
  });
  afterAll(() => t.close());

  const production = () => ({ productionId: t.productionId });

  it('agrees with the cost report: the spend ends on its actuals, the sections add up to its variance', async () => {
    const ep = await t.as('executive-producer');
    const report = (await t.call('progressReport', { params: production(), query: {} }, ep)).ok();
    const cost = (await t.call('costReport', { params: production(), query: {} }, ep)).ok();
    expect(report.asOf).toBe(cost.asOf);
    expect(report.totals.estimatedFinalCost).toBe(cost.grandTotal.estimatedFinalCost);
    expect(report.spend.length).toBeGreaterThan(0);
    const last = report.spend.at(-1);
    expect(last?.through).toBe(report.asOf);
    expect((last?.actuals ?? 0) + report.undatedActuals).toBe(cost.grandTotal.actualsToDate);
    expect(report.sections.reduce((sum, s) => sum + s.variance, 0)).toBe(cost.grandTotal.variance);
    expect(report.headline[0]).toMatch(/^Estimated final cost \$/);
    // The demo shoots in January 2027 and its financing plan starts in November 2026.
    expect(report.schedule.state).toBe('before-shooting');
    expect(report.schedule.plannedDays).toBeGreaterThan(0);
    expect(report.cash?.drawnToDate).toBe(0);
    expect(report.cash?.closedFinancing).toBeGreaterThan(0);
  });

  it('follows the shoot and the drawdowns to a later date', async () => {
    const report = (
      await t.call(
        'progressReport',
        { params: production(), query: { asOf: '2027-01-20' } },
        await t.as('financier-representative'),
      )
    ).ok();
    expect(report.schedule.state).toBe('shooting');
    expect(report.schedule.firstShootDay).toBe('2027-01-14');
    // Only day 1 has a production report: the later days before the 20th are listed, not counted as shot.
    expect(report.schedule.basis).toBe('production-reports');
    expect(report.schedule.shotDays).toBe(1);
    expect(report.schedule.daysWithoutReport.length).toBeGreaterThan(0);
    expect(
      report.schedule.daysWithoutReport.every((d) => d > '2027-01-14' && d < '2027-01-20'),
    ).toBe(true);
    expect(report.headline.at(-1)).toMatch(/^No production report for \d+ shoot days? before /);
    const cash = report.cash;
    expect(cash?.drawnToDate).toBeGreaterThan(0);
    expect(cash?.cashInHand).toBe((cash?.drawnToDate ?? 0) - (cash?.spentToDate ?? 0));
  });

  it('counts the days shot from the signed production reports', async () => {
    const ep = await t.as('executive-producer');
    const report = (
      await t.call('progressReport', { params: production(), query: { asOf: '2027-01-15' } }, ep)
    ).ok();
    const day1 = (
      await t.call('productionReport', { params: { ...production(), date: '2027-01-14' } }, ep)
    ).ok();
    const s = report.schedule;
    expect(s.basis).toBe('production-reports');
    expect(s.state).toBe('shooting');
    expect(s.shotDays).toBe(1);
    expect(s.remainingDays).toBe(s.plannedDays - 1);
    expect(s.daysWithoutReport).toEqual([]);
    // The standing is day 1's report's own: the demo's last scene was part shot, so the unit is behind.
    const standing = day1.report.schedule;
    expect(s.standing).toEqual({
      date: '2027-01-14',
      dayNumber: 1,
      totalDays: s.plannedDays,
      ...standing,
    });
    expect(standing.verdict).toBe('behind');
    expect(s.shotEighths).toBe(standing.eighthsShotToDate);
    expect(s.daysAheadOrBehind).toBe(standing.daysAhead);
    expect(report.headline.at(-1)).toMatch(
      new RegExp(
        `^Day 1 of ${s.plannedDays} shot; [0-9/ ]+ pages behind \\(${Math.abs(standing.daysAhead)} days?\\)\\.$`,
      ),
    );
  });

  it('downloads as a PDF', async () => {
    const cookie = (await t.as('executive-producer')).cookie;
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/productions/${t.productionId}/progress-report.pdf?asOf=2027-01-20`,
      headers: { cookie },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toMatch(/^application\/pdf/);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('is read with the cost report’s authority: crew are refused, strangers see nothing', async () => {
    const crew = await t.call(
      'progressReport',
      { params: production(), query: {} },
      await t.as('crew'),
    );
    expect(crew.status).toBe(403);
    await createUser(t.deps, {
      email: 'outsider@elsewhere.example',
      name: 'Olive Outsider',
      password: 'a long enough password',
      isAdmin: false,
    });
    const stranger = await t.signIn('outsider@elsewhere.example', 'a long enough password');
    expect(
      (await t.call('progressReport', { params: production(), query: {} }, stranger)).status,
    ).toBe(404);
  });
});
