import type { AssignmentId, PersonId, ProductionId } from '@greenlight/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedAssignment, seedPerson, seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

describe(`assignments repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
  });
  afterAll(() => database.close());

  it('creates assignments with reporting lines and lists them by production and by person', async () => {
    const production = await seedProduction(repos);
    const { person: ep, assignment: top } = await seedAssignment(
      repos,
      production,
      'executive-producer',
    );
    const { assignment: producer } = await seedAssignment(repos, production, 'producer', {
      reportsTo: top,
    });
    const { assignment: sameEpAsCrew } = await seedAssignment(repos, production, 'crew', {
      person: ep,
      department: 'camera',
      reportsTo: producer,
    });
    expect(producer).toEqual({
      id: expect.any(String),
      productionId: production.id,
      personId: expect.any(String),
      role: 'producer',
      department: null,
      reportsTo: top.id,
    });
    expect(sameEpAsCrew).toMatchObject({ department: 'camera', reportsTo: producer.id });
    expect(await repos.assignments.listByProduction(production.id)).toEqual([
      top,
      producer,
      sameEpAsCrew,
    ]);
    expect(await repos.assignments.listByPerson(ep.id)).toEqual([top, sameEpAsCrew]);
    expect(await repos.assignments.get(producer.id)).toEqual(producer);
    expect(await repos.assignments.get('bad' as AssignmentId)).toBeNull();
  });

  it('refuses the same role twice for a person, with or without a department', async () => {
    const production = await seedProduction(repos);
    const { person } = await seedAssignment(repos, production, 'producer');
    await expect(seedAssignment(repos, production, 'producer', { person })).rejects.toMatchObject({
      code: 'conflict',
    });
    await seedAssignment(repos, production, 'department-head', { person, department: 'art' });
    await seedAssignment(repos, production, 'department-head', { person, department: 'props' });
    await expect(
      seedAssignment(repos, production, 'department-head', { person, department: 'art' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: 'That person already holds this role on the production.',
    });
  });

  it('keeps reporting lines inside one production and away from itself', async () => {
    const production = await seedProduction(repos);
    const other = await seedProduction(repos, { title: 'Other' });
    const { assignment } = await seedAssignment(repos, production, 'line-producer');
    const { assignment: elsewhere } = await seedAssignment(repos, other, 'producer');
    await expect(repos.assignments.setReportsTo(assignment.id, elsewhere.id)).rejects.toMatchObject(
      {
        code: 'validation',
        details: { field: 'reportsTo' },
      },
    );
    await expect(
      repos.assignments.setReportsTo(assignment.id, assignment.id),
    ).rejects.toMatchObject({
      code: 'validation',
      message: 'An assignment cannot report to itself.',
    });
    await expect(
      repos.assignments.setReportsTo('7d1f0a4e-5b1c-4c55-8f38-1f2b3c4d5e6f' as AssignmentId, null),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('moves a reporting line and clears it when the superior is deleted', async () => {
    const production = await seedProduction(repos);
    const { assignment: upm } = await seedAssignment(repos, production, 'unit-production-manager');
    const { assignment: producer } = await seedAssignment(repos, production, 'producer');
    const { assignment: pm } = await seedAssignment(repos, production, 'production-manager', {
      reportsTo: upm,
    });
    expect((await repos.assignments.setReportsTo(pm.id, producer.id)).reportsTo).toBe(producer.id);
    await repos.assignments.delete(producer.id);
    expect(await repos.assignments.get(pm.id)).toEqual({ ...pm, reportsTo: null });
    await expect(repos.assignments.delete(producer.id)).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('refuses unknown productions and people', async () => {
    const production = await seedProduction(repos);
    const person = await seedPerson(repos);
    const unknown = '7d1f0a4e-5b1c-4c55-8f38-1f2b3c4d5e6f';
    await expect(
      repos.assignments.create({
        productionId: unknown as ProductionId,
        personId: person.id,
        role: 'crew',
      }),
    ).rejects.toMatchObject({ code: 'not-found', message: 'No such production.' });
    await expect(
      repos.assignments.create({
        productionId: production.id,
        personId: unknown as PersonId,
        role: 'crew',
      }),
    ).rejects.toMatchObject({ code: 'not-found', message: 'No such person.' });
  });

  it('goes with its production', async () => {
    const production = await seedProduction(repos);
    await seedAssignment(repos, production, 'producer');
    await database.kysely.deleteFrom('productions').where('id', '=', production.id).execute();
    expect(await repos.assignments.listByProduction(production.id)).toEqual([]);
  });
});
