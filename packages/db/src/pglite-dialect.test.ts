import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.js';
import { openPGliteDatabase } from './open-pglite-database.js';
import { loadPGliteTemplate } from './testing/pglite-template.js';

// The driver is PGlite's alone, so this file runs on PGlite whatever backend the rest of the suite uses.
describe('PGlite dialect', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openPGliteDatabase({
      loadDataDir: await loadPGliteTemplate(),
      migrate: false,
    });
  });
  afterAll(() => database.close());

  it('reports affected rows for changes only', async () => {
    const db = database.kysely;
    const inserted = await db
      .insertInto('people')
      .values([{ name: 'One' }, { name: 'Two' }, { name: 'Three' }])
      .executeTakeFirst();
    expect(inserted.numInsertedOrUpdatedRows).toBe(3n);
    const updated = await db
      .updateTable('people')
      .set({ name: 'Renamed' })
      .where('name', 'in', ['One', 'Two'])
      .executeTakeFirst();
    expect(updated.numUpdatedRows).toBe(2n);
    const deleted = await db.deleteFrom('people').where('name', '=', 'Renamed').executeTakeFirst();
    expect(deleted.numDeletedRows).toBe(2n);
  });

  it('serialises transactions: the second starts after the first ends', async () => {
    const order: string[] = [];
    const run = (name: string) =>
      database.transaction(async (tx) => {
        order.push(`${name} begin`);
        await sql`select pg_sleep(0.02)`.execute(tx);
        order.push(`${name} end`);
      });
    await Promise.all([run('a'), run('b')]);
    expect(order).toEqual(['a begin', 'a end', 'b begin', 'b end']);
  });

  it('applies isolation level and access mode', async () => {
    const level = await database.kysely
      .transaction()
      .setIsolationLevel('serializable')
      .setAccessMode('read only')
      .execute(async (tx) => {
        const { rows } = await sql<{ level: string; readOnly: string }>`
          select current_setting('transaction_isolation') as level,
                 current_setting('transaction_read_only') as "readOnly"`.execute(tx);
        return rows[0];
      });
    expect(level).toEqual({ level: 'serializable', readOnly: 'on' });
  });

  it('rolls back to a savepoint and keeps the rest', async () => {
    const trx = await database.kysely.startTransaction().execute();
    await trx.insertInto('people').values({ name: 'Kept' }).execute();
    const inner = await trx.savepoint('before_mistake').execute();
    await inner.insertInto('people').values({ name: 'Undone' }).execute();
    const rolledBack = await inner.rollbackToSavepoint('before_mistake').execute();
    await rolledBack.commit().execute();
    const names = (await database.kysely.selectFrom('people').select('name').execute()).map(
      (r) => r.name,
    );
    expect(names).toContain('Kept');
    expect(names).not.toContain('Undone');
  });

  it('streams rows', async () => {
    await database.kysely
      .insertInto('people')
      .values(['s1', 's2', 's3', 's4', 's5'].map((name) => ({ name })))
      .execute();
    const names: string[] = [];
    const query = database.kysely
      .selectFrom('people')
      .select('name')
      .where('name', 'like', 's_')
      .orderBy('name');
    for await (const row of query.stream(2)) names.push(row.name);
    expect(names).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });
});
