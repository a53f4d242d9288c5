import { Migrator, NO_MIGRATIONS, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createTestDatabase, testDatabaseKind } from '../testing/create-test-database.js';
import { getMigrationStatus, migrateToLatest } from './migrate-to-latest.js';
import { MIGRATIONS } from './migrations.js';

describe(`migrations on ${testDatabaseKind()}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const names = Object.keys(MIGRATIONS).sort();

  it('leaves a test database up to date', async () => {
    expect(await getMigrationStatus(database.kysely)).toEqual({
      applied: names,
      pending: [],
      unknown: [],
    });
    await migrateToLatest(database.kysely); // a no-op the second time
    expect((await getMigrationStatus(database.kysely)).applied).toEqual(names);
  });

  it('runs every down migration and then every up migration again', async () => {
    const migrator = new Migrator({
      db: database.kysely,
      provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    });
    const down = await migrator.migrateTo(NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    expect(await getMigrationStatus(database.kysely)).toEqual({
      applied: [],
      pending: names,
      unknown: [],
    });
    const { rows } = await sql<{ count: number }>`
      select count(*) as count from information_schema.tables
       where table_schema = current_schema() and table_name not like 'kysely_%'`.execute(
      database.kysely,
    );
    expect(rows[0]?.count).toBe(0);

    await migrateToLatest(database.kysely);
    expect((await getMigrationStatus(database.kysely)).pending).toEqual([]);
  });

  it('refuses a database written by a newer Greenlight', async () => {
    await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', now()::text)`.execute(
      database.kysely,
    );
    try {
      expect((await getMigrationStatus(database.kysely)).unknown).toEqual(['9999-from-the-future']);
      await expect(migrateToLatest(database.kysely)).rejects.toMatchObject({
        code: 'storage',
        message: expect.stringContaining('newer version of Greenlight'),
      });
    } finally {
      await sql`delete from kysely_migration where name = '9999-from-the-future'`.execute(
        database.kysely,
      );
    }
  });
});
