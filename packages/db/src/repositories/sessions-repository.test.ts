import { instant, type UserId } from '@greenlight/domain';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedPerson } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';
import { hashSessionToken } from './sessions-repository.js';

describe(`sessions repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  let userId: UserId;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
    const person = await seedPerson(repos, 'Session Owner');
    userId = (
      await repos.users.create({
        personId: person.id,
        email: 'owner@example.com',
        passwordHash: 'h',
      })
    ).id;
  });
  afterAll(() => database.close());

  const newToken = (): string => randomBytes(32).toString('base64url');
  const at = (iso: string) => instant(iso);

  it('hashes tokens with SHA-256', () => {
    expect(hashSessionToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('finds a session with its user until it expires', async () => {
    const tokenHash = hashSessionToken(newToken());
    const session = await repos.sessions.create({
      tokenHash,
      userId,
      csrfToken: 'csrf-1',
      createdAt: at('2026-01-01T10:00:00Z'),
      expiresAt: at('2026-01-08T10:00:00Z'),
    });
    expect(session).toEqual({
      tokenHash,
      userId,
      csrfToken: 'csrf-1',
      createdAt: '2026-01-01T10:00:00.000Z',
      expiresAt: '2026-01-08T10:00:00.000Z',
    });
    const found = await repos.sessions.findValid(tokenHash, at('2026-01-08T09:59:59.999Z'));
    expect(found).toEqual({ session, user: await repos.users.get(userId) });
    expect(await repos.sessions.findValid(tokenHash, at('2026-01-08T10:00:00Z'))).toBeNull();
    expect(
      await repos.sessions.findValid(hashSessionToken('other'), at('2026-01-02T00:00:00Z')),
    ).toBeNull();
  });

  it('refuses to store a raw token', async () => {
    await expect(
      repos.sessions.create({
        tokenHash: 'raw-token',
        userId,
        csrfToken: 'c',
        expiresAt: at('2030-01-01T00:00:00Z'),
      }),
    ).rejects.toMatchObject({ code: 'internal' });
  });

  it("deletes one session, a user's sessions, and expired sessions", async () => {
    const expiresAt = at('2026-02-01T00:00:00Z');
    const deleted = hashSessionToken(newToken());
    const expiring = hashSessionToken(newToken());
    for (const tokenHash of [deleted, expiring, hashSessionToken(newToken())]) {
      await repos.sessions.create({ tokenHash, userId, csrfToken: 'c', expiresAt });
    }
    await repos.sessions.delete(deleted);
    expect(await repos.sessions.findValid(deleted, at('2026-01-15T00:00:00Z'))).toBeNull();
    expect(await repos.sessions.findValid(expiring, at('2026-01-15T00:00:00Z'))).not.toBeNull();

    expect(await repos.sessions.deleteExpired(at('2026-02-01T00:00:00Z'))).toBeGreaterThanOrEqual(
      2,
    );
    expect(await repos.sessions.findValid(expiring, at('2026-01-15T00:00:00Z'))).toBeNull();

    await repos.sessions.create({
      tokenHash: hashSessionToken(newToken()),
      userId,
      csrfToken: 'c',
      expiresAt: at('2030-01-01T00:00:00Z'),
    });
    expect(await repos.sessions.deleteForUser(userId)).toBe(1);
  });

  it("ends a user's sessions when the user is deleted", async () => {
    const person = await seedPerson(repos, 'Leaving');
    const user = await repos.users.create({
      personId: person.id,
      email: 'leaving@example.com',
      passwordHash: 'h',
    });
    const tokenHash = hashSessionToken(newToken());
    await repos.sessions.create({
      tokenHash,
      userId: user.id,
      csrfToken: 'c',
      expiresAt: at('2030-01-01T00:00:00Z'),
    });
    await database.kysely.deleteFrom('users').where('id', '=', user.id).execute();
    expect(await repos.sessions.findValid(tokenHash, at('2026-01-01T00:00:00Z'))).toBeNull();
  });
});
