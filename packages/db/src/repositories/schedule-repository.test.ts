import {
  calendarDate,
  defaultShootCalendar,
  instant,
  minorUnits,
  type Strip,
} from '@greenlight/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedPerson, seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

const STRIPS: Strip[] = [
  { kind: 'scene', id: 'a', sceneId: '00000000-0000-4000-8000-000000000001' },
  { kind: 'banner', id: 'b', text: 'Company move' },
  { kind: 'day-break', id: 'c' },
];

describe(`schedule repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
  });
  afterAll(() => database.close());

  it('saves the schedule settings, versioned, and refuses a stale version', async () => {
    const production = await seedProduction(repos);
    expect(await repos.schedule.getSettings(production.id)).toBeNull();
    const settings = {
      calendar: defaultShootCalendar(calendarDate('2027-03-01')),
      maxEighthsPerDay: 40,
      companyMoveCost: minorUnits(250_000),
      dropPickupAfterDays: 10,
      sceneOrder: [['x', 'y']] as [string, string][],
      castAvailability: [
        {
          castNumber: 1,
          availableFrom: calendarDate('2027-03-02'),
          availableUntil: null,
          unavailable: [calendarDate('2027-03-09')],
        },
      ],
      locationAvailability: [
        { set: 'QUAY', availableFrom: null, availableUntil: calendarDate('2027-03-20') },
      ],
      sameDay: [['x', 'z']],
      maxMinutesPerDay: 600,
      sceneMinutes: { x: 90 },
      crewCall: '06:30',
    };
    expect(await repos.schedule.saveSettings(production.id, settings)).toMatchObject({
      version: 1,
    });
    expect(await repos.schedule.getSettings(production.id)).toEqual({ ...settings, version: 1 });
    await repos.schedule.saveSettings(production.id, { ...settings, maxEighthsPerDay: 32 }, 1);
    await expect(repos.schedule.saveSettings(production.id, settings, 1)).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await repos.schedule.getSettings(production.id)).toMatchObject({
      maxEighthsPerDay: 32,
      version: 2,
    });
  });

  it('keeps one shooting board per unit, any number of what-ifs, and versions every change', async () => {
    const production = await seedProduction(repos);
    const person = await seedPerson(repos);
    const now = instant('2027-01-04T09:00:00Z');
    const input = {
      productionId: production.id,
      name: 'Shooting board',
      kind: 'shooting' as const,
      unit: 'main' as const,
      strips: STRIPS,
      createdBy: person.id,
      now,
    };
    const shooting = await repos.schedule.createBoard(input);
    expect(shooting).toMatchObject({ kind: 'shooting', locked: false, version: 1, strips: STRIPS });
    await expect(repos.schedule.createBoard(input)).rejects.toMatchObject({ code: 'conflict' });
    await repos.schedule.createBoard({ ...input, unit: 'second' });
    await repos.schedule.createBoard({ ...input, name: 'What-if', kind: 'what-if' });
    await repos.schedule.createBoard({ ...input, name: 'What-if 2', kind: 'what-if' });
    expect((await repos.schedule.listBoards(production.id)).map((b) => b.name)).toHaveLength(4);

    const locked = await repos.schedule.updateBoard(shooting.id, { locked: true }, 1, now);
    expect(locked).toMatchObject({ locked: true, version: 2 });
    await expect(
      repos.schedule.updateBoard(shooting.id, { strips: [] }, 1, now),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await repos.schedule.getBoard(production.id, shooting.id))?.strips).toEqual(STRIPS);
    const other = await seedProduction(repos);
    expect(await repos.schedule.getBoard(other.id, shooting.id)).toBeNull();
  });
});
