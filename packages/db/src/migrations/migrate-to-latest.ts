import { DomainError } from '@greenlight/domain';
import { Migrator, sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../database-schema.js';
import { MIGRATIONS } from './migrations.js';

/** Which migrations a database has run, compared with the ones this build of Greenlight knows. */
export type MigrationStatus = {
  readonly applied: readonly string[];
  /** Known here, not yet run on the database. */
  readonly pending: readonly string[];
  /** Run on the database but unknown here: it was written by a newer Greenlight. */
  readonly unknown: readonly string[];
};

// The provider returns modules held in memory: no directory scanning, so bundling or moving files is safe.
const createMigrator = (db: Kysely<DatabaseSchema>): Migrator =>
  new Migrator({ db, provider: { getMigrations: () => Promise.resolve(MIGRATIONS) } });

export const getMigrationStatus = async (db: Kysely<DatabaseSchema>): Promise<MigrationStatus> => {
  const known = Object.keys(MIGRATIONS).sort();
  const tableExists = await sql<{
    exists: boolean;
  }>`select to_regclass('kysely_migration') is not null as exists`.execute(db);
  const applied = tableExists.rows[0]?.exists
    ? (
        await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)
      ).rows.map((r) => r.name)
    : [];
  const appliedSet = new Set(applied);
  const knownSet = new Set(known);
  return {
    applied,
    pending: known.filter((name) => !appliedSet.has(name)),
    unknown: applied.filter((name) => !knownSet.has(name)),
  };
};

/** Brings the schema up to date; throws DomainError('storage') with the failing migration's name. */
export const migrateToLatest = async (db: Kysely<DatabaseSchema>): Promise<void> => {
  const status = await getMigrationStatus(db);
  if (status.unknown.length > 0) {
    throw new DomainError(
      'storage',
      `The database was written by a newer version of Greenlight (it has migrations this version does not know: ${status.unknown.join(', ')}). Upgrade Greenlight to open it.`,
      { unknownMigrations: status.unknown },
    );
  }
  if (status.pending.length === 0) return;
  const { error, results } = await createMigrator(db).migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    const reason =
      error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';
    throw new DomainError(
      'storage',
      `Could not bring the database schema up to date${failed ? ` (migration ${failed} failed)` : ''}: ${reason}`,
      { migration: failed ?? null },
    );
  }
};
