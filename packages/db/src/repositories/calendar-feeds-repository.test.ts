import { instant, type Person, type Production } from '@greenlight/domain';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedPerson, seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';
import { hashSessionToken } from './sessions-repository.js';

describe(`calendar feeds repository on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  let production: Production;
  let owner: Person;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
    production = await seedProduction(repos);
    owner = await seedPerson(repos, 'Feed Owner');
  });
  afterAll(() => database.close());

  const newHash = (): string => hashSessionToken(randomBytes(32).toString('base64url'));
  const at = (iso: string) => instant(iso);

  it('stores a feed by its hash and finds it live until it is revoked', async () => {
    const tokenHash = newHash();
    const { feed, revoked } = await repos.calendarFeeds.create({
      productionId: production.id,
      personId: owner.id,
      scope: 'production',
      tokenHash,
      now: at('2026-03-01T10:00:00Z'),
    });
    expect(revoked).toBeNull();
    expect(feed).toEqual({
      id: expect.any(String),
      productionId: production.id,
      personId: owner.id,
      scope: 'production',
      createdAt: '2026-03-01T10:00:00.000Z',
      revokedAt: null,
    });
    expect(await repos.calendarFeeds.findLive(tokenHash)).toEqual(feed);
    expect(await repos.calendarFeeds.findLive(newHash())).toBeNull();

    const gone = await repos.calendarFeeds.revoke(
      production.id,
      owner.id,
      feed.id,
      at('2026-03-02T10:00:00Z'),
    );
    expect(gone).toEqual({ ...feed, revokedAt: '2026-03-02T10:00:00.000Z' });
    expect(await repos.calendarFeeds.findLive(tokenHash)).toBeNull();
    // Revoking twice finds nothing to revoke.
    expect(
      await repos.calendarFeeds.revoke(
        production.id,
        owner.id,
        feed.id,
        at('2026-03-03T10:00:00Z'),
      ),
    ).toBeNull();
  });

  it('keeps one live feed per person and scope: a new one revokes the old (a reset link)', async () => {
    const person = await seedPerson(repos, 'Resetting Person');
    const create = (scope: 'production' | 'person', tokenHash: string, now: string) =>
      repos.calendarFeeds.create({
        productionId: production.id,
        personId: person.id,
        scope,
        tokenHash,
        now: at(now),
      });
    const firstHash = newHash();
    const first = await create('person', firstHash, '2026-03-01T10:00:00Z');
    const mine = await create('production', newHash(), '2026-03-01T11:00:00Z');
    const secondHash = newHash();
    const second = await create('person', secondHash, '2026-03-02T10:00:00Z');
    expect(second.revoked).toEqual({ ...first.feed, revokedAt: '2026-03-02T10:00:00.000Z' });
    expect(await repos.calendarFeeds.findLive(firstHash)).toBeNull();
    expect(await repos.calendarFeeds.findLive(secondHash)).toEqual(second.feed);
    expect(await repos.calendarFeeds.listLive(production.id, person.id)).toEqual([
      mine.feed,
      second.feed,
    ]);
  });

  it('revokes only the owner’s feed on that production, and lists nobody else’s', async () => {
    const other = await seedPerson(repos, 'Someone Else');
    const elsewhere = await seedProduction(repos, { title: 'Elsewhere' });
    const { feed } = await repos.calendarFeeds.create({
      productionId: production.id,
      personId: other.id,
      scope: 'person',
      tokenHash: newHash(),
      now: at('2026-03-01T10:00:00Z'),
    });
    const now = at('2026-03-05T10:00:00Z');
    expect(await repos.calendarFeeds.revoke(production.id, owner.id, feed.id, now)).toBeNull();
    expect(await repos.calendarFeeds.revoke(elsewhere.id, other.id, feed.id, now)).toBeNull();
    expect(await repos.calendarFeeds.revoke(production.id, other.id, 'not-a-uuid', now)).toBeNull();
    expect(await repos.calendarFeeds.listLive(elsewhere.id, other.id)).toEqual([]);
    expect(await repos.calendarFeeds.listLive(production.id, other.id)).toEqual([feed]);
  });

  it('refuses a raw token and a token hash used twice', async () => {
    const input = {
      productionId: production.id,
      personId: owner.id,
      scope: 'person' as const,
      now: at('2026-03-01T10:00:00Z'),
    };
    await expect(
      repos.calendarFeeds.create({ ...input, tokenHash: 'raw-token' }),
    ).rejects.toMatchObject({ code: 'internal' });
    const tokenHash = newHash();
    await repos.calendarFeeds.create({ ...input, tokenHash });
    await expect(
      repos.calendarFeeds.create({ ...input, scope: 'production', tokenHash }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('forgets the feeds of a production that is deleted', async () => {
    const doomed = await seedProduction(repos, { title: 'Doomed' });
    const tokenHash = newHash();
    await repos.calendarFeeds.create({
      productionId: doomed.id,
      personId: owner.id,
      scope: 'production',
      tokenHash,
      now: at('2026-03-01T10:00:00Z'),
    });
    await database.kysely.deleteFrom('productions').where('id', '=', doomed.id).execute();
    expect(await repos.calendarFeeds.findLive(tokenHash)).toBeNull();
  });
});
