import { describe, expect, it } from 'vitest';
import type { AuditEntryDto, CashFlowDto } from '@greenlight/contract';
import { SOURCE } from '../../testing/financing-source';
import { parseBasisPoints, formatPoints, basisPointsToInput } from './basis-points';
import { cashFlowGeometry, cumulate, labelEvery } from './cash-flow-geometry';
import { compactMoney, linearScale, niceStep, niceTicks } from './chart-scale';
import { financingHref, financingViewFromPath } from './financing-views';
import { gapBar, gapHeadline, shortWithCommitted, totalsByStatus } from './gap-figures';
import { overrideRecord } from './override-record';
import { checkDraft, draftFromSource, emptyDraft, sourceChanges } from './source-draft';
import { ordinal, termsSummary } from './terms-summary';
import { waterfallTotals } from './waterfall-totals';

const week = (n: number, spending: number, drawdowns: number, balance: number) => ({
  week: n,
  startsOn: `2026-11-${String(16 + (n - 1) * 7).padStart(2, '0')}`,
  spending,
  drawdowns,
  bySource: [],
  balance,
});

describe('views of the Financing tab', () => {
  it('reads and writes the paths below /financing', () => {
    expect(financingViewFromPath('')).toBe('plan');
    expect(financingViewFromPath('/cash-flow')).toBe('cash-flow');
    expect(financingViewFromPath('/waterfall/')).toBe('waterfall');
    expect(financingViewFromPath('/greenlight')).toBe('greenlight');
    expect(financingViewFromPath('/nope')).toBeNull();
    expect(financingHref('p1', 'cash-flow')).toBe('/productions/p1/financing/cash-flow');
    expect(financingHref('p1', 'plan')).toBe('/productions/p1/financing');
  });
});

describe('basis points', () => {
  it('parses percentages exactly, without floats', () => {
    expect(parseBasisPoints('12.5')).toEqual({ ok: true, value: 1_250 });
    expect(parseBasisPoints('0.07 %')).toEqual({ ok: true, value: 7 });
    expect(parseBasisPoints('100')).toEqual({ ok: true, value: 10_000 });
    expect(parseBasisPoints('12.345')).toEqual({
      ok: false,
      error: 'Enter a percentage like 12.5',
    });
    expect(parseBasisPoints('-3')).toEqual({
      ok: false,
      error: 'The percentage cannot be negative',
    });
    expect(parseBasisPoints('101')).toEqual({
      ok: false,
      error: 'The percentage can be at most 100',
    });
  });

  it('writes them back for a field and a table', () => {
    expect(basisPointsToInput(1_250)).toBe('12.5');
    expect(formatPoints(2_500)).toBe('25 points');
    expect(formatPoints(100)).toBe('1 point');
  });
});

describe('chart scales', () => {
  it('maps a domain onto pixels, either way round', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(50)).toBe(100);
    expect(y(100)).toBe(0);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(0);
  });

  it('picks round steps and ticks that cover the data', () => {
    expect(niceStep(221_110_924, 5)).toBe(50_000_000);
    expect(niceStep(0, 5)).toBe(1);
    expect(niceTicks(0, 221_110_924, 5)).toEqual([
      0, 50_000_000, 100_000_000, 150_000_000, 200_000_000, 250_000_000,
    ]);
    expect(niceTicks(-30, 70, 5)).toEqual([-40, -20, 0, 20, 40, 60, 80]);
    expect(niceTicks(0, 0)).toEqual([0, 1]);
  });

  it('labels an axis with short amounts in the currency', () => {
    expect(compactMoney(150_000_000, 'USD')).toBe('$1.5M');
    expect(compactMoney(25_000_000, 'EUR')).toBe('€250K');
    expect(compactMoney(0, 'USD')).toBe('$0');
    expect(compactMoney(50_000, 'JPY')).toBe('¥50K');
  });
});

describe('cash-flow geometry', () => {
  const weeks: CashFlowDto['weeks'] = [
    week(1, 100, 300, 200),
    week(2, 100, 0, 100),
    week(3, 250, 0, -150),
    week(4, 50, 0, -200),
    week(5, 0, 400, 200),
  ];

  it('keeps running totals whose difference is the balance', () => {
    const rows = cumulate(weeks);
    expect(rows.map((r) => r.cumulativeDrawdowns)).toEqual([300, 300, 300, 300, 700]);
    expect(rows.map((r) => r.cumulativeSpending)).toEqual([100, 200, 450, 500, 500]);
    for (const r of rows) expect(r.cumulativeDrawdowns - r.cumulativeSpending).toBe(r.balance);
  });

  it('shades consecutive short weeks as one band and draws bars either side of zero', () => {
    const g = cashFlowGeometry(weeks);
    expect(g.shortRuns).toHaveLength(1);
    expect(g.shortRuns[0]?.x).toBeCloseTo(g.band(2).x);
    expect(g.shortRuns[0]?.width).toBeCloseTo(g.band(0).width * 2);
    expect(g.drawdownBars.map((b) => b.week)).toEqual([1, 5]);
    expect(g.spendingBars.map((b) => b.week)).toEqual([1, 2, 3, 4]);
    for (const bar of g.drawdownBars) expect(bar.y + bar.height).toBeCloseTo(g.weeklyZeroY);
    for (const bar of g.spendingBars) expect(bar.y).toBeCloseTo(g.weeklyZeroY);
    // The larger weekly amount reaches further from zero.
    const [first, last] = g.drawdownBars;
    expect(last?.height ?? 0).toBeGreaterThan(first?.height ?? 0);
    expect(g.drawdownsPath.startsWith('M72.0 ')).toBe(true);
    expect(g.drawdownsPath.split('L')).toHaveLength(6);
    expect(g.cumulativeTicks.at(-1)?.value).toBeGreaterThanOrEqual(700);
  });

  it('labels about ten weeks, with the year where it turns', () => {
    expect(labelEvery(5)).toBe(1);
    expect(labelEvery(40)).toBe(4);
    expect(labelEvery(160)).toBe(16);
    const g = cashFlowGeometry([
      { ...week(1, 1, 0, -1), startsOn: '2026-12-21' },
      { ...week(2, 1, 0, -2), startsOn: '2026-12-28' },
      { ...week(3, 1, 0, -3), startsOn: '2027-01-04' },
    ]);
    expect(g.labels.map((l) => l.year)).toEqual(['2026', null, '2027']);
  });
});

const GAP = {
  currency: 'USD',
  budgetTotal: 221_110_924,
  closed: 176_900_000,
  committed: 0,
  pipeline: 44_234_000,
  gap: 44_210_924,
  surplus: 0,
  summary: '',
};

describe('the gap', () => {
  it('says how short or how covered the budget is', () => {
    expect(gapHeadline(GAP)).toEqual({
      tone: 'short',
      text: '$442,109.24 short of the approved budget',
    });
    expect(gapHeadline({ ...GAP, gap: 0, surplus: 100_000 }).text).toBe(
      'Covered, with $1,000.00 to spare',
    );
    expect(gapHeadline({ ...GAP, gap: 0 }).text).toBe('The approved budget is covered exactly');
    expect(shortWithCommitted({ ...GAP, committed: 40_000_000 })).toBe(4_210_924);
    expect(shortWithCommitted({ ...GAP, committed: 50_000_000 })).toBe(0);
  });

  it('scales the bar to the budget or all the money in sight, whichever is more', () => {
    const { segments, budgetPercent } = gapBar(GAP);
    expect(segments.map((s) => s.key)).toEqual(['closed', 'committed', 'pipeline']);
    const scale = GAP.closed + GAP.pipeline;
    expect(budgetPercent).toBeCloseTo((GAP.budgetTotal / scale) * 100);
    expect(segments.reduce((sum, s) => sum + s.percent, 0)).toBeCloseTo(100);
  });

  it('adds the sources up by status, drawn first, withdrawn last', () => {
    const rows = totalsByStatus([
      { ...SOURCE, status: 'prospect', amountInBudgetCurrency: 10 },
      SOURCE,
      { ...SOURCE, status: 'closed', amountInBudgetCurrency: 5 },
      { ...SOURCE, status: 'withdrawn', amountInBudgetCurrency: 7 },
      { ...SOURCE, status: 'in-negotiation', amountInBudgetCurrency: null },
    ]);
    expect(rows).toEqual([
      { status: 'closed', count: 2, amount: 121_600_005 },
      { status: 'in-negotiation', count: 1, amount: null },
      { status: 'prospect', count: 1, amount: 10 },
      { status: 'withdrawn', count: 1, amount: 7 },
    ]);
  });
});

describe('terms', () => {
  it('reads as short phrases', () => {
    expect(termsSummary(SOURCE.terms, 'USD')).toEqual([
      '50 % equity',
      '20 % premium',
      'recoups 2nd',
      '25 points back end',
    ]);
    expect(termsSummary({ ...SOURCE.terms, fees: 2_500_000, interestBp: 1_200 }, 'USD')).toContain(
      '$25,000.00 fees',
    );
    expect([1, 2, 3, 4, 11, 12, 13, 21, 101].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '101st',
    ]);
  });
});

describe('the source form', () => {
  it('refuses an empty form with a message for each field', () => {
    const checked = checkDraft({ ...emptyDraft('USD'), currency: 'usdollars' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual({
      name: 'Name the source of finance',
      currency: 'Use a three-letter currency code such as USD or EUR',
      amount: 'Enter the amount of the deal',
    });
  });

  it('checks terms, ranks and drawdowns against the amount', () => {
    const checked = checkDraft({
      ...emptyDraft('USD'),
      name: 'Meridian',
      amount: '1,000',
      equityShare: '150',
      recoupmentRank: '0',
      drawdowns: [
        { week: '1', amount: '600' },
        { week: '3', amount: '500' },
      ],
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.equityShare).toBe('The percentage can be at most 100');
    expect(checked.errors.recoupmentRank).toBe('A whole number from 1 (recouped first) to 100');
    expect(checked.errors.drawdowns).toBe(
      'The drawdowns add up to $1,100.00, more than the $1,000.00 of the deal',
    );
  });

  it('turns a good form into the API’s minor units and basis points', () => {
    const checked = checkDraft({
      ...emptyDraft('USD'),
      name: '  Meridian Capital ',
      kind: 'gap-loan',
      currency: 'usd',
      amount: '221,000',
      interest: '12',
      fees: '25,000',
      recoupmentRank: '1',
      backEndPoints: '2.5',
      conditions: 'Sales estimates at 150 %\n\n',
      drawdowns: [
        { week: '9', amount: '100000' },
        { week: '', amount: '' },
        { week: '2', amount: '21000.50' },
      ],
    });
    expect(checked).toEqual({
      ok: true,
      fields: {
        name: 'Meridian Capital',
        counterparty: null,
        kind: 'gap-loan',
        status: 'prospect',
        amount: 22_100_000,
        currency: 'USD',
        terms: {
          equityShareBp: null,
          interestBp: 1_200,
          fees: 2_500_000,
          premiumBp: null,
          recoupmentRank: 1,
          credits: [],
          backEndPointsBp: 250,
        },
        conditions: ['Sales estimates at 150 %'],
        drawdowns: [
          { week: 2, amount: 2_100_050 },
          { week: 9, amount: 10_000_000 },
        ],
      },
    });
  });

  it('sends only what an edit changed, at the version it was opened on', () => {
    const unchanged = checkDraft(draftFromSource(SOURCE));
    expect(unchanged.ok).toBe(true);
    if (!unchanged.ok) return;
    expect(sourceChanges(SOURCE, unchanged.fields)).toEqual({ version: 3 });
    const renamed = checkDraft({ ...draftFromSource(SOURCE), name: 'HEP', premium: '25' });
    if (!renamed.ok) throw new Error('expected a valid draft');
    expect(sourceChanges(SOURCE, renamed.fields)).toEqual({
      name: 'HEP',
      terms: { ...SOURCE.terms, premiumBp: 2_500 },
      version: 3,
    });
  });
});

describe('the waterfall', () => {
  it('adds up to the revenue, what is left undistributed as a row of its own', () => {
    const totals = waterfallTotals({
      currency: 'USD',
      revenue: 1_000,
      tiers: [],
      payees: [
        { payee: 'Harbour Equity Partners', amount: 600 },
        { payee: 'Harbourlight Pictures', amount: 300 },
      ],
      undistributed: 100,
    });
    expect(totals.total).toBe(1_000);
    expect(totals.rows.map((r) => [r.payee, r.shareText])).toEqual([
      ['Harbour Equity Partners', '60.0 %'],
      ['Harbourlight Pictures', '30.0 %'],
      ['Left undistributed', '10.0 %'],
    ]);
  });
});

describe('the override on record', () => {
  const entry: AuditEntryDto = {
    sequence: 48,
    productionId: 'p1',
    at: '2026-12-01T23:50:10.371Z',
    actorPersonId: 'x',
    actorName: 'Eleanor Vance',
    action: 'production.greenlight-override',
    summary: null,
    outcome: 'allowed',
    rule: 'The executive producer holds the final financial say',
    amount: 44_210_924,
    approvalRequestId: null,
    details: {
      reason: 'The pre-sale is at final terms',
      shortfall: '$442,109.24',
      overridden: [{ code: 'financing-short', message: 'Closed financing is short' }],
    },
  };

  it('reads who, when, why and what it overrode', () => {
    expect(overrideRecord(entry)).toEqual({
      by: 'Eleanor Vance',
      at: '2026-12-01T23:50:10.371Z',
      reason: 'The pre-sale is at final terms',
      overridden: ['Closed financing is short'],
      shortfall: '$442,109.24',
    });
  });

  it('ignores refused attempts and malformed entries', () => {
    expect(overrideRecord({ ...entry, outcome: 'denied' })).toBeNull();
    expect(overrideRecord({ ...entry, details: { reason: 4 } })).toBeNull();
  });
});
