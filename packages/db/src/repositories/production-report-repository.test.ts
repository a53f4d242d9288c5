import {
  calendarDate,
  instant,
  type Person,
  type Production,
  type ProductionReport,
  type ProductionReportEntry,
} from '@greenlight/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedPerson, seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

const ENTRY: ProductionReportEntry = {
  times: {
    crewCall: '07:00',
    firstShot: '08:10',
    firstMealOut: '13:00',
    firstMealIn: '13:30',
    secondMealOut: null,
    secondMealIn: null,
    cameraWrap: '19:00',
    companyWrap: '20:15',
  },
  scenes: [
    {
      sceneId: 'scene-1',
      status: 'completed',
      eighthsShot: 12,
      secondsShot: 95,
      setups: 6,
      retakes: 1,
    },
  ],
  cast: [],
  crew: [{ department: 'Camera', count: 4 }],
  background: 6,
  cameraRolls: 'A001–A004',
  soundRolls: 'S001',
  delays: [{ minutes: 20, reason: 'Fog' }],
  incidents: [],
  notes: 'Closed set.',
};

describe(`production report repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  let production: Production;
  let office: Person;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
    production = await seedProduction(repos);
    office = await seedPerson(repos, 'Production Office');
  });
  afterAll(() => database.close());

  const date = calendarDate('2027-01-14');
  const at = (iso: string) => instant(iso);
  const base = () => ({ productionId: production.id, date, by: office.id });

  it('saves a day’s entry whole, refuses a stale save, submits, signs and is then read-only', async () => {
    expect(await repos.productionReports.current(production.id, date)).toBeNull();
    const first = await repos.productionReports.save({
      ...base(),
      entry: ENTRY,
      expectedVersion: 0,
      now: at('2027-01-14T21:00:00Z'),
    });
    expect(first).toMatchObject({ revision: 1, version: 1, status: 'draft', entry: ENTRY });
    const second = await repos.productionReports.save({
      ...base(),
      entry: { ...ENTRY, notes: 'Closed set. Fog at dawn.' },
      expectedVersion: 1,
      now: at('2027-01-14T21:10:00Z'),
    });
    expect(second.version).toBe(2);
    for (const expectedVersion of [1, 0])
      await expect(
        repos.productionReports.save({
          ...base(),
          entry: ENTRY,
          expectedVersion,
          now: at('2027-01-14T21:20:00Z'),
        }),
      ).rejects.toMatchObject({ code: 'conflict' });

    const submitted = await repos.productionReports.move({
      ...base(),
      to: 'submitted',
      expectedVersion: 2,
      now: at('2027-01-14T21:30:00Z'),
    });
    expect(submitted).toMatchObject({
      status: 'submitted',
      version: 3,
      submittedBy: office.id,
      submittedAt: '2027-01-14T21:30:00.000Z',
    });
    const report = { productionTitle: 'Repository Test' } as unknown as ProductionReport;
    const signed = await repos.productionReports.move({
      ...base(),
      to: 'signed',
      report,
      expectedVersion: 3,
      now: at('2027-01-14T22:00:00Z'),
    });
    expect(signed).toMatchObject({ status: 'signed', version: 4, signed: report });
    await expect(
      repos.productionReports.save({
        ...base(),
        entry: ENTRY,
        expectedVersion: 4,
        now: at('2027-01-14T22:10:00Z'),
      }),
    ).rejects.toMatchObject({ code: 'conflict' });

    const correction = await repos.productionReports.move({
      ...base(),
      to: 'correction',
      expectedVersion: 4,
      now: at('2027-01-15T08:00:00Z'),
    });
    expect(correction).toMatchObject({
      revision: 2,
      version: 5,
      status: 'draft',
      signed: null,
      entry: { notes: 'Closed set. Fog at dawn.' },
    });
    expect(
      (await repos.productionReports.listCurrent(production.id)).map((r) => [
        r.date,
        r.revision,
        r.status,
      ]),
    ).toEqual([['2027-01-14', 2, 'draft']]);
    expect(
      await repos.productionReports.current('not-a-uuid' as Production['id'], date),
    ).toBeNull();
  });
});
