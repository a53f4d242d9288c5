import { DomainError } from '@greenlight/domain';
import type { Database } from './database.js';
import { openPGliteDatabase } from './open-pglite-database.js';
import { openPostgresDatabase } from './open-postgres-database.js';

export type OpenDatabaseOptions = {
  /** Embedded PGlite persisted in `<dataDir>/pgdata`; the directory is created and locked to this process. */
  readonly dataDir?: string | undefined;
  /** A PostgreSQL server (15 or later): `postgres://user:password@host:port/database`. */
  readonly databaseUrl?: string | undefined;
  /** Embedded PGlite in memory, gone on close (demos, tests). */
  readonly memory?: boolean | undefined;
  /** Bring the schema up to date on open (default true); `false` for `greenlight doctor`. */
  readonly migrate?: boolean | undefined;
};

/**
 * Opens the database the options name, in this order of priority: `databaseUrl` (PostgreSQL), then `memory`,
 * then `dataDir` (embedded PGlite). Failures are DomainError('storage') with a message for people: a data
 * directory in use by another process, a damaged data directory, an unreachable server, a failed migration.
 *
 * @example
 * const database = await openDatabase({ dataDir: '/var/lib/greenlight' });
 * try {
 *   await database.transaction(async (tx) => {
 *     const repos = createRepositories(tx);
 *     await repos.productions.create({ ... });
 *   });
 * } finally {
 *   await database.close();
 * }
 */
export const openDatabase = async (options: OpenDatabaseOptions): Promise<Database> => {
  const migrate = options.migrate ?? true;
  if (options.databaseUrl !== undefined && options.databaseUrl !== '') {
    return openPostgresDatabase({ databaseUrl: options.databaseUrl, migrate });
  }
  if (options.memory === true) return openPGliteDatabase({ migrate });
  if (options.dataDir !== undefined && options.dataDir !== '') {
    return openPGliteDatabase({ dataDir: options.dataDir, migrate });
  }
  throw new DomainError(
    'validation',
    'No database was configured: give a data directory, a PostgreSQL URL (DATABASE_URL) or ask for an in-memory database.',
  );
};
