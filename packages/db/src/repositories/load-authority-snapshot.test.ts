import {
  calendarDate,
  currencyCode,
  defaultAuthorityMatrix,
  minorUnits,
  type ProductionId,
} from '@greenlight/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedAssignment, seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

describe(`loadAuthoritySnapshot on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
  });
  afterAll(() => database.close());

  it('gathers the production, its team, its matrix and its delegations in force', async () => {
    const production = await seedProduction(repos, { kind: 'series' });
    const { person: ep, assignment: top } = await seedAssignment(
      repos,
      production,
      'executive-producer',
    );
    const { person: producer, assignment: second } = await seedAssignment(
      repos,
      production,
      'producer',
      { reportsTo: top },
    );
    const active = await repos.delegations.create({
      productionId: production.id,
      fromPersonId: ep.id,
      toPersonId: producer.id,
      actions: ['budget.approve'],
      startsOn: calendarDate('2026-01-01'),
      endsOn: calendarDate('2026-12-31'),
      limit: null,
    });
    const revoked = await repos.delegations.create({
      productionId: production.id,
      fromPersonId: producer.id,
      toPersonId: ep.id,
      actions: ['schedule.edit'],
      startsOn: calendarDate('2026-01-01'),
      endsOn: calendarDate('2026-01-02'),
      limit: null,
    });
    await repos.delegations.revoke(revoked.id);

    const defaults = await repos.loadAuthoritySnapshot(production.id);
    expect(defaults).toEqual({
      productionId: production.id,
      stage: 'development',
      currency: 'USD',
      isSeries: true,
      assignments: [top, second],
      matrix: defaultAuthorityMatrix(currencyCode('USD')),
      delegations: [active],
    });

    const matrix = {
      ...defaultAuthorityMatrix(currencyCode('USD')),
      roleLimits: { producer: minorUnits(1) },
    };
    await repos.authorityMatrices.save(production.id, matrix, { expectedVersion: 0 });
    await repos.productions.setStage(production.id, 'pre-production');
    expect(await repos.loadAuthoritySnapshot(production.id)).toMatchObject({
      matrix,
      stage: 'pre-production',
    });
  });

  it('is null for an unknown production', async () => {
    expect(
      await repos.loadAuthoritySnapshot('7d1f0a4e-5b1c-4c55-8f38-1f2b3c4d5e6f' as ProductionId),
    ).toBeNull();
  });
});
