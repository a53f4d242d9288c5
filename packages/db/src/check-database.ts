import { isDomainError } from '@greenlight/domain';
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeLockState, readDataDirLockState } from './data-dir-lock.js';
import type { Database } from './database.js';
import { getMigrationStatus } from './migrations/migrate-to-latest.js';
import { openPGliteDatabase, PGDATA_DIR_NAME } from './open-pglite-database.js';
import { openPostgresDatabase, redactUrl } from './open-postgres-database.js';
import type { OpenDatabaseOptions } from './open-database.js';

/** One line of `greenlight doctor`: what was checked, whether it is fine, and what was found, in words. */
export type DatabaseCheck = {
  readonly check: string;
  readonly ok: boolean;
  readonly message: string;
};

/**
 * Inspects the database the options name without changing it: no migrations run, and a data directory that does
 * not exist yet is not created. A data directory in use by a live process is not opened (two processes on one
 * PGlite directory corrupt it).
 */
export const checkDatabase = async (
  options: Omit<OpenDatabaseOptions, 'migrate'>,
): Promise<DatabaseCheck[]> => {
  if (options.databaseUrl !== undefined && options.databaseUrl !== '')
    return checkPostgres(options.databaseUrl);
  if (options.memory === true)
    return checkOpen(() => openPGliteDatabase({ migrate: false }), 'In memory');
  if (options.dataDir !== undefined && options.dataDir !== '')
    return checkDataDir(resolve(options.dataDir));
  return [
    {
      check: 'Configuration',
      ok: false,
      message: 'No data directory or DATABASE_URL is configured.',
    },
  ];
};

const checkPostgres = async (databaseUrl: string): Promise<DatabaseCheck[]> => {
  const location = redactUrl(databaseUrl);
  let database: Database;
  try {
    database = await openPostgresDatabase({ databaseUrl, migrate: false, maxConnections: 1 });
  } catch (error) {
    return [{ check: 'PostgreSQL reachable', ok: false, message: messageOf(error) }];
  }
  try {
    return [
      { check: 'PostgreSQL reachable', ok: true, message: `Connected to ${location}.` },
      await checkMigrations(database),
    ];
  } finally {
    await database.close();
  }
};

const checkDataDir = async (dataDir: string): Promise<DatabaseCheck[]> => {
  if (!existsSync(dataDir)) {
    return [
      {
        check: 'Data directory exists',
        ok: false,
        message: `${dataDir} does not exist. It is created on first start (greenlight init or greenlight serve).`,
      },
    ];
  }
  if (!statSync(dataDir).isDirectory()) {
    return [
      {
        check: 'Data directory exists',
        ok: false,
        message: `${dataDir} is a file, not a directory.`,
      },
    ];
  }
  const checks: DatabaseCheck[] = [
    { check: 'Data directory exists', ok: true, message: `${dataDir} exists.` },
  ];
  const writable = isWritable(dataDir);
  checks.push({
    check: 'Data directory writable',
    ok: writable,
    message: writable
      ? 'This user can write to it.'
      : `This user cannot write to ${dataDir}; fix its owner or permissions.`,
  });

  const lock = readDataDirLockState(dataDir);
  const lockOk = lock.state === 'free' || lock.state === 'stale';
  checks.push({ check: 'Lock', ok: lockOk, message: describeLockState(lock) });

  const pgdata = join(dataDir, PGDATA_DIR_NAME);
  if (!existsSync(pgdata) || readdirSync(pgdata).length === 0) {
    checks.push({
      check: 'Database opens',
      ok: true,
      message: `No database has been created in ${pgdata} yet; the first start creates it.`,
    });
    return checks;
  }
  if (!existsSync(join(pgdata, 'PG_VERSION'))) {
    checks.push({
      check: 'Database files complete',
      ok: false,
      message: `${pgdata} has no PG_VERSION file: its creation was probably interrupted. If it never held data, delete ${pgdata} and start again; otherwise restore it from a backup.`,
    });
    return checks;
  }
  if (!lockOk) {
    checks.push({
      check: 'Database opens',
      ok: false,
      message: 'Not opened, because another process is using the data directory.',
    });
    return checks;
  }
  if (!writable) return checks;
  return [
    ...checks,
    ...(await checkOpen(() => openPGliteDatabase({ dataDir, migrate: false }), pgdata)),
  ];
};

const checkOpen = async (
  open: () => Promise<Database>,
  where: string,
): Promise<DatabaseCheck[]> => {
  let database: Database;
  try {
    database = await open();
  } catch (error) {
    return [{ check: 'Database opens', ok: false, message: messageOf(error) }];
  }
  try {
    return [
      { check: 'Database opens', ok: true, message: `${where} opens.` },
      await checkMigrations(database),
    ];
  } finally {
    await database.close();
  }
};

/** Exported for tests; `checkDatabase` is the API. */
export const checkMigrations = async (database: Database): Promise<DatabaseCheck> => {
  const check = 'Migrations';
  try {
    const { applied, pending, unknown } = await getMigrationStatus(database.kysely);
    if (unknown.length > 0) {
      return {
        check,
        ok: false,
        message: `The database was written by a newer Greenlight (unknown migrations: ${unknown.join(', ')}). Upgrade Greenlight.`,
      };
    }
    if (pending.length > 0) {
      return {
        check,
        ok: false,
        message: `${applied.length} applied, ${pending.length} waiting (${pending.join(', ')}); they run on the next start.`,
      };
    }
    return { check, ok: true, message: `All ${applied.length} applied; the schema is up to date.` };
  } catch (error) {
    return { check, ok: false, message: `Could not read the migration table: ${messageOf(error)}` };
  }
};

const isWritable = (dir: string): boolean => {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false; // the answer is the check's result
  }
};

const messageOf = (error: unknown): string =>
  isDomainError(error) || error instanceof Error ? error.message : String(error);
