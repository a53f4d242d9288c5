import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteInput, TimecardDayDto } from '@greenlight/contract';
import { calendarDate, type Role } from '@greenlight/domain';
import { createDemoTestApp, type DemoTestApp } from './testing/create-demo-test-app.js';

// Weeks well after the demo's shoot, so the demo's own cards do not meet these.
const WEEK = '2030-01-06';
const RETURN_WEEK = '2030-01-13';
const RACE_WEEK = '2030-01-20';

const at = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** Monday: a long day with a late meal (first meal 7 h after call); Tuesday: a plain ten-hour day. */
const longWeek = (weekStart: string): TimecardDayDto[] => {
  const monday = calendarDate(weekStart);
  const next = (days: number) =>
    new Date(Date.parse(`${monday}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return [
    {
      date: next(1),
      kind: 'work',
      call: at('07:00'),
      meals: [{ out: at('14:00'), in: at('14:30') }],
      wrap: at('20:30'),
    },
    {
      date: next(2),
      kind: 'work',
      call: at('07:00'),
      meals: [{ out: at('12:00'), in: at('12:30') }],
      wrap: at('17:30'),
    },
  ];
};

describe('timecards over HTTP: entry, the approval chain, posting and payroll', () => {
  let t: DemoTestApp;
  let casey: string;

  beforeAll(async () => {
    t = await createDemoTestApp();
    casey = await t.personOf('crew');
    const deals = (
      await t.call(
        'labourDeals',
        { params: { productionId: t.productionId } },
        await t.as('production-manager'),
      )
    ).ok();
    const version = deals.people.find((p) => p.personId === casey)?.version ?? 0;
    (
      await t.call(
        'saveLabourDeal',
        {
          params: { productionId: t.productionId, personId: casey },
          body: {
            version,
            agreementId: 'us-ca-wage-order-12-2001',
            agreementYear: 2001,
            rate: { kind: 'hourly', currency: 'USD', perHour: 4_000 },
            department: 'camera',
            title: 'Camera operator',
            accountNumber: '3300',
          },
        },
        await t.as('production-manager'),
      )
    ).ok();
  }, 120_000);
  afterAll(() => t.close());

  const card = (weekStart: string) => ({
    productionId: t.productionId,
    personId: casey,
    weekStart,
  });
  const view = async (weekStart: string, role: Role = 'crew') =>
    (await t.call('timecard', { params: card(weekStart) }, await t.as(role))).ok();
  const enter = async (weekStart: string) => {
    const before = await view(weekStart);
    return t.call(
      'saveTimecard',
      { params: card(weekStart), body: { version: before.version, days: longWeek(weekStart) } },
      await t.as('crew'),
    );
  };
  const sign = async (weekStart: string, role: Role, version?: number) =>
    t.call(
      'signTimecard',
      {
        params: card(weekStart),
        body: { version: version ?? (await view(weekStart, 'production-accountant')).version },
      },
      await t.as(role),
    );

  it('seeds the demo’s first shoot week in each state, the approved card posted to its account', async () => {
    const week = (
      await t.call(
        'timecards',
        { params: { productionId: t.productionId }, query: { weekStart: '2027-01-10' } },
        await t.as('production-accountant'),
      )
    ).ok();
    expect(Object.fromEntries(week.cards.map((c) => [c.name, c.status]))).toEqual({
      'Casey Moreau': 'approved',
      'Margot Ellis': 'in-approval',
      'Hugo Lindqvist': 'draft',
    });
    const posted = await t.repos.timecards.labourActualsByAccount(
      t.productionId,
      calendarDate('2027-01-16'),
    );
    expect(posted.map((r) => r.accountNumber)).toEqual(['3300']);
    expect(posted[0]?.amount).toBe(week.cards.find((c) => c.name === 'Casey Moreau')?.amount);
    // The lead's card waits on the production manager or UPM, not on the accountant.
    const upm = (
      await t.call(
        'timecards',
        { params: { productionId: t.productionId }, query: { weekStart: '2027-01-10' } },
        await t.as('unit-production-manager'),
      )
    ).ok();
    expect(upm.cards.filter((c) => c.waitingOnMe).map((c) => c.name)).toEqual(['Margot Ellis']);
  });

  it('computes a long day with a late meal into overtime and a meal penalty, each with its rule', async () => {
    (await enter(WEEK)).ok();
    const saved = await view(WEEK);
    expect(saved.status).toBe('draft');
    expect(saved.computed).not.toBeNull();
    const lines = saved.computed?.lines ?? [];
    const kinds = lines.map((l) => l.kind);
    expect(kinds).toContain('overtime');
    expect(kinds).toContain('meal-penalty');
    const overtime = lines.find((l) => l.kind === 'overtime');
    expect(overtime?.rule.clauseId).toBe('lc510-daily-overtime');
    expect(overtime?.multiplier).toBe(1500);
    expect(lines.find((l) => l.kind === 'meal-penalty')?.rule.clauseId).toBe('wo12-meal-period');
    expect(saved.computed?.amount).toBe(lines.reduce((sum, l) => sum + l.amount, 0));
    expect(saved.may).toEqual({ edit: true, sign: true, return: false });
  });

  it('keeps pay private: cast cannot see a crew member’s card, their department head can', async () => {
    const refused = await t.call('timecard', { params: card(WEEK) }, await t.as('cast'));
    expect(refused.status).toBe(403);
    expect((await view(WEEK, 'department-head')).name).toBe('Casey Moreau');
    const week = (
      await t.call(
        'timecards',
        { params: { productionId: t.productionId }, query: { weekStart: WEEK } },
        await t.as('department-head'),
      )
    ).ok();
    expect(week.cards.map((c) => c.personId)).toContain(casey);
  });

  it('refuses another person’s entry unless they are the production office', async () => {
    const margot = await t.personOf('cast');
    const body: RouteInput<'saveTimecard'>['body'] = { version: 0, days: [] };
    const refused = await t.call(
      'saveTimecard',
      { params: { ...card(WEEK), personId: margot }, body },
      await t.as('crew'),
    );
    expect(refused.status).toBe(403);
  });

  it('signs in order: the person, department head, production manager, accountant; the last posts the pay', async () => {
    // Nobody signs before the person, and only they sign their own step.
    expect((await sign(WEEK, 'department-head')).status).toBe(403);
    (await sign(WEEK, 'crew')).ok();
    // Out of order: the production manager before the department head.
    const early = await sign(WEEK, 'production-manager');
    expect(early.status).toBe(403);
    expect(early.error(403).message).toMatch(/waits on/);
    // The card is no longer the person's to change.
    const locked = await t.call(
      'saveTimecard',
      { params: card(WEEK), body: { version: (await view(WEEK)).version, days: [] } },
      await t.as('crew'),
    );
    expect(locked.status).toBe(409);
    (await sign(WEEK, 'department-head')).ok();
    (await sign(WEEK, 'production-manager')).ok();
    const before = await t.repos.timecards.labourActualsByAccount(
      t.productionId,
      calendarDate('2030-01-31'),
    );
    const labourOnReport = async () => {
      const report = (
        await t.call(
          'costReport',
          { params: { productionId: t.productionId }, query: { asOf: '2030-01-31' } },
          await t.as('production-accountant'),
        )
      ).ok();
      const row = report.sections.flatMap((s) => s.rows).find((r) => r.accountNumber === '3300');
      return row?.actualsToDate ?? 0;
    };
    const reportBefore = await labourOnReport();
    const waiting = await view(WEEK, 'production-accountant');
    expect(waiting.nextStep?.id).toBe('production-accountant');
    expect(waiting.may.sign).toBe(true);
    (await sign(WEEK, 'production-accountant')).ok();
    const approved = await view(WEEK);
    expect(approved.status).toBe('approved');
    expect(approved.steps.map((s) => s.signedBy)).toEqual([
      'Casey Moreau',
      'Hugo Lindqvist',
      'Priya Natarajan',
      'Arthur Cole',
    ]);
    const after = await t.repos.timecards.labourActualsByAccount(
      t.productionId,
      calendarDate('2030-01-31'),
    );
    const amountOf = (rows: typeof after) =>
      rows.find((r) => r.accountNumber === '3300')?.amount ?? 0;
    expect(amountOf(after) - amountOf(before)).toBe(approved.computed?.amount);
    // The cost report counts approved labour as actuals on the deal's account.
    expect((await labourOnReport()) - reportBefore).toBe(approved.computed?.amount);
    // An approved card takes no more signatures.
    expect((await sign(WEEK, 'unit-production-manager')).status).toBe(409);
  });

  it('exports the week’s approved cards as payroll CSV, one row per pay line', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/productions/${t.productionId}/payroll.csv?weekStart=${WEEK}`,
      headers: { cookie: (await t.as('production-accountant')).cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const rows = response.body.split(/\r?\n/).filter((r) => r.includes('Casey Moreau'));
    const lines = (await view(WEEK)).computed?.lines ?? [];
    expect(rows).toHaveLength(lines.length);
    expect(rows.some((r) => r.includes('Overtime') && r.includes('lc510-daily-overtime'))).toBe(
      true,
    );
    expect(rows.some((r) => r.includes('Meal penalty'))).toBe(true);
    const crew = await t.app.inject({
      method: 'GET',
      url: `/api/v1/productions/${t.productionId}/payroll.csv?weekStart=${WEEK}`,
      headers: { cookie: (await t.as('crew')).cookie },
    });
    expect(crew.statusCode).toBe(403);
  });

  it('a return sends the card back with its reason and drops every signature', async () => {
    (await enter(RETURN_WEEK)).ok();
    (await sign(RETURN_WEEK, 'crew')).ok();
    const signed = await view(RETURN_WEEK, 'department-head');
    expect(signed.may.return).toBe(true);
    const selfReturn = await t.call(
      'returnTimecard',
      { params: card(RETURN_WEEK), body: { version: signed.version, reason: 'Oops' } },
      await t.as('crew'),
    );
    expect(selfReturn.status).toBe(403);
    (
      await t.call(
        'returnTimecard',
        {
          params: card(RETURN_WEEK),
          body: { version: signed.version, reason: 'Tuesday wrap was 18:30 on the call sheet' },
        },
        await t.as('department-head'),
      )
    ).ok();
    const back = await view(RETURN_WEEK);
    expect(back.status).toBe('draft');
    expect(back.steps.every((s) => s.signedBy === null)).toBe(true);
    expect(back.returned).toMatchObject({
      by: 'Hugo Lindqvist',
      reason: 'Tuesday wrap was 18:30 on the call sheet',
    });
    expect(back.may.edit).toBe(true);
    // It goes round again from the person.
    (await enter(RETURN_WEEK)).ok();
    (await sign(RETURN_WEEK, 'crew')).ok();
    expect((await view(RETURN_WEEK)).returned).toBeNull();
  });

  it('of two signatures of one step at once, one counts', async () => {
    (await enter(RACE_WEEK)).ok();
    (await sign(RACE_WEEK, 'crew')).ok();
    (await sign(RACE_WEEK, 'department-head')).ok();
    const version = (await view(RACE_WEEK, 'production-manager')).version;
    const [pm, upm] = await Promise.all([
      sign(RACE_WEEK, 'production-manager', version),
      sign(RACE_WEEK, 'unit-production-manager', version),
    ]);
    expect([pm.status, upm.status].sort()).toEqual([200, 409]);
    const after = await view(RACE_WEEK, 'production-accountant');
    expect(after.steps.filter((s) => s.signedBy !== null)).toHaveLength(3);
    expect(after.nextStep?.id).toBe('production-accountant');
  });
});
