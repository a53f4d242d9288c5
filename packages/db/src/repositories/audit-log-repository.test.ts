import { instant, minorUnits, type AuditEvent, type ProductionId } from '@greenlight/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { seedPerson, seedProduction } from '../testing/seed.js';
import { createRepositories, type Repositories } from './create-repositories.js';

describe(`audit log on ${testDatabaseKind()}`, () => {
  let database: Database;
  let repos: Repositories;
  beforeAll(async () => {
    database = await createTestDatabase();
    repos = createRepositories(database.kysely);
  });
  afterAll(() => database.close());

  const event = (
    productionId: ProductionId | null,
    overrides: Partial<AuditEvent> = {},
  ): AuditEvent => ({
    productionId,
    at: instant('2026-05-01T09:00:00Z'),
    actorPersonId: null,
    action: 'expenditure.commit',
    outcome: 'allowed',
    rule: 'producer may commit expenditures up to $100,000.00',
    amount: minorUnits(4_200_00),
    approvalRequestId: null,
    details: { vendor: 'Lights Ltd', items: [1, 2] },
    ...overrides,
  });

  it('appends events in order with increasing sequence numbers and reads them back', async () => {
    const production = await seedProduction(repos);
    const actor = await seedPerson(repos);
    const events = [
      event(production.id, { actorPersonId: actor.id }),
      event(production.id, { outcome: 'denied', amount: null, details: null }),
      event(production.id, { action: 'production.greenlight', outcome: 'approval-requested' }),
    ];
    const entries = await repos.auditLog.append(events);
    expect(entries.map(({ sequence: _sequence, ...rest }) => rest)).toEqual(
      events.map((e) => ({ ...e, at: '2026-05-01T09:00:00.000Z' })),
    );
    const [first, second, third] = entries.map((e) => e.sequence);
    expect(typeof first).toBe('number');
    expect(second).toBeGreaterThan(first ?? Infinity);
    expect(third).toBeGreaterThan(second ?? Infinity);
    expect(await repos.auditLog.list(production.id, { limit: 10 })).toEqual([...entries].reverse());
    expect(await repos.auditLog.list(production.id, { limit: 10, order: 'oldest-first' })).toEqual(
      entries,
    );
    expect(await repos.auditLog.append([])).toEqual([]);
  });

  it("pages and filters one production's entries, and counts them", async () => {
    const production = await seedProduction(repos);
    const other = await seedProduction(repos);
    const entries = await repos.auditLog.append([
      event(production.id),
      event(production.id, { outcome: 'denied' }),
      event(other.id),
      event(production.id, { action: 'hiring.crew' }),
      event(production.id, { outcome: 'denied', action: 'hiring.crew' }),
    ]);
    const ours = entries.filter((e) => e.productionId === production.id);
    const sequences = ours.map((e) => e.sequence);

    const page1 = await repos.auditLog.list(production.id, { limit: 2 });
    expect(page1.map((e) => e.sequence)).toEqual([sequences[3], sequences[2]]);
    const page2 = await repos.auditLog.list(production.id, {
      limit: 2,
      beforeSequence: page1.at(-1)?.sequence ?? 0,
    });
    expect(page2.map((e) => e.sequence)).toEqual([sequences[1], sequences[0]]);
    const newer = await repos.auditLog.list(production.id, {
      limit: 10,
      afterSequence: sequences[1] ?? 0,
      order: 'oldest-first',
    });
    expect(newer.map((e) => e.sequence)).toEqual([sequences[2], sequences[3]]);

    expect(
      await repos.auditLog.list(production.id, {
        limit: 10,
        outcome: 'denied',
        action: 'hiring.crew',
      }),
    ).toEqual([ours[3]]);
    expect(await repos.auditLog.count(production.id)).toBe(4);
    expect(await repos.auditLog.count(production.id, { outcome: 'denied' })).toBe(2);
    expect(await repos.auditLog.count(other.id, { action: 'hiring.crew' })).toBe(0);
    await expect(repos.auditLog.list(production.id, { limit: 0 })).rejects.toMatchObject({
      code: 'validation',
    });
  });

  it('keeps installation events (no production) apart', async () => {
    const [signIn] = await repos.auditLog.append([
      event(null, {
        action: 'session.sign-in',
        amount: null,
        rule: 'valid password',
        details: { ip: '127.0.0.1' },
      }),
    ]);
    expect(await repos.auditLog.list(null, { limit: 5 })).toContainEqual(signIn);
    expect(await repos.auditLog.count(null, { action: 'session.sign-in' })).toBeGreaterThanOrEqual(
      1,
    );
  });

  describe('is append-only in the database itself', () => {
    it('refuses UPDATE', async () => {
      await repos.auditLog.append([event(null)]);
      await expect(
        sql`update audit_log set rule = 'rewritten'`.execute(database.kysely),
      ).rejects.toMatchObject({
        message: 'audit_log is append-only: UPDATE is not allowed',
      });
    });

    it('refuses DELETE', async () => {
      await expect(sql`delete from audit_log`.execute(database.kysely)).rejects.toMatchObject({
        message: 'audit_log is append-only: DELETE is not allowed',
      });
    });

    it('refuses TRUNCATE', async () => {
      await expect(sql`truncate audit_log`.execute(database.kysely)).rejects.toMatchObject({
        message: 'audit_log is append-only: TRUNCATE is not allowed',
      });
    });

    it('still holds every entry afterwards', async () => {
      const count = await repos.auditLog.count(null);
      expect(count).toBeGreaterThan(0);
      const { rows } = await sql<{ rewritten: number }>`
        select count(*) as rewritten from audit_log where rule = 'rewritten'`.execute(
        database.kysely,
      );
      expect(rows[0]?.rewritten).toBe(0);
    });
  });
});
