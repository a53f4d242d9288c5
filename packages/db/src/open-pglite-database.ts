import { PGlite } from '@electric-sql/pglite';
import { DomainError } from '@greenlight/domain';
import { Kysely } from 'kysely';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { createDatabase, type Database } from './database.js';
import type { DatabaseSchema } from './database-schema.js';
import { migrateToLatest } from './migrations/migrate-to-latest.js';
import { PGliteDialect } from './pglite-dialect.js';
import { VALUE_PARSERS } from './value-parsers.js';

export type OpenPGliteDatabaseOptions = {
  /** Persist in `<dataDir>/pgdata`, guarded by `<dataDir>/greenlight.lock`; omitted: in memory. */
  readonly dataDir?: string | undefined;
  /** Start from a `dumpDataDir()` tarball (test templates); in memory only. */
  readonly loadDataDir?: Blob | undefined;
  readonly migrate: boolean;
};

/** The folder inside a data directory that holds PostgreSQL's files. */
export const PGDATA_DIR_NAME = 'pgdata';

export const openPGliteDatabase = async (options: OpenPGliteDatabaseOptions): Promise<Database> => {
  const dataDir = options.dataDir === undefined ? undefined : resolve(options.dataDir);
  const lock = dataDir === undefined ? undefined : prepareDataDir(dataDir);
  try {
    const pglite = await startPGlite(dataDir, options.loadDataDir);
    const kysely = new Kysely<DatabaseSchema>({ dialect: new PGliteDialect({ pglite }) });
    const database = createDatabase({
      kysely,
      kind: 'pglite',
      location: dataDir ?? 'memory',
      afterClose: () => lock?.release(),
    });
    if (options.migrate) {
      try {
        await migrateToLatest(kysely);
      } catch (error) {
        await database.close();
        throw error;
      }
    }
    return database;
  } catch (error) {
    lock?.release();
    throw error;
  }
};

const prepareDataDir = (dataDir: string): DataDirLock => {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new DomainError(
      'storage',
      `Cannot create the data directory ${dataDir}: ${describe(error)}`,
      { dataDir },
    );
  }
  return acquireDataDirLock(dataDir);
};

const startPGlite = async (
  dataDir: string | undefined,
  loadDataDir: Blob | undefined,
): Promise<PGlite> => {
  const pgdata = dataDir === undefined ? undefined : join(dataDir, PGDATA_DIR_NAME);
  try {
    return await PGlite.create({
      ...(pgdata === undefined ? {} : { dataDir: pgdata }),
      ...(loadDataDir === undefined ? {} : { loadDataDir }),
      parsers: VALUE_PARSERS,
    });
  } catch (error) {
    // A damaged or half-initialised directory makes PGlite's WebAssembly abort with a bare "Aborted()".
    const where = pgdata === undefined ? 'The in-memory database' : `The database in ${pgdata}`;
    throw new DomainError(
      'storage',
      `${where} could not be started (${describe(error)}). The files may be incomplete or damaged, for example by a first start that was interrupted or by files changed by hand. Run \`greenlight doctor\` to check the data directory; restore it from a backup if it is damaged.`,
      { ...(pgdata === undefined ? {} : { pgdata }) },
    );
  }
};

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
