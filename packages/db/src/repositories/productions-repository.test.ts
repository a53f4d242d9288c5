import { currencyCode, instant, type PersonId, type ProductionId } from '@greenlight/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedAssignment, seedPerson, seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

describe(`productions repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
  });
  afterAll(() => database.close());

  it('creates a production in development and reads it back', async () => {
    const createdAt = instant('2026-03-01T08:00:00Z');
    const production = await repos.productions.create({
      title: 'Harbour Lights',
      kind: 'series',
      currency: currencyCode('CAD'),
      timeZone: 'America/Toronto',
      seasons: [{ number: 1, episodes: [{ number: 1, title: 'Pilot' }] }],
      createdAt,
    });
    expect(production).toEqual({
      id: expect.any(String),
      title: 'Harbour Lights',
      kind: 'series',
      currency: 'CAD',
      timeZone: 'America/Toronto',
      stage: 'development',
      seasons: [{ number: 1, episodes: [{ number: 1, title: 'Pilot' }] }],
      createdAt: '2026-03-01T08:00:00.000Z',
    });
    expect(await repos.productions.get(production.id)).toEqual(production);
    expect(await repos.productions.get('nope' as ProductionId)).toBeNull();
  });

  it('enforces the kind and stage lists in the database too', async () => {
    await expect(
      database.kysely
        .insertInto('productions')
        .values({ title: 'Bad', kind: 'musical', currency: 'USD', time_zone: 'UTC' })
        .execute(),
    ).rejects.toMatchObject({ code: '23514' });
    const production = await seedProduction(repos);
    await expect(
      database.kysely
        .updateTable('productions')
        .set({ stage: 'shelved' })
        .where('id', '=', production.id)
        .execute(),
    ).rejects.toMatchObject({ code: '23514' });
  });

  it('updates details and seasons', async () => {
    const production = await seedProduction(repos);
    const updated = await repos.productions.update(production.id, {
      title: 'Renamed',
      kind: 'series',
      currency: currencyCode('EUR'),
      timeZone: 'Europe/Berlin',
      seasons: [{ number: 1, episodes: [] }],
    });
    expect(updated).toEqual({
      ...production,
      title: 'Renamed',
      kind: 'series',
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
      seasons: [{ number: 1, episodes: [] }],
    });
    await expect(
      repos.productions.update('7d1f0a4e-5b1c-4c55-8f38-1f2b3c4d5e6f' as ProductionId, {
        title: 'x',
      }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('moves the stage, refusing when someone else moved it first', async () => {
    const production = await seedProduction(repos);
    const greenlit = await repos.productions.setStage(production.id, 'pre-production', {
      expectedStage: 'development',
    });
    expect(greenlit.stage).toBe('pre-production');
    await expect(
      repos.productions.setStage(production.id, 'pre-production', { expectedStage: 'development' }),
    ).rejects.toMatchObject({ code: 'conflict', details: { stage: 'pre-production' } });
    expect((await repos.productions.setStage(production.id, 'cancelled')).stage).toBe('cancelled');
    await expect(
      repos.productions.setStage('bad' as ProductionId, 'completed'),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('lists the productions a person holds roles on, with those roles, by title', async () => {
    const person = await seedPerson(repos, 'Busy Producer');
    const zulu = await seedProduction(repos, { title: 'Zulu' });
    const alpha = await seedProduction(repos, { title: 'Alpha' });
    await seedProduction(repos, { title: 'Not Mine' });
    await seedAssignment(repos, zulu, 'producer', { person });
    await seedAssignment(repos, zulu, 'director', { person });
    await seedAssignment(repos, alpha, 'department-head', { person, department: 'camera' });
    await seedAssignment(repos, alpha, 'department-head', { person, department: 'grip' });
    expect(await repos.productions.listForPerson(person.id)).toEqual([
      { production: alpha, roles: ['department-head'] },
      { production: zulu, roles: ['producer', 'director'] },
    ]);
    expect(await repos.productions.listForPerson('bad' as PersonId)).toEqual([]);
  });

  it('lists every production by title', async () => {
    const all = await repos.productions.listAll();
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.map((p) => p.title)).toEqual(
      [...all.map((p) => p.title)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });
});
