import type { PersonId, ProductionId } from '@greenlight/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedAssignment, seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

describe(`people repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
  });
  afterAll(() => database.close());

  it('creates, reads back and finds by e-mail in any case', async () => {
    const person = await repos.people.create({
      name: 'Rosa Díaz',
      email: '  Rosa.Diaz@Example.COM ',
    });
    expect(person).toEqual({
      id: expect.any(String),
      name: 'Rosa Díaz',
      email: 'rosa.diaz@example.com',
    });
    expect(await repos.people.get(person.id)).toEqual(person);
    expect(await repos.people.findByEmail('ROSA.DIAZ@example.com')).toEqual(person);
  });

  it('allows many people without an e-mail but not two with the same one', async () => {
    await repos.people.create({ name: 'No Mail 1' });
    await repos.people.create({ name: 'No Mail 2', email: null });
    await repos.people.create({ name: 'Taken', email: 'taken@example.com' });
    await expect(
      repos.people.create({ name: 'Again', email: 'TAKEN@example.com' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: 'Someone with that e-mail address already exists.',
    });
  });

  it('accepts a given id and refuses an empty name', async () => {
    const id = '2b0c4c52-6a8e-4d7a-9a59-0c8f8f4f1c11' as PersonId;
    expect((await repos.people.create({ id, name: 'Given Id' })).id).toBe(id);
    await expect(repos.people.create({ name: '  ' })).rejects.toMatchObject({ code: 'validation' });
  });

  it('returns null for unknown and malformed ids', async () => {
    expect(await repos.people.get('7d1f0a4e-5b1c-4c55-8f38-1f2b3c4d5e6f' as PersonId)).toBeNull();
    expect(await repos.people.get('not-a-uuid' as PersonId)).toBeNull();
    expect(await repos.people.findByEmail('nobody@example.com')).toBeNull();
  });

  it('updates a name and e-mail', async () => {
    const person = await repos.people.create({ name: 'Old Name' });
    const updated = await repos.people.update(person.id, {
      name: 'New Name',
      email: 'New@Example.com',
    });
    expect(updated).toEqual({ id: person.id, name: 'New Name', email: 'new@example.com' });
    expect(await repos.people.update(person.id, {})).toEqual(updated);
    await expect(repos.people.update('nope' as PersonId, { name: 'x' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('lists the people on a production once each, by name', async () => {
    const production = await seedProduction(repos);
    const other = await seedProduction(repos, { title: 'Other' });
    const { person: zoe } = await seedAssignment(repos, production, 'producer', {
      person: await repos.people.create({ name: 'Zoe' }),
    });
    await seedAssignment(repos, production, 'director', { person: zoe });
    const { person: adam } = await seedAssignment(repos, production, 'crew', {
      person: await repos.people.create({ name: 'Adam' }),
      department: 'camera',
    });
    await seedAssignment(repos, other, 'crew');
    expect(await repos.people.listByProduction(production.id)).toEqual([adam, zoe]);
    expect(await repos.people.listByProduction('bad' as ProductionId)).toEqual([]);
  });
});
