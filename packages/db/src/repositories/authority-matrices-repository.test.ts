import {
  currencyCode,
  defaultAuthorityMatrix,
  minorUnits,
  type PersonId,
  type ProductionId,
} from '@greenlight/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

describe(`authority matrices repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
  });
  afterAll(() => database.close());

  const matrix = defaultAuthorityMatrix(currencyCode('USD'));

  it('has nothing saved for a new production, then saves version 1, 2, …', async () => {
    const production = await seedProduction(repos);
    expect(await repos.authorityMatrices.get(production.id)).toBeNull();
    expect(
      await repos.authorityMatrices.save(production.id, matrix, { expectedVersion: 0 }),
    ).toEqual({ matrix, version: 1 });
    expect(await repos.authorityMatrices.get(production.id)).toEqual({ matrix, version: 1 });

    const edited = {
      ...matrix,
      roleLimits: { ...matrix.roleLimits, producer: minorUnits(5_000_000) },
      personLimits: { ['4f6f3f43-9b1e-4f57-9d0b-2a1f5c3e7a10' as PersonId]: null },
    };
    expect(
      await repos.authorityMatrices.save(production.id, edited, { expectedVersion: 1 }),
    ).toEqual({
      matrix: edited,
      version: 2,
    });
    expect(await repos.authorityMatrices.get(production.id)).toEqual({
      matrix: edited,
      version: 2,
    });
  });

  it('refuses a save based on a stale version, including two first saves', async () => {
    const production = await seedProduction(repos);
    await repos.authorityMatrices.save(production.id, matrix, { expectedVersion: 0 });
    await expect(
      repos.authorityMatrices.save(production.id, matrix, { expectedVersion: 0 }),
    ).rejects.toMatchObject({
      code: 'conflict',
      details: { expectedVersion: 0, currentVersion: 1 },
    });
    await repos.authorityMatrices.save(production.id, matrix, { expectedVersion: 1 });
    await expect(
      repos.authorityMatrices.save(production.id, matrix, { expectedVersion: 1 }),
    ).rejects.toMatchObject({
      code: 'conflict',
      details: { currentVersion: 2 },
    });
    await expect(
      repos.authorityMatrices.save(production.id, matrix, { expectedVersion: 5 }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('lets exactly one of two concurrent edits of the same version through', async () => {
    const production = await seedProduction(repos);
    const save = () =>
      database.transaction((tx) =>
        createRepositories(tx).authorityMatrices.save(production.id, matrix, {
          expectedVersion: 0,
        }),
      );
    const outcomes = await Promise.allSettled([save(), save()]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({
      reason: { code: 'conflict' },
    });
    expect((await repos.authorityMatrices.get(production.id))?.version).toBe(1);
  });

  it('refuses a matrix for an unknown production', async () => {
    const unknown = '7d1f0a4e-5b1c-4c55-8f38-1f2b3c4d5e6f' as ProductionId;
    await expect(
      repos.authorityMatrices.save(unknown, matrix, { expectedVersion: 0 }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await repos.authorityMatrices.get('bad' as ProductionId)).toBeNull();
  });
});
