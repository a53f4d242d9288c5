import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Migrator } from 'kysely';
import { checkDatabase, checkMigrations } from './check-database.js';
import { acquireDataDirLock } from './data-dir-lock.js';
import { migrateToLatest } from './migrations/migrate-to-latest.js';
import { MIGRATIONS } from './migrations/migrations.js';
import { createTestDatabase } from './testing/create-test-database.js';

// The healthy data directory and the PostgreSQL server are checked in open-database.test.ts, next to the
// databases they open.
describe('checkDatabase (greenlight doctor)', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'greenlight-doctor-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('says when the data directory does not exist, and does not create it', async () => {
    const dataDir = join(root, 'missing');
    expect(await checkDatabase({ dataDir })).toEqual([
      {
        check: 'Data directory exists',
        ok: false,
        message: expect.stringContaining('is created on first start'),
      },
    ]);
    expect(await checkDatabase({ dataDir })).toHaveLength(1);
  });

  it('says a new data directory has no database yet', async () => {
    expect(await checkDatabase({ dataDir: root })).toEqual([
      { check: 'Data directory exists', ok: true, message: `${root} exists.` },
      { check: 'Data directory writable', ok: true, message: 'This user can write to it.' },
      { check: 'Lock', ok: true, message: 'Not in use by any process.' },
      {
        check: 'Database opens',
        ok: true,
        message: expect.stringContaining('No database has been created'),
      },
    ]);
  });

  it('spots database files whose creation was interrupted', async () => {
    mkdirSync(join(root, 'pgdata', 'base'), { recursive: true });
    const checks = await checkDatabase({ dataDir: root });
    expect(checks.at(-1)).toEqual({
      check: 'Database files complete',
      ok: false,
      message: expect.stringContaining('no PG_VERSION file'),
    });
  });

  it('does not open a data directory another holder has locked', async () => {
    mkdirSync(join(root, 'pgdata'));
    writeFileSync(join(root, 'pgdata', 'PG_VERSION'), '18\n');
    const lock = acquireDataDirLock(root);
    try {
      const checks = await checkDatabase({ dataDir: root });
      expect(checks.find((c) => c.check === 'Lock')).toEqual({
        check: 'Lock',
        ok: false,
        message: expect.stringContaining(`In use by this process (${process.pid})`),
      });
      expect(checks.at(-1)).toEqual({
        check: 'Database opens',
        ok: false,
        message: 'Not opened, because another process is using the data directory.',
      });
    } finally {
      lock.release();
    }
  });

  it('lists migrations that have not run yet', async () => {
    const database = await createTestDatabase();
    try {
      const migrator = new Migrator({
        db: database.kysely,
        provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
      });
      expect((await migrator.migrateDown()).error).toBeUndefined();
      const last = Object.keys(MIGRATIONS).sort().at(-1) ?? '';
      expect(await checkMigrations(database)).toEqual({
        check: 'Migrations',
        ok: false,
        message: expect.stringMatching(
          new RegExp(`^\\d+ applied, 1 waiting \\(${last}\\); they run on the next start\\.$`),
        ),
      });
      await migrateToLatest(database.kysely);
      expect(await checkMigrations(database)).toMatchObject({ ok: true });
    } finally {
      await database.close();
    }
  });

  it('says when PostgreSQL cannot be reached', async () => {
    expect(
      await checkDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/postgres' }),
    ).toEqual([
      {
        check: 'PostgreSQL reachable',
        ok: false,
        message: expect.stringMatching(/^Cannot reach PostgreSQL at .*ECONNREFUSED/),
      },
    ]);
  });

  it('says when nothing is configured', async () => {
    expect(await checkDatabase({})).toMatchObject([{ check: 'Configuration', ok: false }]);
  });
});
