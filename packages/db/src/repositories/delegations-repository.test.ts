import { calendarDate, instant, minorUnits, type DelegationId } from '@greenlight/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedPerson, seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

describe(`delegations repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
  });
  afterAll(() => database.close());

  it('creates, lists by start date and revokes once', async () => {
    const production = await seedProduction(repos);
    const producer = await seedPerson(repos, 'Away Producer');
    const coProducer = await seedPerson(repos, 'Co Producer');
    const later = await repos.delegations.create({
      productionId: production.id,
      fromPersonId: producer.id,
      toPersonId: coProducer.id,
      actions: ['expenditure.commit'],
      startsOn: calendarDate('2026-07-01'),
      endsOn: calendarDate('2026-07-31'),
      limit: null,
    });
    const first = await repos.delegations.create({
      productionId: production.id,
      fromPersonId: producer.id,
      toPersonId: coProducer.id,
      actions: ['expenditure.commit', 'hiring.crew'],
      startsOn: calendarDate('2026-06-01'),
      endsOn: calendarDate('2026-06-07'),
      limit: minorUnits(2_500_000),
    });
    expect(first).toEqual({
      id: expect.any(String),
      productionId: production.id,
      fromPersonId: producer.id,
      toPersonId: coProducer.id,
      actions: ['expenditure.commit', 'hiring.crew'],
      startsOn: '2026-06-01',
      endsOn: '2026-06-07',
      limit: 2_500_000,
      revoked: false,
    });
    expect(await repos.delegations.listByProduction(production.id)).toEqual([first, later]);

    const revoked = await repos.delegations.revoke(first.id, instant('2026-06-03T12:00:00Z'));
    expect(revoked).toEqual({ ...first, revoked: true });
    await expect(repos.delegations.revoke(first.id)).rejects.toMatchObject({ code: 'conflict' });
    await expect(repos.delegations.revoke('bad' as DelegationId)).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await repos.delegations.listByProduction(production.id)).toEqual([revoked, later]);
    expect(
      await repos.delegations.listByProduction(production.id, { includeRevoked: false }),
    ).toEqual([later]);
    expect(await repos.delegations.get(first.id)).toEqual(revoked);
  });

  it('refuses backwards periods, delegating to oneself and negative limits', async () => {
    const production = await seedProduction(repos);
    const a = await seedPerson(repos);
    const b = await seedPerson(repos);
    const base = {
      productionId: production.id,
      fromPersonId: a.id,
      toPersonId: b.id,
      actions: ['hiring.crew'] as const,
      startsOn: calendarDate('2026-06-10'),
      endsOn: calendarDate('2026-06-10'),
      limit: null,
    };
    await expect(
      repos.delegations.create({ ...base, endsOn: calendarDate('2026-06-09') }),
    ).rejects.toMatchObject({
      code: 'validation',
      details: { field: 'endsOn' },
    });
    await expect(repos.delegations.create({ ...base, toPersonId: a.id })).rejects.toMatchObject({
      code: 'validation',
    });
    await expect(
      repos.delegations.create({ ...base, limit: minorUnits(-1) }),
    ).rejects.toMatchObject({ code: 'validation' });
    expect((await repos.delegations.create(base)).startsOn).toBe('2026-06-10');
  });
});
