import {
  calendarDate,
  currencyCode,
  instant,
  minorUnits,
  NO_TERMS,
  type FinancingSource,
} from '@greenlight/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedPerson, seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

const NOW = instant('2027-01-04T09:00:00Z');
const LATER = instant('2027-01-05T09:00:00Z');

const EQUITY: Omit<FinancingSource, 'id'> = {
  name: 'Harbour Equity Partners',
  kind: 'equity',
  status: 'term-sheet',
  amount: minorUnits(150_000_000),
  currency: currencyCode('USD'),
  terms: {
    ...NO_TERMS,
    equityShareBp: 4_000,
    premiumBp: 2_000,
    recoupmentRank: 2,
    credits: ['Executive producer'],
    backEndPointsBp: 2_500,
  },
  conditions: ['Completion bond in place', 'Principal cast attached'],
  drawdowns: [
    { week: 1, amount: minorUnits(50_000_000) },
    { week: 6, amount: minorUnits(100_000_000) },
  ],
};

describe(`financing repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
  });
  afterAll(() => database.close());

  it('stores sources with their terms, conditions and drawdowns, oldest first', async () => {
    const production = await seedProduction(repos);
    const person = await seedPerson(repos);
    const equity = await repos.financing.createSource({
      ...EQUITY,
      productionId: production.id,
      counterparty: 'HEP Fund II',
      createdBy: person.id,
      now: NOW,
    });
    expect(equity).toEqual({
      ...EQUITY,
      id: equity.id,
      productionId: production.id,
      counterparty: 'HEP Fund II',
      version: 1,
      createdBy: person.id,
      createdAt: NOW,
      updatedAt: NOW,
    });
    const incentive = await repos.financing.createSource({
      name: 'State film incentive',
      kind: 'tax-incentive',
      status: 'closed',
      amount: minorUnits(60_000_000),
      currency: currencyCode('USD'),
      terms: NO_TERMS,
      conditions: [],
      drawdowns: [],
      productionId: production.id,
      counterparty: null,
      createdBy: null,
      now: LATER,
    });
    expect((await repos.financing.listSources(production.id)).map((s) => s.id)).toEqual([
      equity.id,
      incentive.id,
    ]);
    expect(await repos.financing.getSource(production.id, equity.id)).toEqual(equity);
    expect(await repos.financing.getSource(production.id, 'nope')).toBeNull();
  });

  it('updates a source at its version and refuses a stale one', async () => {
    const production = await seedProduction(repos);
    const source = await repos.financing.createSource({
      ...EQUITY,
      productionId: production.id,
      counterparty: null,
      createdBy: null,
      now: NOW,
    });
    const updated = await repos.financing.updateSource(
      source.id,
      { status: 'closed', terms: { ...source.terms, recoupmentRank: 1 }, counterparty: 'HEP' },
      1,
      LATER,
    );
    expect(updated).toMatchObject({
      status: 'closed',
      version: 2,
      counterparty: 'HEP',
      terms: { recoupmentRank: 1, premiumBp: 2_000 },
      updatedAt: LATER,
    });
    await expect(
      repos.financing.updateSource(source.id, { status: 'drawn' }, 1, LATER),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      repos.financing.updateSource(source.id, { amount: minorUnits(-1) }, 2, LATER),
    ).rejects.toMatchObject({ code: 'validation' });
  });

  it('keeps one planned spending per production, versioned', async () => {
    const production = await seedProduction(repos);
    expect(await repos.financing.getPlan(production.id)).toBeNull();
    const plan = {
      plannedSpending: [minorUnits(100), minorUnits(200)],
      firstWeek: calendarDate('2026-11-02'),
    };
    expect(await repos.financing.savePlan(production.id, plan, null, NOW)).toEqual({
      ...plan,
      version: 1,
    });
    await expect(repos.financing.savePlan(production.id, plan, null, NOW)).rejects.toMatchObject({
      code: 'conflict',
    });
    await repos.financing.savePlan(production.id, { ...plan, firstWeek: null }, 1, LATER);
    expect(await repos.financing.getPlan(production.id)).toEqual({
      ...plan,
      firstWeek: null,
      version: 2,
    });
  });
});
