import { DomainError, currencyCode } from '@greenlight/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.js';
import { createRepositories } from './repositories/create-repositories.js';
import { createTestDatabase, testDatabaseKind } from './testing/create-test-database.js';
import { seedPerson } from './testing/seed.js';

describe(`Database.transaction on ${testDatabaseKind()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('commits everything when the function resolves, and returns its value', async () => {
    const title = 'Committed';
    const id = await database.transaction(async (tx) => {
      const repos = createRepositories(tx);
      const production = await repos.productions.create({
        title,
        kind: 'short',
        currency: currencyCode('EUR'),
        timeZone: 'Europe/Paris',
      });
      const person = await seedPerson(repos);
      await repos.assignments.create({
        productionId: production.id,
        personId: person.id,
        role: 'producer',
      });
      return production.id;
    });
    const repos = createRepositories(database.kysely);
    expect((await repos.productions.get(id))?.title).toBe(title);
    expect(await repos.assignments.listByProduction(id)).toHaveLength(1);
  });

  it('rolls everything back when the function throws, across tables', async () => {
    const repos = createRepositories(database.kysely);
    const before = {
      productions: (await repos.productions.listAll()).length,
      audit: await repos.auditLog.count(null),
    };
    const failure = new DomainError('forbidden', 'changed my mind');
    let personEmail: string | null = null;
    await expect(
      database.transaction(async (tx) => {
        const inside = createRepositories(tx);
        const production = await inside.productions.create({
          title: 'Rolled back',
          kind: 'series',
          currency: currencyCode('USD'),
          timeZone: 'UTC',
        });
        const person = await seedPerson(inside, 'Rolled Back Person');
        personEmail = person.email;
        await inside.assignments.create({
          productionId: production.id,
          personId: person.id,
          role: 'crew',
        });
        await inside.auditLog.append([
          {
            productionId: null,
            at: production.createdAt,
            actorPersonId: person.id,
            action: 'session.sign-in',
            outcome: 'allowed',
            rule: 'test',
            amount: null,
            approvalRequestId: null,
            details: {},
          },
        ]);
        expect((await inside.productions.listAll()).length).toBe(before.productions + 1);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect((await repos.productions.listAll()).length).toBe(before.productions);
    expect(await repos.auditLog.count(null)).toBe(before.audit);
    expect(personEmail).not.toBeNull();
    expect(await repos.people.findByEmail(personEmail ?? '')).toBeNull();
  });

  it('rolls back when a statement fails, and the database stays usable', async () => {
    const repos = createRepositories(database.kysely);
    const person = await seedPerson(repos, 'Unique Person');
    await expect(
      database.transaction(async (tx) => {
        const inside = createRepositories(tx);
        await inside.people.create({ name: 'Fresh' });
        await inside.people.create({ name: 'Duplicate', email: person.email });
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await repos.people.get(person.id))?.name).toBe('Unique Person');
    const created = await repos.people.create({ name: 'After' });
    expect(created.name).toBe('After');
  });

  it('runs queries that wait for a transaction after it, not inside it', async () => {
    const repos = createRepositories(database.kysely);
    const order: string[] = [];
    const transaction = database.transaction(async (tx) => {
      order.push('transaction started');
      await createRepositories(tx).people.create({ name: 'In transaction' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      order.push('transaction ending');
    });
    // Issued while the transaction is open. PGlite queues it until the end; PostgreSQL runs it at once on
    // another connection and (MVCC) does not see the uncommitted row. Either way it must not see a half state.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const outside = repos.productions.listAll().then(() => {
      order.push('outside query done');
    });
    await Promise.all([transaction, outside]);
    expect(order[0]).toBe('transaction started');
    if (database.kind === 'pglite')
      expect(order).toEqual(['transaction started', 'transaction ending', 'outside query done']);
  });
});
