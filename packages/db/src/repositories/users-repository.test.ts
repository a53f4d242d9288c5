import type { PersonId, UserId } from '@greenlight/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedPerson } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

describe(`users repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
  });
  afterAll(() => database.close());

  it('counts zero users on a new installation', async () => {
    expect(await repos.users.count()).toBe(0);
  });

  it("creates a user for a person and reads it back with the person's name", async () => {
    const person = await repos.people.create({ name: 'Ada Admin', email: 'ada@example.com' });
    const user = await repos.users.create({
      personId: person.id,
      email: 'Ada@Example.com',
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$abc$def',
      isAdmin: true,
    });
    expect(user).toEqual({
      id: expect.any(String),
      email: 'ada@example.com',
      personId: person.id,
      name: 'Ada Admin',
      isAdmin: true,
    });
    expect(await repos.users.get(user.id)).toEqual(user);
    expect(await repos.users.count()).toBe(1);
  });

  it('finds credentials by e-mail in any case, with the hash kept apart from the user', async () => {
    const person = await seedPerson(repos, 'Sign In');
    const user = await repos.users.create({
      personId: person.id,
      email: 'signin@example.com',
      passwordHash: 'hash-1',
    });
    expect(user.isAdmin).toBe(false);
    expect(await repos.users.findByEmail(' SIGNIN@example.com')).toEqual({
      user,
      passwordHash: 'hash-1',
    });
    expect(await repos.users.findByEmail('nobody@example.com')).toBeNull();
    await repos.users.updatePasswordHash(user.id, 'hash-2');
    expect((await repos.users.findByEmail('signin@example.com'))?.passwordHash).toBe('hash-2');
    await expect(repos.users.updatePasswordHash('bad' as UserId, 'x')).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('refuses a second login for a person, a taken e-mail and an unknown person', async () => {
    const person = await seedPerson(repos, 'One Login');
    await repos.users.create({ personId: person.id, email: 'one@example.com', passwordHash: 'h' });
    await expect(
      repos.users.create({ personId: person.id, email: 'two@example.com', passwordHash: 'h' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: 'That person already has a login.',
    });
    const other = await seedPerson(repos, 'Other');
    await expect(
      repos.users.create({ personId: other.id, email: 'ONE@example.com', passwordHash: 'h' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: 'A user with that e-mail address already exists.',
    });
    await expect(
      repos.users.create({
        personId: '0b0e1c4e-1111-4c55-8f38-1f2b3c4d5e6f' as PersonId,
        email: 'x@example.com',
        passwordHash: 'h',
      }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await repos.users.get('bad' as UserId)).toBeNull();
  });
});
