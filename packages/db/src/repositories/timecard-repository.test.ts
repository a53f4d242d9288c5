import {
  calendarDate,
  currencyCode,
  instant,
  minorUnits,
  type LabourDeal,
  type Person,
  type Production,
  type TimecardApproval,
} from '@greenlight/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase } from '../testing/create-test-database.js';
import { seedPerson, seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

const NOW = instant('2027-03-01T18:00:00.000Z');
const WEEK = calendarDate('2027-02-21');

describe('timecard repository', () => {
  let database: Database;
  let repos: Repositories;
  let production: Production;
  let casey: Person;

  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
    production = await seedProduction(repos);
    casey = await seedPerson(repos, 'Casey Moreau');
  });
  afterAll(() => database.close());

  const deal = (): LabourDeal => ({
    personId: casey.id,
    agreementId: 'us-ca-wage-order-12-2001',
    agreementYear: 2001,
    rate: {
      kind: 'daily',
      currency: currencyCode('USD'),
      perDay: minorUnits(45_000),
      guaranteedMinutes: 600,
    },
    department: 'camera',
    title: '1st AC',
    accountNumber: '3300',
  });

  it('saves a deal at its version and refuses a stale one', async () => {
    const saved = await repos.timecards.saveDeal({
      productionId: production.id,
      deal: deal(),
      expectedVersion: 0,
      by: null,
      now: NOW,
    });
    expect(saved).toEqual({ ...deal(), version: 1 });
    await expect(
      repos.timecards.saveDeal({
        productionId: production.id,
        deal: deal(),
        expectedVersion: 0,
        by: null,
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await repos.timecards.listDeals(production.id)).toHaveLength(1);
  });

  it('keeps a card’s days with their meals and refuses a stale save', async () => {
    const days = [
      {
        date: calendarDate('2027-02-22'),
        kind: 'work' as const,
        call: 420,
        meals: [
          { out: 780, in: 810 },
          { out: 1110, in: 1140 },
        ],
        wrap: 1290,
      },
      {
        date: calendarDate('2027-02-23'),
        kind: 'idle' as const,
        call: null,
        meals: [],
        wrap: null,
      },
    ];
    const card = await repos.timecards.saveDays({
      productionId: production.id,
      personId: casey.id,
      weekStart: WEEK,
      days,
      expectedVersion: 0,
      by: casey.id,
      now: NOW,
    });
    expect(card.days).toEqual(days);
    expect(card.approval).toEqual({ status: 'draft', signatures: [], returned: null });
    await expect(
      repos.timecards.saveDays({
        productionId: production.id,
        personId: casey.id,
        weekStart: WEEK,
        days: [],
        expectedVersion: 0,
        by: casey.id,
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('stores signatures per submission, a return starts the next, a stale version is refused', async () => {
    const card = await repos.timecards.getCard(production.id, casey.id, WEEK);
    if (card === null) throw new Error('no card');
    const signed: TimecardApproval = {
      status: 'in-approval',
      signatures: [{ step: 'crew-member', personId: casey.id, role: null, at: NOW }],
      returned: null,
    };
    const after = await repos.timecards.saveApproval({
      timecardId: card.id,
      expectedVersion: card.version,
      approval: signed,
      by: casey.id,
      now: NOW,
    });
    expect(after.approval).toEqual(signed);
    await expect(
      repos.timecards.saveApproval({
        timecardId: card.id,
        expectedVersion: card.version,
        approval: signed,
        by: casey.id,
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const returned = await repos.timecards.saveApproval({
      timecardId: card.id,
      expectedVersion: after.version,
      approval: {
        status: 'draft',
        signatures: [],
        returned: { by: casey.id, at: NOW, reason: 'Fix Tuesday' },
      },
      by: casey.id,
      now: NOW,
    });
    expect(returned.approval.signatures).toEqual([]);
    expect(returned.approval.returned?.reason).toBe('Fix Tuesday');
  });

  it('sums posted labour per account up to a date', async () => {
    const card = await repos.timecards.getCard(production.id, casey.id, WEEK);
    if (card === null) throw new Error('no card');
    await repos.timecards.postActuals({
      productionId: production.id,
      timecardId: card.id,
      personId: casey.id,
      weekStart: WEEK,
      currency: 'USD',
      entries: [
        { accountNumber: '3300', date: calendarDate('2027-02-22'), amount: minorUnits(50_000) },
        { accountNumber: '3300', date: calendarDate('2027-02-23'), amount: minorUnits(45_000) },
        { accountNumber: '1410', date: calendarDate('2027-02-23'), amount: minorUnits(2_500) },
      ],
      now: NOW,
    });
    expect(
      await repos.timecards.labourActualsByAccount(production.id, calendarDate('2027-02-22')),
    ).toEqual([{ accountNumber: '3300', amount: 50_000 }]);
    expect(
      await repos.timecards.labourActualsByAccount(production.id, calendarDate('2027-02-28')),
    ).toEqual([
      { accountNumber: '1410', amount: 2_500 },
      { accountNumber: '3300', amount: 95_000 },
    ]);
  });
});
